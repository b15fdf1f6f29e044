"""A list of four kinds or more that opens no whole of its own, confirmed by the figures as the breakdown of
one figure stated before it: "全年共主动公开政府信息3,426条…。(二)公开内容。公开机构职能类信息182条,法规文件类
信息327条,规划计划类信息94条,业务工作类信息2,185条,其他类信息638条" (3,426 = their sum).

No word ties the list to its whole -- it may stand a section below it -- so only the figures do: the items,
named alike (their words end alike, or the last is the rest, 其他…), add up exactly to one figure of their
unit within ``_REACH`` characters before them, and to no other value there. Four items or more: a sum
that lands on a printed figure by chance is rare then. Lists another family read (as parts or wholes of a
sum) are theirs. Read only when it holds, so it never flags: it finds what a consistent text states.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, compatible, money_value
from .scopes import is_additive, is_scope_count
from .structure import _Doc

_REACH = 1500
_MIN_ITEMS = 4
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_REST = re.compile(r"^(?:其他|其它|其余)")
_PERIOD = re.compile(r"季度|\d{1,2}月|[上下]半年|上年|去年|(?:19|20)\d\d年")


def _value(q: Quantity) -> Decimal:
    return money_value(q) if q.is_money else q.value


def _named_alike(d: _Doc, items: list[Quantity]) -> bool:
    names = [_NOT_CJK.sub("", re.split(r"[,;:、]", d.label(q))[-1]) for q in items]
    ends = {n[-2:] for n in names[:-1]}
    return len(ends) == 1 and len(next(iter(ends))) == 2 and (names[-1].endswith(next(iter(ends)))
                                                              or bool(_REST.match(names[-1])))


def confirmed_lists(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """Sums of lists no family read, whose whole only their figures name (module doc)."""
    used: set[int] = set()
    for r in rels:
        if r.kind == "sum":
            used.update(q.index for q in r.quantities())
    out: list[Relation] = []
    for pos, _end, figs in d.figure_sentences():
        items = [q for q in figs if not q.is_percent]
        if len(items) < _MIN_ITEMS or any(q.in_table or q.index in used or d.in_parentheses(q) for q in items):
            continue
        first = items[0]
        if any(q.unit != first.unit or not is_additive(d, q) or is_scope_count(d, q) for q in items):
            continue
        if any(_PERIOD.search(d.label(q)) for q in items):
            continue  # (periods of a year are the period families', whose whole must be the one figure)
        total = sum((_value(q) for q in items), Decimal(0))
        if any(_value(q) * 2 == total for q in items) or not _named_alike(d, items):
            continue  # (one item the sum of the others: the sentence states its whole itself)
        fits = {}
        for q in d.in_range(max(0, pos - _REACH), pos):
            if not q.is_percent and not q.in_table and compatible(q, first) and _value(q) == total \
                    and not d.in_parentheses(q):
                fits[q.value] = q
        if len(fits) == 1:
            out.append(Relation("sum", "sum.breakdown", {"total": next(iter(fits.values())), "parts": items}))
    return out
