"""A whole that says how many kinds it holds: a list of that many kinds is all of it.

"全年五项社会保险基金总收入69.53亿元。按险种分:企业职工基本养老保险…38.62亿元;…;工伤保险…3.71亿元":
the total counts its kinds (五项) and five are listed, so the list is complete -- a shortfall is an
error, not a kind left out. Only a count in 类, 项 or 种 right before the total in its sentence,
with no other figure between, equal to the number of parts (another count says a kind is left out).
"""

from __future__ import annotations

from .model import Relation
from .structure import _Doc

_KIND_UNITS = frozenset({"类", "项", "种"})


def counted_wholes(d: _Doc, rels: list[Relation]) -> None:
    """Mark the sums whose total counts exactly their parts' kinds as exhaustive (in place)."""
    for r in rels:
        total, parts = r.roles.get("total"), r.roles.get("parts")
        if r.kind != "sum" or r.exhaustive or not isinstance(parts, list) or total is None or r.readings:
            continue
        k = total.index  # type: ignore[union-attr]
        if k <= 0 or d.qs[k] is not total:
            continue
        count = d.qs[k - 1]
        if count.unit in _KIND_UNITS and count.sentence == total.sentence:  # type: ignore[union-attr]
            if count.value == len(parts) and count.value == int(count.value):
                r.exhaustive = True
            else:  # "六项…总收入" over five kinds: one is left out, whatever a classification opener says
                r.by_class = False
