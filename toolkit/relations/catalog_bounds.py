"""Whether a catalog bound (two metrics paired by their names, ``rules.yaml``) reads in this text.

The catalog pairs the figure of one metric with the figure of another wherever they stand in one
section; the words around them may say they are not a later stage and its whole. A bound is left
out when the words admit another reading:

* either figure is no level of the period (a change, a previous year's, a cumulative figure: the
  funnels' ``not_a_level``), or the smaller is a target or a plan (``targets.yaml`` forecasts);
* older or cumulative work is spoken of around them (``carry_over``: 累计, 上年遗留);
* the larger is one of several figures of its stage (a list: "受理投诉1,206件,受理举报612件。…办结
  投诉举报1,788件"), in its sentence or between the two;
* the smaller names a total (共, 各类) in another sentence than the larger, which does not
  ("专项检查发现隐患12处。…全年共整改各类隐患1,360处");
* the smaller names a body the larger's words do not (``bodies``: "市场监管部门受理投诉…,消协组织
  办结投诉…");
* a figure of the unit naming no stage stands between them in their sentence (the larger may be
  one item of a list: "在编人员86人,聘用人员40人,持证执法人员120人").
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .roles import is_delta, is_previous
from .stages import _same_count, _same_thing, another_body, carried_over_at, load_stages, naming, spoken_between
from .structure import _Doc

# (compiled once: read per figure or per list)
_OWN_CLAUSE_END = re.compile(r"[,;:。()\n]")

_LIST_REACH = 40  # figures after a whole looked at for another of its stage
_TOTAL = re.compile(r"各类|累计|共计|总计|合计|共")  # (not 全年: a figure naming no period is of the year)
_CUMULATIVE = re.compile(r"累计|历年|以来|至今")
_PLAN = re.compile(r"目标|计划|力争|争取|预计|预期|拟|确保|明年|下一年|下年度")


def catalog_bound_reads(d: _Doc, smaller: Quantity, larger: Quantity) -> bool:
    """Does the text leave the catalog's bound ``smaller <= larger`` one reading (module doc)?"""
    v = load_stages()
    if any(is_delta(d, q) or is_previous(d, q) or _CUMULATIVE.search(d.label(q)) or _no_level(d, v, q)
           for q in (smaller, larger)):
        return False
    small, large = naming(d, smaller), naming(d, larger)
    clause = d.s[max(smaller.sentence[0], d.last_before(",;", smaller.start) + 1) : smaller.end + 4]
    if _PLAN.search(clause):
        return False
    lo, hi = min(smaller.sentence[0], larger.sentence[0]), max(smaller.sentence[1], larger.sentence[1])
    if spoken_between(carried_over_at(d, v), lo, hi):
        return False
    if one_of_a_stage_list(d, larger, smaller) or _wider_than(d, smaller, larger):
        return False
    if small is not None and large is not None and another_body(small, large.words):
        return False
    if small is not None and large is not None and smaller.sentence != larger.sentence \
            and len(small.rest) >= 3 and not _same_thing(small, large):
        return False  # "办理林木采伐许可证1,286份。受理使用林地审核审批申请64件": two things, two sentences
    if smaller.sentence == larger.sentence:
        a, b = sorted((smaller.index, larger.index))
        for r in d.qs[a + 1 : b]:
            other = naming(d, r)
            if other is not None and r.unit == larger.unit and not other.stages and not other.mentions \
                    and "其中" not in d.s[larger.end : r.start]:
                return False
    return True


def _no_level(d: _Doc, v, q: Quantity) -> bool:
    """Do the words of ``q``'s own clause name it no level of the period ("上年受理投诉312件": last
    year's; the funnels' ``not_a_level``, the report's year aside)?"""
    lab = _OWN_CLAUSE_END.split(d.label(q))[-1]
    return bool(v.not_a_level.search(lab)) and bool(v.not_a_level.search(v.year.sub("", lab)))


def _wider_than(d: _Doc, smaller: Quantity, larger: Quantity) -> bool:
    """Is ``smaller`` named as a total (共, 各类) in another sentence than ``larger``, which is not?"""
    return smaller.sentence != larger.sentence and bool(_TOTAL.search(d.label(smaller))) \
        and not _TOTAL.search(d.label(larger))
def one_of_a_stage_list(d: _Doc, q: Quantity, upto: Quantity | None = None) -> bool:
    """Is ``q`` one of two or more figures named by the same stage and counted alike, in its
    sentence ("受理投诉1,206件,受理举报612件") or between it and ``upto`` ("全年受理投诉1,206件。
    消协受理投诉812件,…。全年共办结投诉1,300件")? What a later stage names may be of any of them."""
    mine = naming(d, q)
    if mine is None or not mine.stages:
        return False
    end = max(q.sentence[1], upto.start if upto is not None else 0)
    first = d.before(q.sentence[0])
    part_of_q = d.s.find("其中", q.end, q.sentence[1])  # its own 其中 parts are no list beside it
    for r in d.qs[first : min(d.before(end), first + _LIST_REACH)]:
        if r.index == q.index or r.is_percent or r.value == q.value or (0 <= part_of_q < r.start < q.sentence[1]):
            continue
        other = naming(d, r)
        if other is not None and _same_count(other, mine) and _same_stage(other.stages, mine.stages):
            return True
    return False


def _same_stage(a: dict[str, int], b: dict[str, int]) -> bool:
    """Named by one stage: one in common, none of a shared process differing, and no process only
    one of them names past its first stage ("审核纠错" is past 审核: 纠错 follows up what was decided)."""
    shared = set(a) & set(b)
    return bool(shared) and all(a[pid] == b[pid] for pid in shared) \
        and all(lvl == 0 for pid, lvl in [*a.items(), *b.items()] if pid not in shared)

