"""A budget account's grand totals: what came in (收入总计) is what went out (支出总计), and what is
carried into the next year when the spending total leaves it out.

"收入总计62.62亿元。…结转下年0.72亿元,支出总计62.62亿元,收支平衡": the account says it balances, so
the two totals are equal. "收入总计62.31亿元;…支出总计60.85亿元。收支相抵,结转下年支出1.46亿元":
the balance carried out is printed after the spending total, so income = spending + carried out.

One reading only (``account_totals`` of ``catalog/distributed.yaml``): in one paragraph, a figure
named by the income total's words, the next figure named by the spending total's (no other income
total between), then either a carried-out figure after the spending total, before the paragraph's
next total, or the words that the account balances; all amounts of one unit class.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_change_percent, is_delta, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[,;:、。]")
_INSIDE = re.compile(r"其中|包括|包含|含")
_REACH = 600  # characters of one account's statement (a fixed reach keeps the walk linear)


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, re.Pattern]:
    return read_section("distributed.yaml", "account_totals", lambda v, _: {k: re.compile(p) for k, p in v.items()})


def _own(d: _Doc, q: Quantity) -> str:
    return _NOT_CJK.sub("", _CLAUSE.split(d.label(q))[-1])


def _level(d: _Doc, q: Quantity) -> bool:
    return q.is_money and not (q.is_percent or is_change_percent(d, q) or is_delta(d, q) or is_previous(d, q)
                               or d.in_parentheses(q))


def account_totals(d: _Doc) -> list[Relation]:
    """Income total = spending total (+ carried out), per account stated in one paragraph."""
    if "总计" not in d.s:
        return []
    v = _vocabulary()
    out: list[Relation] = []
    for a in d.qs:
        if not _level(d, a) or not v["income"].search(_own(d, a)):
            continue
        end = d.s.find("\n", a.end)
        end = min(len(d.s) if end < 0 else end, a.end + _REACH)
        after = [q for q in d.in_range(a.end, end) if _level(d, q)]
        totals = [k for k, q in enumerate(after) if v["income"].search(_own(d, q)) or v["spending"].search(_own(d, q))]
        if not totals or not v["spending"].search(_own(d, after[totals[0]])):
            continue  # another income total first: two accounts, or none
        b = after[totals[0]]
        if not compatible(a, b):
            continue
        stop = after[totals[1]].start if len(totals) > 1 else end
        rest = [q for q in after[totals[0] + 1 :] if q.start < stop and v["carried_out"].search(_own(d, q))]
        if rest and _INSIDE.search(d.s, max(b.end, rest[0].sentence[0]), rest[0].start):
            continue  # "支出总计…,其中本年支出…、年末结转…": the balance carried out is a part of the total
        if len(rest) == 1 and compatible(rest[0], b):
            out.append(Relation("sum", "sum.account_totals", {"total": a, "parts": [b, rest[0]]}))
        elif not rest and v["balances"].search(d.s[b.end : stop]):
            out.append(Relation("equal", "equal.account_totals", {"values": [a, b]}))
    return out
