"""Households and the people in them, counted together: "纳入农村低保的有412户、896人", "享受最低生活
保障612户1,037人", "搬迁安置312户(1,046人)" -- each household counted holds one person at least, so
the households are no more than the people (``bound.households``).

Read only where the two figures name one set: the people's figure (人, 名) stands right after the
households' (户), nothing between but a pause, a word of summing (共, 计) or an opening bracket.
No change ("减少12户、5人": two deltas may go either way), no earlier period, no rate. Visits
(户次, 人次) count contacts, not members: no such pair.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation
from .roles import is_delta, is_previous
from .structure import _Doc

_PEOPLE = frozenset({"人", "名"})
_BETWEEN = re.compile(r"^[、,，]?\s*(?:共|计|共计|合计|涉及)?\s*[(（]?$")
# a change or a comparison in the households' clause: the pair are deltas, or of another period
_CHANGE = re.compile(r"增|减|多|少|同比|环比|比上|较|上年|去年|同期")


def _plain(d: _Doc, q: Quantity) -> bool:
    return not q.is_percent and not is_delta(d, q) and not is_previous(d, q)


def household_bounds(d: _Doc) -> list[Relation]:
    out: list[Relation] = []
    qs = d.qs
    for i, h in enumerate(qs[:-1]):
        if h.unit != "户" or h.in_table:
            continue
        p = qs[i + 1]
        if p.unit not in _PEOPLE or p.sentence != h.sentence or not _BETWEEN.match(d.s[h.end : p.start]):
            continue
        if _CHANGE.search(d.clause(h)) or not (_plain(d, h) and _plain(d, p)):
            continue
        out.append(Relation("bound", "bound.households", {"smaller": h, "larger": p}))
    return out
