"""A grade and every grade above it, summed up: "其中非常满意36.92万次、满意1.58万次、基本满意0.11万次、
不满意…。满意及以上38.50万次" -- 满意及以上 is 非常满意 + 满意 (``sum.at_least``).

The grades are ladders from the top down (``at_least`` of catalog/equalities.yaml). A figure whose
own words are a grade followed by 及以上 / 以上 sums the figures of that grade and of each grade
above it, listed before it in its paragraph, counted alike, each grade named by one figure only
(a grade named twice: two surveys, maybe -- nothing) and every grade from the top down present.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation, compatible
from .reading import holding
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, list[list[str]], dict[str, str]]:
    return read_section("equalities.yaml", "at_least", lambda v, _: (
        re.compile(f"(?:{v['words']})的?$"), [list(map(str, lad)) for lad in v["ladders"]],
        {str(k): str(w) for k, w in (v.get("same") or {}).items()}))


def _grade(words: str, names: list[str]) -> str | None:
    """The grade the words end with, the longest name (非常不满意 before 不满意 before 满意)."""
    hits = [n for n in names if words.endswith(n)]
    return max(hits, key=len) if hits else None


def at_least(d: _Doc) -> list[Relation]:
    """Each 'grade and above' figure as the sum of the grades' figures listed before it."""
    words_re, ladders, same = _vocab()
    names = sorted({g for lad in ladders for g in lad} | set(same), key=len)
    out: list[Relation] = []
    for q in holding(d, "以上"):  # (the figures whose label holds 以上: read once for the document)
        if q.is_percent or q.in_table or "以上" not in d.clause(q):
            continue
        own = _NOT_CJK.sub("", d.clause(q))
        m = words_re.search(own)
        grade = _grade(own[: m.start()], names) if m is not None else None
        if m is None or grade is None or own[: m.start()] != grade:
            continue  # (the words are the grade and 及以上 alone: "满意及以上")
        grade = same.get(grade, grade)
        ladder = next((lad for lad in ladders if grade in lad), None)
        if ladder is None:
            continue
        wanted = ladder[: ladder.index(grade) + 1]
        para = d.s.rfind("\n", 0, q.start) + 1
        listed: dict[str, list[Quantity]] = {}
        for r in d.in_range(para, q.start):
            if r.is_percent or r.in_table or not compatible(r, q) or is_delta(d, r) or is_previous(d, r):
                continue
            g = _grade(re.sub(r"^其中", "", _NOT_CJK.sub("", d.clause(r))), names)
            if g is not None:
                listed.setdefault(same.get(g, g), []).append(r)
        if any(len(listed.get(g, [])) != 1 for g in wanted):
            continue  # a grade missing, or named twice
        out.append(Relation("sum", "sum.at_least", {"total": q, "parts": [listed[g][0] for g in wanted]}))
    return out
