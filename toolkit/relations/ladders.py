"""Grades of one ladder (bound.ladder): where a higher grade presupposes the one below it (the
``ladders`` of stages.yaml: 执法资格 基本级 < 中级 < 高级), the staff holding the higher grade are no
more than those holding the grade below -- read only in a sentence that counts the staff first
("全市民警4,318人,通过基本级执法资格考试的4,196人,通过中级…的1,027人") and names no period of new
passes ("今年通过中级考试的…": one year's results of different grades are different people)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .stages import _PUNCT, load_stages, naming
from .structure import _Doc

# words saying the figure counts new passes of a period, not holders
_NEW = re.compile(r"全年|今年|本年|年内|当年|新|首次|组织|参加|参考|报名")


def _grade(d: _Doc, q: Quantity, name: re.Pattern, grades: tuple[re.Pattern, ...]) -> int | None:
    """The grade of the ladder the figure's own clause names, else None (a period of new passes: None)."""
    words = _PUNCT.split(d.label(q))[-1] + _PUNCT.split(d.after(q, 16))[0]
    if not name.search(words) or _NEW.search(words):
        return None
    found = [g for g, pat in enumerate(grades) if pat.search(words)]
    return found[-1] if len(found) == 1 else None


def ladder_bounds(d: _Doc) -> list[Relation]:
    """Each higher grade bounded by the grade right below it, stated before it in its sentence."""
    ladders = load_stages().ladders
    if not ladders or not any(name.search(d.s) for name, _ in ladders):
        return []  # (most texts: no ladder named at all)
    out: list[Relation] = []
    for name, grades in ladders:
        seen: dict[tuple[int, int], Quantity] = {}  # (sentence start, grade) -> the figure
        graded: set[int] = set()  # the sentence starts of ``seen``
        staffed: set[int] = set()  # sentences whose first counted figure is the staff
        for q in d.qs:
            if q.is_percent or q.in_table:
                continue
            start = q.sentence[0]
            n = naming(d, q)
            if n is not None and n.stages.get("staff") == 1 and start not in graded:
                staffed.add(start)  # "全市民警4,318人": the staff the grades are held among
                continue
            if start not in staffed:
                continue  # (before the grade is read: most sentences name no staff)
            g = _grade(d, q, name, grades)
            if g is None:
                continue
            below = seen.get((start, g - 1)) if g else None
            if below is not None and compatible(below, q) and below.unit == q.unit:
                out.append(Relation("bound", "bound.ladder", {"smaller": q, "larger": below}))
            seen[(start, g)] = q
            graded.add(start)
    return out
