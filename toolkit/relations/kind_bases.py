"""The base of a named rate chosen among its readings by what the rate's name says.

- A count qualified by the manner of its stage ("及时受理2,408件", "按期答复…") counts the part of that
  stage done so, the numerator of its own rate ("及时受理率"). A rate of another stage ("按期办结率") is
  over the stage's plain count printed before it ("应受理2,418件"): that reading comes first, the
  qualified count stays a reading.
- A rate named by a kind of the work ("工单办结率", "投诉办结率") is over the figure of that kind
  ("其中工单类诉求24,186件"), not over all the work received, when the numerator says it is of that kind.
"""

from __future__ import annotations

import dataclasses
import re

from ..quantities import Quantity
from .bases import cjk
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc

_MANNER = re.compile(r"按期|按时|及时|限时|当场|当日|一次性|直接|提前")
_PHRASE_END = re.compile(r"[,;:。]")
# Words before a rate's name that say its scope or time, not a kind of the work
_NOT_A_KIND = re.compile(r"全年|全市|全县|全区|全镇|本年度?|年度|当年|本季度?|本月|总体|综合|平均|整体|其中|全部|各类"
                         r"|群众|诉求|案件|事项|的")
_DUE = re.compile(r"(?:应|需)(?:当|该|要)?(?:办理|受理|办结|处理|答复|审理)")
# The numerator holds work of another period the kind's count may not ("办结…(含上期结转)")
_OTHER_PERIOD = re.compile(r"结转|上期|上年|往年|累计|以前")


def by_the_rates_name(d: _Doc, rel: Relation | None, pct: Quantity, rate: tuple, lab: str) -> Relation | None:
    """``rel`` with the base its name says first (module doc)."""
    if rel is None or rel.kind != "ratio":
        return rel
    return _kind_base(d, _plain_stage_first(d, rel, lab), pct, rate, lab)


def _plain_stage_first(d: _Doc, rel: Relation, lab: str) -> Relation:
    """A base qualified by a manner the rate's name does not say gives way to a plain reading."""
    den = rel.roles.get("denominator")
    if not isinstance(den, Quantity) or den.index < 0:
        return rel
    manner = _MANNER.search(d.own_words(den))
    if manner is None or manner.group() in lab:
        return rel
    plain = [r for r in rel.readings if isinstance(r.get("denominator"), Quantity) and r["denominator"].index >= 0
             and r.get("numerator") is rel.roles.get("numerator") and r["denominator"].value >= den.value
             and not _MANNER.search(d.own_words(r["denominator"]))]
    if plain:
        rest = [r for r in rel.readings if r is not plain[0]]
        return dataclasses.replace(rel, roles=plain[0], readings=[rel.roles, *rest])
    # no reading yet: the count of the stage (or of the work due) right before the qualified one
    # ("应办理投诉举报1,530件,及时受理1,522件,…按时办结率")
    stage = cjk(_MANNER.sub("", d.own_words(den)))
    prev = d.qs[den.index - 1] if den.index else None
    if (prev is None or prev.is_percent or prev.sentence != den.sentence or not compatible(prev, den)
            or prev.value < den.value or _MANNER.search(d.own_words(prev))
            or not ((len(stage) >= 2 and stage in cjk(d.own_words(prev))) or _DUE.search(d.own_words(prev)))):
        return rel
    return dataclasses.replace(rel, roles={**rel.roles, "denominator": prev}, readings=[rel.roles, *rel.readings])


def _kind_base(d: _Doc, rel: Relation, pct: Quantity, rate: tuple, lab: str) -> Relation:
    """The figure of the kind the rate's name opens with, when the numerator is of that kind too."""
    num = rel.roles.get("numerator")
    den = rel.roles.get("denominator")
    if not isinstance(num, Quantity) or not isinstance(den, Quantity) or num.index < 0:
        return rel
    clause = _PHRASE_END.split(lab)[-1]
    m = rate[0].search(clause)
    kind = cjk(_MANNER.sub("", _NOT_A_KIND.sub("", clause[: m.start()]))) if m else ""
    if len(kind) < 2 or kind not in cjk(d.label(num)):
        return rel
    cands = [q for q in d.qs[max(0, num.index - 12) : num.index]
             if not q.is_percent and compatible(q, num) and kind in cjk(d.own_words(q))
             and not rate[1].search(d.own_words(q)) and not is_delta(d, q) and not is_previous(d, q)
             and not d.in_parentheses(q)]
    if len({q.value for q in cands}) != 1 or cands[-1] is den:
        return rel
    base = cands[-1]
    if base.value < num.value and _OTHER_PERIOD.search(d.s, num.sentence[0], pct.start):
        return rel  # (the work done may hold some carried in: the base of the kind is not sure)
    roles = {**rel.roles, "denominator": base}
    others = [r for r in [rel.roles, *rel.readings] if r.get("denominator") is not base]
    return dataclasses.replace(rel, roles=roles, readings=others)
