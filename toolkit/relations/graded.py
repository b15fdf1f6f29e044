"""Graded lists: "抽查处罚案卷25份、许可案卷25份,评出优秀6份、合格42份、不合格2份" -- grades that
name a passing and a failing grade are the whole of what was graded, so they add up to what was
checked (the figures listed before them, the figure a checked word names, or a survey's count)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import CatalogError
from ..quantities import Quantity
from .model import Relation, compatible
from .structure import SENT_END, _Doc


@lru_cache(maxsize=1)
def _graded_vocabulary() -> dict:
    """The words of a graded list (``catalog/equalities.yaml``, ``graded``) and of a one-to-one
    statement (``one_to_one``), compiled once."""
    path = "toolkit/catalog/equalities.yaml"
    try:
        data = yaml.safe_load(resources.files("toolkit").joinpath("catalog/equalities.yaml").read_text(encoding="utf-8"))
        g = data["graded"]
        return {"grades": re.compile(g["grades"]), "failing": re.compile(g["failing"]),
                "passing": frozenset(g["passing"]), "graded_by": re.compile(g["graded_by"]),
                "checked": re.compile(g["checked"]), "units": frozenset(g["units"]),
                "surveyed": re.compile(g["surveyed"]), "satisfied": re.compile(g["satisfied"]),
                "one_to_one": re.compile(data["one_to_one"]).pattern}
    except (KeyError, TypeError, re.error, yaml.YAMLError) as exc:
        raise CatalogError(f"bad 'graded' or 'one_to_one' vocabulary: {exc}", path=path) from exc


_LIST_JOIN = re.compile(r"[、和及与,]?[\u4e00-\u9fff]{0,10}$")
# the words between two grades of one list ("、不合格案卷"): a joiner and the grade's words
_NEXT_GRADE = re.compile(r"[、,;和及]?[\u4e00-\u9fff]{0,7}")


def _counted_alike(a: Quantity, b: Quantity, units: frozenset[str]) -> bool:
    """Figures of one review: compatible, or both counted in units of case files (份, 起)."""
    return not a.is_percent and not b.is_percent and (compatible(a, b) or (a.unit in units and b.unit in units))


_UNGRADED = re.compile(r"未(?:予|作|参与)?评|不予评|未定等|暂缓评")


def _graded_lists(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"抽查处罚案卷25份、许可案卷25份,评出优秀6份、合格42份、不合格2份": the grades, a list
    that names a passing and a failing grade (so it is the whole of what was graded), add up to
    what was checked. With several checked figures their sum is the total (printed "50份")."""
    v = _graded_vocabulary()
    out: list[Relation] = []
    # (grades another list already adds up; a rate of one grade, 优秀率, is no such list)
    in_relation: set[int] | None = None  # (listed at the first graded list: most reports grade nothing)
    ending: dict[int, list[Relation]] | None = None  # (so are the sums by their ends: _checked_list)
    i = 0
    qs = d.qs
    while i < len(qs):
        q = qs[i]
        lab = d.label(q)
        if q.is_percent or q.in_table or not v["grades"].search(lab) or not (
                v["graded_by"].search(lab) or _surveyed(d, q, v)):
            i += 1
            continue
        grades = [q]
        j = i + 1
        while j < len(qs) and qs[j].sentence == q.sentence and _counted_alike(qs[j], q, v["units"]) \
                and _NEXT_GRADE.fullmatch(d.label(qs[j])) and v["grades"].search(d.label(qs[j])):
            grades.append(qs[j])
            j += 1
        i = j
        names = [v["grades"].search(d.label(g)).group(1) for g in grades]
        if len(grades) < 2 or not any(v["failing"].search(n) for n in names) or not any(n in v["passing"] for n in names):
            continue  # "优秀15份、不合格3份": the grades between are not listed
        if ending is None:
            ending = _ending_at(found)
        checked = _checked_list(d, q, found, ending)
        if checked and in_relation is None:
            in_relation = {x.index for r in found if r.kind != "ratio" for x in r.quantities()}
        if not checked or any(g.index in in_relation for g in grades):  # type: ignore[operator]
            continue
        if _UNGRADED.search(d.s, grades[-1].end, d.next_end(grades[-1].end, SENT_END)):
            continue  # "…,许可案卷5份因资料不全未评定等次": not all that was checked was graded
        total = checked[0] if len(checked) == 1 else _sum_of(checked)
        out.append(Relation("sum", "sum.graded", {"total": total, "parts": grades}))
    return out


_CLAUSE_END = re.compile(r"[,;:。]")


def _surveyed(d: _Doc, q: Quantity, v: dict) -> bool:
    """"回访群众1,200人次,非常满意860人次,…": a grade of satisfaction right after the figure of a
    survey (``surveyed``), one clause on, with no word between -- its grades need no 评出."""
    if not q.index or not v["satisfied"].fullmatch(d.label(q)):
        return False
    prev = d.qs[q.index - 1]
    if prev.sentence == q.sentence and not prev.is_percent and bool(v["surveyed"].search(d.label(prev))) \
            and not _ends_in_a_grade(d, prev, v):
        return True  # (not "回访群众满意16,214件,基本满意…": a grade itself, the first of the list)
    return _survey_before(d, q, v) is not None


def _ends_in_a_grade(d: _Doc, q: Quantity, v: dict) -> bool:
    """Do the figure's words end with a grade of satisfaction ("回访群众满意"; not "满意度测评")?"""
    return re.search("(?:" + v["satisfied"].pattern + ")的?$", d.label(q)) is not None


def _survey_before(d: _Doc, q: Quantity, v: dict) -> Quantity | None:
    """"回访工单18,642件,回访率77.5%。满意16,214件,基本满意…": grades opening the sentence right after
    the survey's, whose last figure that is no percent is the survey's -- the grades are of it."""
    if not q.index or d.s[q.sentence[0] : q.start].strip() != d.label(q).strip():
        return None  # (the grade opens its sentence: nothing but its own words before it)
    k = q.index - 1
    while k >= 0 and d.qs[k].is_percent and d.qs[k].sentence != q.sentence:
        k -= 1
    prev = d.qs[k] if k >= 0 else None
    if prev is None or prev.sentence == q.sentence:
        return None
    if d.s[prev.sentence[1] + 1 : q.sentence[0]].strip() or not v["surveyed"].search(d.label(prev)):
        return None  # (the sentence right before, naming a survey)
    return prev if _counted_alike(prev, q, v["units"]) and not d.in_parentheses(prev) else None


def _checked_list(d: _Doc, first_grade: Quantity, found: list[Relation],
                  ending: dict[int, list[Relation]]) -> list[Quantity]:
    """The figures listed right before the grades, in their sentence, the first named by a check;
    or the checked total whose 其中 breakdown ends right before them ("共抽查案卷46份,其中…"), or
    which closes the checked list ("…许可案卷20份,共计60份")."""
    v = _graded_vocabulary()
    survey = _survey_before(d, first_grade, v)
    if survey is not None:
        return [survey]
    out: list[Quantity] = []
    k = first_grade.index - 1
    while k >= 0 and d.qs[k].start >= first_grade.sentence[0]:
        p = d.qs[k]
        if not _counted_alike(p, first_grade, v["units"]):
            return []
        out.insert(0, p)
        lab = d.label(p)
        if re.match(r"[、和及与]", lab) and _LIST_JOIN.fullmatch(lab):
            k -= 1  # "、许可案卷25份": an item of the list
            continue
        if _ends_in_a_grade(d, p, v):
            return []  # ("电话回访群众满意16,214件,基本满意…": the first grade, not what was checked)
        if v["checked"].search(lab) or v["checked"].search(_CLAUSE_END.split(d.after(p, 16))[0]):
            return out  # (the check may be named after the figure: "对80份案卷进行评查,")
        break
    last = d.qs[first_grade.index - 1] if first_grade.index else None
    for r in found if last is None else ending.get(id(last), ()):
        total, parts = r.roles.get("total"), r.roles.get("parts")
        if r.kind == "sum" and isinstance(parts, list) and parts and parts[-1] is last \
                and isinstance(total, Quantity) and total.sentence == first_grade.sentence \
                and _counted_alike(total, first_grade, v["units"]) and v["checked"].search(d.label(total)):
            return [total]
        if r.kind == "sum" and total is last and isinstance(parts, list) and parts \
                and total.sentence == first_grade.sentence and _counted_alike(total, first_grade, v["units"]) \
                and v["checked"].search(d.label(parts[0])):
            return [total]  # "抽查处罚案卷40份、许可案卷20份,共计60份,评查结果为…": the list's own total
    return []


def _ending_at(found: list[Relation]) -> dict[int, list[Relation]]:
    """The sums of ``found`` by the id of their last part and of their total, in their order: the only
    ones ``_checked_list`` can take for the figure before the grades (listed once per call: a walk
    over every relation for each graded list grew with the square of the report)."""
    index: dict[int, list[Relation]] = {}
    for r in found:
        total, parts = r.roles.get("total"), r.roles.get("parts")
        if r.kind == "sum" and isinstance(parts, list) and parts:
            index.setdefault(id(parts[-1]), []).append(r)
            if total is not None and total is not parts[-1]:
                index.setdefault(id(total), []).append(r)
    return index


def _sum_of(qs: list[Quantity]) -> Quantity:
    """A figure the text states without printing it: the sum of a list (its parts are in
    ``attrs["sum_of"]``; it is printed as the sum with the list's unit, "55份")."""
    from dataclasses import replace

    first, last = qs[0], qs[-1]
    value = sum((q.value for q in qs), Decimal(0))
    return replace(first, value=value, low=sum((q.low for q in qs), Decimal(0)),
                   high=sum((q.high for q in qs), Decimal(0)), qualifier=None, printed=f"{value}{first.unit}",
                   number=str(value), end=last.end, index=-1 - first.index, attrs={"sum_of": [q.index for q in qs]})
