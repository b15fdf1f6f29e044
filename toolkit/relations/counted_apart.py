"""Figures of another count before a stage figure in its sentence: they do not start its funnel.

A sentence opened by the later stage goes on from the sentence before it (bounds.py): "共发现隐患
2,340处。目前已整改2,218处。" The same holds when the figures before the stage figure in its own
sentence count something else -- money, another unit of another kind: "全市共检查生产经营单位8,472
家次,…。对发现的违法行为立案386起,责令停产停业整顿43家" (the 386 cases are no firms: the 43 firms
go on from the 8,472 visits before); "…受理投诉3,215件。经协调挽回经济损失286万元,办结3,306件".
A figure before it counted alike (one unit group, or visits of what it counts) is a stage of its
own sentence's work and keeps the funnel there.
"""

from __future__ import annotations

from ..quantities import Quantity
from .model import compatible
from .stages import load_stages


def counted_apart(r: Quantity, q: Quantity) -> bool:
    """Does ``r`` count something else than ``q`` (money, a share, or a unit of no group, nor
    visits, that ``q``'s unit shares)?"""
    if r.is_percent or r.is_money:
        return not q.is_money
    if q.is_money or compatible(r, q) or not r.unit or not q.unit:
        return False
    v = load_stages()
    if any(r.unit in g and q.unit in g for g in v.units):
        return False
    return q.unit not in v.visits.get(r.unit, ()) and r.unit not in v.visits.get(q.unit, ())
