"""A total after its parts, named by the words they share ("职工基本养老保险参保人数86.42万人,城乡居民
基本养老保险参保人数142.18万人,全市基本养老保险参保人数228.06万人"): the parts differ only by the kinds
that qualify them, and those kinds make up a whole between them (catalog/complements.yaml: 职工 and
城乡居民, 城镇 and 农村, 出口 and 进口 ...); the total names the shared words with its scope (全市) or a
closing word (合计). Two listed districts of a city are no such pair: only complements say the list is all."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .completeness import names_its_complements
from .label_index import holding_any
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .scopes import is_additive
from .structure import _Doc

_SCOPE = re.compile(r"^(?:全(?:省|市|县|区|州|盟|旗|镇|乡)|全年|合计|总计|共计|共)+")
_TAIL = 4  # characters the parts and the total must share at their end (the measure, not one word)


def tail_totals(d: _Doc) -> list[Relation]:
    out: list[Relation] = []
    for t in holding_any(d, "全合总共"):  # (every scope or closing word holds one: the index lists those figures)
        if t.index < 2:
            continue
        own = d.own_words(t)
        scope = _SCOPE.match(own)
        if scope is None or not _level(d, t):
            continue
        tail = own[scope.end() :]
        if len(tail) < _TAIL:
            continue
        a, b = d.qs[t.index - 2], d.qs[t.index - 1]
        if not all(p.sentence == t.sentence and _level(d, p) and compatible(p, t) and p.unit == t.unit for p in (a, b)):
            continue
        qa, qb = (_qualifier(d.own_words(p), tail) for p in (a, b))
        if not qa or not qb or qa == qb or not names_its_complements(qa + "," + qb):
            continue
        out.append(Relation("sum", "sum.breakdown", {"total": t, "parts": [a, b]}))
    return out


def _qualifier(own: str, tail: str) -> str:
    """The words before ``tail`` at the end of ``own`` ("" when ``own`` does not end with it)."""
    return own[: -len(tail)] if own.endswith(tail) and len(own) > len(tail) else ""


def _level(d: _Doc, q: Quantity) -> bool:
    return not q.is_percent and not q.in_table and is_additive(d, q) and not is_delta(d, q) \
        and not is_previous(d, q) and not is_per_n(d, q) and not d.in_parentheses(q)
