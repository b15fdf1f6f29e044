"""Lists nested inside a 其中 list: an aside or a colon right after one of its parts opens that
part's own breakdown, whose figures are no items of the list around it. Read by ``sums``."""

from __future__ import annotations

from ..quantities import Quantity
from .model import compatible
from .structure import _Doc


def _aside_of_a_part(d: _Doc, q: Quantity, marker_end: int) -> bool:
    """Is ``q`` in an aside opened right after a figure of the list, past the list's marker ("其中:…
    公务用车购置及运行维护费18.60万元(公务用车购置费0万元、公务用车运行维护费18.60万元);…")? The
    aside breaks that figure down; its figures are no items of the list around it. (An aside of another
    measure, "市容环境类1,648件(罚款216.3万元)、…", is that item's figure of a parallel list: kept.)"""
    if not d.in_parentheses(q):
        return False
    opened = d.s.rfind("(", 0, q.start)
    k = d.before(opened)
    if opened < marker_end or k == 0:
        return False
    holder = d.qs[k - 1]
    return holder.end == opened and not holder.is_percent and compatible(holder, q)


def _colon_sublists(d: _Doc) -> list[tuple[int, int]]:
    """"其中二季度901件:4月份418件、5月份296件、6月份187件": a colon right after a part of a 其中 list
    opens that part's own list -- a nested breakdown, whose items are no siblings of the part."""
    out = []
    for q in d.qs:
        if d.s.startswith(":", q.end) and not q.is_percent and q.unit:
            # (not "医护比为1:1.15": a ratio of bare numbers, whose colon opens no list)
            head = d.s[d.last_before("。\n", q.start) + 1 : q.start]
            if "其中" in head and d.in_range(d.last_before("。\n", q.start) + 1, q.start):
                out.append((q.end, q.end + 1))
    return out
