"""Growth at comparable prices is no ratio of the printed levels (issue 15: false alarms).

Statistical reports print levels at current prices (按现价) and most growth rates at comparable
prices (按可比价格, 按不变价格, 扣除价格因素, 实际增长) or on a comparable basis (可比口径, 同口径):
"全年地区生产总值856.3亿元,按可比价格计算,比上年增长6.0%" beside last year's 800亿元 is right,
though 856.3 / 800 is 7.0% up. Such a change keeps its level and its percent, but no previous
level is read for it -- neither one printed nor one implied by a printed difference (a difference
of levels is at current prices too). Only a growth stated at current prices (名义增长, 按现价) or
with no price basis is the ratio of the levels.

Which basis a percent has: the last basis word before it in its sentence (not one inside a
bracket that closes before it: "(上年为800亿元,按现价计算)" is the level's), or one in the bracket
right after it ("增长6.0%(按可比价计算)"). A percent with no basis word of its own is real when its
level is a value added (地区生产总值, 增加值, GDP): reports compute those growths at comparable
prices by rule, whether or not they say so in that sentence.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc

_REAL = r"可比价|不变价|扣除价格因素|实际(?:增长|下降|增速|增幅|降幅)|可比口径|同口径"
_NOMINAL = r"现价|当年价|名义(?:增长|下降|增速|增幅|降幅)?"
_BASIS = re.compile(rf"(?P<real>{_REAL})|(?P<nominal>{_NOMINAL})")
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,24})\)")
_VALUE_ADDED = re.compile(r"生产总值|增加值|GDP")


def _outside_closed_brackets(text: str) -> str:
    """``text`` with every bracket that closes inside it blanked (a level's own aside)."""
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text)
    return text


def _basis(d: _Doc, pct: Quantity) -> str | None:
    """"real", "nominal" or None: the price basis the words around a change percent state."""
    after = _BRACKET_AFTER.match(d.s, pct.end)
    if after is not None:
        found = list(_BASIS.finditer(after.group(1)))
        if found:
            return "real" if found[-1].group("real") else "nominal"
    head = d.last_before("。\n", pct.start) + 1
    found = list(_BASIS.finditer(_outside_closed_brackets(d.s[head : pct.start])))
    if found:
        return "real" if found[-1].group("real") else "nominal"
    return None


def is_real_growth(d: _Doc, cur: Quantity, pct: Quantity) -> bool:
    """Is the change percent of ``cur`` stated at comparable prices (module doc)?"""
    basis = _basis(d, pct)
    if basis is not None:
        return basis == "real"
    return bool(_VALUE_ADDED.search(d.label(cur)))


def at_current_prices_only(d: _Doc, rels: list[Relation]) -> None:
    """Drop the previous level of every change stated at comparable prices (module doc)."""
    for r in rels:
        if r.kind != "change" or r.previous is None:
            continue
        cur, pct = r.roles.get("current"), r.roles.get("percent")
        if isinstance(cur, Quantity) and isinstance(pct, Quantity) and is_real_growth(d, cur, pct):
            r.previous = None
