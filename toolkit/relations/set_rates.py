"""Rates of a counted set opened at the head of a sentence: "全县312个行政村中,通客车的行政村298个,通客车率
95.5%", "全市612家规上工业企业中,增加值同比增长的389家,增长面63.6%".

A sentence opened by <N><unit><noun>中 speaks of those N things; a figure of theirs counted alike and
no larger than N, followed right after by a rate whose name is that figure's own words (通客车 of
"通客车的行政村", 增长 of "增加值同比增长的") and 率/面/比例, is its share of the N. The rate names its
numerator by the figure's words, and the opener names the base: one reading. A rate with a base of
its own words (占…的) or another family's reading is left to that family."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .group_rates import rounds_to_rate
from .model import Relation, compatible
from .structure import _Doc
from .unread import unread_percents

# "全县312个行政村中," / "612家规上工业企业中,": a number of things, then the things' name and 中
_OPENER = re.compile(r"^[\u4e00-\u9fff]{0,6}$")
# (the name may hold an aside, "个村(社区)中,"; the set may go on "…中有29个…", "…中已有…")
_SET_NAME = re.compile(r"^(?:[\u4e00-\u9fff]|\([\u4e00-\u9fff、]{1,8}\)){2,16}中(?:[,:]|(?=已?有))")
# the rest of a member's clause after its figure: words only ("建立调解室", "行业实现增长")
_CLAUSE_REST = re.compile(r"[\u4e00-\u9fff()]{0,16}")
# "通客车率", "增长面", "达标比例" (and 为/达/是 after): the rate's name closing its clause
_RATE_NAME = re.compile(r"(?:^|[,;:])([\u4e00-\u9fff]{2,8}?)(?:率|面|比例)(?:为|达到|达|是)?$")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def counted_set_rates(d: _Doc, found: list[Relation]) -> list[Relation]:
    """The rates of the things a "N个X中," opener counts (see the module's docstring)."""
    out: list[Relation] = []
    for pct in unread_percents(d, found):
        if pct.index < 2:
            continue
        m = _RATE_NAME.search(d.label(pct))
        if m is None or "占" in m.group(1):
            continue
        part = d.qs[pct.index - 1]
        if part.is_percent or part.sentence != pct.sentence or not part.unit:
            continue
        # the rate's clause follows the part's right away ("…298个,通客车率95.5%"), or the rest of the
        # part's own clause does ("已有251个建立调解室,覆盖率87.5%": what the members have, said after them)
        said_after = d.s[part.end : pct.start][: -len(m.group())] if m.group()[:1] in ",;:" else ""
        if _NOT_CJK.sub("", d.s[part.end : pct.start]) != _NOT_CJK.sub("", said_after + m.group()) \
                or not _CLAUSE_REST.fullmatch(said_after):
            continue
        stem = m.group(1)
        own = _NOT_CJK.sub("", re.split(r"[,;:]", d.label(part))[-1]) + said_after
        if len(stem) < 2:
            continue
        whole = _opened_set(d, part)
        if whole is None or not compatible(part, whole) or part.value > whole.value:
            continue
        # A rate not named by the members' words ("…建立调解室,覆盖率87.5%") may be of the members or
        # of other work of theirs: read only when the figures confirm it (it then cannot fail).
        # So is a rate of members counted past a 其中 ("…中,出口企业40家,其中出口增长的企业30家,增长面75%"):
        # its members may be the 其中's whole's (the 40 exporters), not the opener's.
        if (stem not in own or "其中" in d.s[whole.end : part.start]) and not rounds_to_rate(part, whole, pct):
            continue
        out.append(Relation("ratio", "ratio.rate", {"numerator": part, "denominator": whole, "percent": pct}))
    return out


def _opened_set(d: _Doc, part: Quantity) -> Quantity | None:
    """The count of the "N个X中," that opens ``part``'s sentence, and names the thing ``part`` counts."""
    start = part.sentence[0]
    first = next((q for q in d.qs[max(0, part.index - 8) : part.index] if q.sentence == part.sentence), None)
    if first is None or first.is_percent or not first.unit:
        return None
    if not _OPENER.match(_NOT_CJK.sub("", d.s[start : first.start])):
        return None
    after = d.s[first.end : first.end + 16]
    name = _SET_NAME.match(after)
    if name is None:
        return None
    # between the set and the part, only other members of the set and their rates ("…中,通硬化路的
    # 行政村312个,通畅率100%;通客车的行政村298个"): no figure of another count
    if any(not q.is_percent and not (compatible(q, first) and q.value <= first.value)
           for q in d.qs[first.index + 1 : part.index]):
        return None
    return first
