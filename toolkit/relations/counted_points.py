"""Points counted off after a figure and its colon ("问题资金6,590万元:一是…3,268万元;二是…1,915万元;
三是…1,407万元"): each point states one figure of the whole's unit, a part of it.

Nothing says the points are all of the whole (a report may count off the main problems only), so
the figures decide: points adding up to the whole exactly are its sum; points that fall short are
each bounded by it; points adding up past it may state other figures of the unit, and are left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, compatible, money_value
from .roles import is_delta, is_previous
from .structure import _Doc

_NUMERALS = "一二三四五六七八九十"
_FIRST = re.compile(r":[ \t]*一是")
_END = re.compile(r"[。\n]")


def counted_points(d: _Doc) -> list[Relation]:
    """A sum (or one bound per point) for the points counted off after a figure and its colon."""
    s = d.s
    out: list[Relation] = []
    for m in _FIRST.finditer(s):
        k = d.before(m.start())
        if not k:
            continue
        whole = d.qs[k - 1]
        if whole.is_percent or s[whole.end : m.start()].strip(") ") or whole.sentence[1] < m.start():
            continue  # the colon right after the figure (its unit, a bracket): it announces the points
        points = _points(s, m.end() - 2)
        parts = [_one_figure(d, whole, a, b) for a, b in points]
        if len(parts) < 2 or any(p is None for p in parts):
            continue
        value = money_value if whole.is_money else (lambda q: q.value)
        got = sum((value(p) for p in parts if p is not None), Decimal(0))
        if got == value(whole):
            out.append(Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}))
        elif got < value(whole):
            out.extend(Relation("bound", "bound.part", {"smaller": p, "larger": whole}) for p in parts)
    return out


def _points(s: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each point from "一是" at ``start``: up to the next numeral's 是, the last up
    to its sentence's end."""
    stop = _END.search(s, start)
    para = stop.start() if stop else len(s)
    spans = []
    a = start
    for n in _NUMERALS[1:]:
        b = s.find(f"{n}是", a + 2)
        line = s.find("\n", a)
        if b < 0 or (0 <= line < b):
            break
        spans.append((a, b))
        a = b
        stop = _END.search(s, a)
        para = stop.start() if stop else len(s)
    spans.append((a, para))
    return spans


def _one_figure(d: _Doc, whole: Quantity, a: int, b: int) -> Quantity | None:
    """The one figure of the whole's unit a point states; None for none or several."""
    found = [q for q in d.in_range(a, b) if not q.is_percent and compatible(q, whole)
             and (whole.is_money or q.unit == whole.unit) and not d.in_parentheses(q)
             and not is_delta(d, q) and not is_previous(d, q)]
    return found[0] if len(found) == 1 else None
