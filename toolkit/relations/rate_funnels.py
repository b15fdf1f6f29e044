"""A funnel stated by its rate (bound.stage): "全年共受理市民投诉6,214件。…上述投诉已办结6,178件,办结率99.4%".

A rate named by a later stage of a process of ``catalog/stages.yaml`` (办结率, 整改率, 签收率, 化解率,
立案率, 回访率 …) counts the figures of that stage among the figures of an earlier one: the figure it
is read over (its base) bounds the figure it counts. The rate's reading (``shares``/``rates``, by the
rate's words) has already paired the two; this reads the bound that pairing states, where the funnel
families' words leave it ("矛盾纠纷286起,化解成功274起,化解率95.8%": the disputes name no stage). Read
only in one sentence: a base sentences before the rate is chosen among figures no smaller than the count
(a reading that exists only when the bound holds could never fail). And only where the rate leaves one
reading:

* the rate names a later stage (not the first) of some process, is printed below 100% per hundred
  (a full rate is an equality, read by ``rates_of_itself``; a rate above 100% says the count exceeds its
  base), and has one reading with no work carried in (``base_plus``, ``base_grows``, ``open_base``: the
  base may then hold more than its printed figure);
* the base names no stage of that process as late as the rate's (a base of the same stage is no funnel),
  and both figures are counted alike (one unit group) and are printed in the text.

The bound fails only where the rate does too (a count above its base makes a rate above 100%): it names
which of the two figures the reader should doubt first, a count over what it is drawn from.
Besides ``cumulative.share_base_bounds`` (a share whose base is printed inside 占's words).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .stages import naming, stages_in
from .structure import _Doc

# the rate's own name: the words before the percent, back to the last stop ("…,按期办结率为98.1%")
_NAME_END = re.compile(r"(?:率|比率)(?:为|是|达到?|约)?$")
_STOP = re.compile(r"[,;:、。()\n|]")
# rule kinds whose rate is read by its words over the figures its sentence or section names
_RATE_RULES = frozenset({"ratio.rate", "ratio.own_name"})


def rate_funnels(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """The bound each rate of a later stage states between its count and its base (module doc)."""
    out: list[Relation] = []
    for r in rels:
        if r.kind != "ratio" or r.rule not in _RATE_RULES or r.per != 100 or r.readings \
                or r.base_plus is not None or r.base_grows or r.open_base or r.average_within:
            continue
        num, den, pct = r.roles.get("numerator"), r.roles.get("denominator"), r.roles.get("percent")
        if not (isinstance(num, Quantity) and isinstance(den, Quantity) and isinstance(pct, Quantity)):
            continue
        if not num.sentence == den.sentence == pct.sentence:
            continue  # (a base sentences away is chosen no smaller than the count: module doc)
        if min(num.index, den.index, pct.index) < 0 or pct.value >= 100 or not compatible(num, den) \
                or (num.unit != den.unit and (num.is_money or den.is_money)):
            continue
        if _later_stage_rate(d, pct, den):
            out.append(Relation("bound", "bound.stage", {"smaller": num, "larger": den}))
    return out


def _later_stage_rate(d: _Doc, pct: Quantity, base: Quantity) -> bool:
    """Does the rate's name name a later stage of a process its base is not at or past?"""
    name = _STOP.split(d.label(pct))[-1]
    m = _NAME_END.search(name)
    if m is None:
        return False
    named = stages_in(name[: m.start()])
    later = {pid: lvl for pid, lvl in named.items() if lvl > 0}
    if not later:
        return False
    own = naming(d, base)
    base_stages = own.stages if own is not None else {}
    return any(base_stages.get(pid, -1) < lvl for pid, lvl in later.items())
