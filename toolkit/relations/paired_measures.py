"""Figures printed with two measures at once ("受理审查逮捕案件642件886人", "不批准逮捕175件283人").

A rate over such figures ("不捕率32.5%") may be of either measure -- cases or people -- and the words
rarely say which: a ratio whose numerator and base are each followed, with nothing between, by a
figure of one other measure reads over those figures too (a reading; the check holds if one does).
"""

from __future__ import annotations

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc


def _companion(d: _Doc, q: Quantity) -> Quantity | None:
    """The figure printed right after ``q`` in another measure ("642件886人": 886人), else None."""
    k = q.index + 1
    if q.index < 0 or k >= len(d.qs) or d.qs[q.index] is not q:
        return None  # (the last figure, or a figure read anew: a table cell in its header's unit)
    nxt = d.qs[k]
    if nxt.is_percent or q.is_percent or not nxt.unit or nxt.unit == q.unit or d.s[q.end : nxt.start]:
        return None
    return nxt


def with_paired_measures(d: _Doc, rels: list[Relation]) -> None:
    """Add to each ratio over figures of two measures the reading over their second measure (in place)."""
    for r in rels:
        if r.kind != "ratio" or r.per != 100:
            continue
        extra = []
        for roles in [r.roles, *r.readings]:
            num, den = roles.get("numerator"), roles.get("denominator")
            if not isinstance(num, Quantity) or not isinstance(den, Quantity):
                continue
            a, b = _companion(d, num), _companion(d, den)
            if a is not None and b is not None and a.unit == b.unit:
                extra.append({**roles, "numerator": a, "denominator": b})
        r.readings.extend(x for x in extra if x not in r.readings)


def paired_bounds(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """A funnel over figures of two measures holds in the second too ("受理审查起诉1,126件1,583人,提起
    公诉924件1,271人": the people charged are among the people received): the bound on each pair of
    second figures, when both stages print one in the same other measure."""
    out = []
    for r in rels:
        if r.rule != "bound.stage" or r.readings:
            continue
        small, large = r.roles.get("smaller"), r.roles.get("larger")
        if not isinstance(small, Quantity) or not isinstance(large, Quantity):
            continue
        a, b = _companion(d, small), _companion(d, large)
        if a is not None and b is not None and a.unit == b.unit and a.unit in ("人", "名", "人次"):
            out.append(Relation("bound", "bound.stage", {"smaller": a, "larger": b}))
    return out
