"""A list's own total: the figure closing a list with 合计/共计/小计/总计 right after its last item
("…其他处理2件,合计151件", "…卫生健康支出4.18亿元,三项合计19.56亿元"), the list's whole -- so no
part of a 其中 before, and no sign that the list is all of a whole stated before it."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .structure import _Doc

_OWN_TOTAL = re.compile(r"^[,;、]?(合计|共计|小计|总计|共)$")


def _closed_by_own_total(d: _Doc, last: Quantity) -> bool:
    """Is the figure after ``last`` (past a count of the items) the list's own total?"""
    nxt = d.qs[last.index + 1] if last.index + 1 < len(d.qs) else None
    if nxt is not None and nxt.unit in _ITEM_UNITS and last.index + 2 < len(d.qs) and d.label(nxt) in _BARE_SEP:
        nxt = d.qs[last.index + 2]  # "…卫生健康支出4.18亿元,三项合计19.56亿元": the items counted, then their total
    return nxt is not None and nxt.sentence == last.sentence and bool(_OWN_TOTAL.search(d.label(nxt)))


_ITEM_UNITS = frozenset({"项", "类", "种", "个"})
_BARE_SEP = frozenset({",", ";", "、", ",以上", ",上述", "以上", "上述"})
