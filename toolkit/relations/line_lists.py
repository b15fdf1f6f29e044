"""Item lines under a line that ends with a colon ("分学段情况如下:" / "按违法类型分:"), each line a name,
a colon and the item's figures ("小学:在校生5.46万人,招生0.93万人,毕业生0.88万人").

A line may state several measures of its item (在校生, 招生, 毕业生), and the names of its first
measure may differ from line to line (在园幼儿, 在校生): the words cannot say which figures are the
parts of the whole stated before the heading line. The figures can: the first figure of each line
that can add up with a figure of the sentences before, added over the lines, equal to it exactly, is
its breakdown (a sum that holds). Nothing is asserted otherwise.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, compatible, money_value
from .roles import is_delta, is_previous
from .scopes import is_scope_count
from .structure import _Doc

_HEAD = re.compile(r":\n")
_ITEM_LINE = re.compile(r"[^\n:,;。\d]{1,14}:")
_BEFORE = 2  # lines above the heading line (and its own) whose figures may be the whole


def line_lists(d: _Doc) -> list[Relation]:
    """A sum for the first figures of item lines that add up to a figure right above them."""
    s = d.s
    out: list[Relation] = []
    for m in _HEAD.finditer(s):
        lines = _item_lines(d, m.end())
        if len(lines) < 2:
            continue
        top = m.start()
        for _ in range(_BEFORE + 1):
            top = s.rfind("\n", 0, max(top - 1, 0)) + 1 if top > 0 else 0
        wholes = [q for q in reversed(d.in_range(top, m.start())) if not q.is_percent and not is_delta(d, q)
                  and not is_previous(d, q) and not is_scope_count(d, q) and not d.in_parentheses(q)]
        for w in wholes:
            parts = [next((q for q in line if compatible(q, w)), None) for line in lines]
            if any(p is None for p in parts):
                continue
            value = money_value if w.is_money else (lambda q: q.value)
            if sum((value(p) for p in parts if p is not None), Decimal(0)) == value(w):
                out.append(Relation("sum", "sum.breakdown", {"total": w, "parts": parts}))
    return out


def _item_lines(d: _Doc, start: int) -> list[list[Quantity]]:
    """The figures (no percents) of each item line from ``start``: lines opening with a name and a
    colon, up to the first line that does not."""
    s = d.s
    out = []
    at = start
    while at < len(s):
        end = s.find("\n", at)
        end = len(s) if end < 0 else end
        if not _ITEM_LINE.match(s, at, end):
            break
        figs = [q for q in d.in_range(at, end) if not q.is_percent]
        if not figs:
            break
        out.append(figs)
        at = end + 1
    return out
