"""A total after its parts, named by the words they share ("职工基本养老保险参保人数86.42万人,城乡居民
基本养老保险参保人数142.18万人,全市基本养老保险参保人数228.06万人"): the parts differ only by the kinds
that qualify them, and those kinds make up a whole between them (catalog/complements.yaml: 职工 and
城乡居民, 城镇 and 农村, 出口 and 进口 ...); the total names the shared words with its scope (全市) or a
closing word (合计). Two listed districts of a city are no such pair: only complements say the list is all."""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .completeness import _complements as _pairs
from .completeness import names_its_complements
from .label_index import holding_any
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .scopes import is_additive
from .structure import _Doc
from .vocab import read_entries

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
        if not qa or not qb or qa == qb or not (names_its_complements(qa + "," + qb) or _tail_pair(qa, qb)):
            continue
        out.append(Relation("sum", "sum.breakdown", {"total": t, "parts": [a, b]}))
    return out


def union_totals(d: _Doc) -> list[Relation]:
    """"进出口总额86.4亿元,增长11.3%。出口61.9亿元,…;进口24.5亿元": two figures named by a pair of
    complements, one after the other (their change percents between), after a figure whose name holds
    both complements' characters (进出口 of 出口 and 进口): that figure is their sum."""
    out: list[Relation] = []
    cjk = d.chinese()  # (every reading needs both words of a pair in two figures' own words: runs of it)
    if not any(x in cjk and y in cjk for x, y in _pairs()):
        return out
    # The pairs of ``pairwise`` over the levels that can pass: ``b`` is the next level after ``a``
    # with only percents between, so it is the first figure after ``a`` that is no percent (another
    # figure first, level or not, fails the pair), within three places. The names are read first
    # (most figures' names hold no complement) and the roles only of the few pairs left -- not every
    # figure's five role memos for the walk over all levels.
    qs = d.qs
    for a in qs:
        if a.is_percent:
            continue
        j = a.index + 1
        while j < len(qs) and j - a.index <= 3 and qs[j].is_percent:
            j += 1
        if j >= len(qs) or j - a.index > 3:
            continue
        b = qs[j]
        if not compatible(a, b) or a.unit != b.unit:
            continue
        own_a, own_b = d.own_words(a), d.own_words(b)
        pair = _pair(own_a, own_b)
        if pair is None or not _level(d, a) or not _level(d, b):
            continue
        # (the level right before the pair, within the sentence before: the nearest level before ``a``)
        t = next((qs[k] for k in range(a.index - 1, -1, -1) if _level(d, qs[k])), None)
        if t is None:
            continue
        if t.unit != a.unit or not compatible(t, a) or t.value <= max(a.value, b.value) \
                or d.s.count("。", t.end, a.start) > 1:
            continue
        own_t = d.own_words(t)
        rest_a, rest_b = own_a.replace(pair[0], "", 1), own_b.replace(pair[1], "", 1)
        if rest_a != rest_b or rest_a not in own_t or "其中" in d.s[t.end : a.start]:
            continue  # ("其中,一季度出口…,进口…": a period's or a part's, not the whole's)
        if set(pair[0] + pair[1]) <= set(own_t):
            out.append(Relation("sum", "sum.breakdown", {"total": t, "parts": [a, b]}))
    return out


def _pair(own_a: str, own_b: str) -> tuple[str, str] | None:
    """The pair of complements (catalog/complements.yaml) the two names hold, one each, in order."""
    pairs = _pairs()
    words = _any_word(pairs)
    if words.search(own_a) is None or words.search(own_b) is None:
        return None  # (most names hold no complement: two searches, not two tests a pair)
    for x, y in pairs:
        if x in own_a and y in own_b:
            return x, y
        if y in own_a and x in own_b:
            return y, x
    return None


_ANY_WORD: list = [None, None]  # the pairs and one pattern of all their words, made once per vocabulary


def _any_word(pairs: list[tuple[str, str]]) -> re.Pattern:
    """Any word of the pairs (a name holding none of them holds no pair)."""
    if _ANY_WORD[0] is not pairs:
        _ANY_WORD[:] = [pairs, re.compile("|".join(re.escape(w) for pair in pairs for w in pair))]
    return _ANY_WORD[1]


@lru_cache(maxsize=1)
def _tail_pairs() -> list[tuple[str, str]]:
    return read_entries("complements.yaml", "shared_tail_pairs", lambda e: (str(e["a"]), str(e["b"])))


def _tail_pair(qa: str, qb: str) -> bool:
    """Are the qualifiers a pair that makes up a whole of the measure they qualify (职工, 城乡居民)?"""
    return any((a in qa and b in qb) or (b in qa and a in qb) for a, b in _tail_pairs())


def _qualifier(own: str, tail: str) -> str:
    """The words before ``tail`` at the end of ``own`` ("" when ``own`` does not end with it)."""
    return own[: -len(tail)] if own.endswith(tail) and len(own) > len(tail) else ""


def _level(d: _Doc, q: Quantity) -> bool:
    return not q.is_percent and not q.in_table and is_additive(d, q) and not is_delta(d, q) \
        and not is_previous(d, q) and not is_per_n(d, q) and not d.in_parentheses(q)
