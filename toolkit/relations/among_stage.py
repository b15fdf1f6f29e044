"""Figures stated among the work of a stage that names no figure of its own.

"全县受理群众信访事项3,418件。…四、办理质效。在依法受理的信访事项中,应当按期办结的2,986件,已按期办结
2,941件": a sentence opening with 在<stage word>…的<what it counts>中 says its figures are of the work that
stage counted; each is at most the figure of that stage stated before (``bound.stage``), sections apart.

Read only where the text leaves one reading:

* the words between 在 and 中 hold no figure ("在698件已结案件中" is another family's) and name a stage
  of some process (a time or a course of work, "在办理过程中", is none);
* looking back, every figure named by that stage (the same stages of every process its words name),
  counted alike and no part, a change, a previous period's or another period's (一季度…), has one value;
  the nearest is the whole; what the clause names beyond the stage is among that figure's words, and a
  clause naming nothing beyond it is read only in the whole's paragraph;
* no numbered heading between names a scope of its own ("二、12345热线");
* the figures are those of the sentence up to a ';', counted alike, none a change or a previous
  period's, none in brackets; a pair another relation ties already is left to it.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bounds import _qualified
from .distant import _heading_between
from .model import Relation, compatible
from .referring import bigrams
from .roles import is_delta, is_previous
from .stages import _NOT_CJK, _strip, load_stages, naming, stages_in
from .structure import _Doc
from .ties import _tied
from .vocab import matches_at

# "在依法受理的信访事项中,", "在审结案件中:": opening a sentence, no figure between 在 and 中
_AMONG = re.compile(r"(?:^|(?<=[。;!?\n]))在([^\d,;:。()\n]{2,20}?)中[,:]")
# a time or a course of work, not a set of items ("在办理过程中", "在审查阶段中")
_NOT_A_SET = re.compile(r"(?:过程|期间|工作|环节|阶段|时|后|前|当中)$")
_SPAN = 3000  # characters looked back for the whole
_REACH = 80  # figures looked back


def among_stage(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Each figure of a 在<stage>…中 sentence bounded by the figure of that stage before (module doc)."""
    if "中" not in d.s:
        return []
    v = load_stages()
    pending: list[tuple[tuple[int, int], Relation]] = []
    # (``_AMONG.finditer``: every match opens with 在, so it is tried only where one stands)
    for m in matches_at(_AMONG, d.s, d.positions("在")):
        inner = m.group(1)
        if _NOT_A_SET.search(inner):
            continue
        named = stages_in(inner)
        if not named:
            continue
        whole = _whole(d, m.start(), named)
        if whole is None:
            continue
        rest = _NOT_CJK.sub("", v.neutral.sub("", _strip(inner, v.stage_words)))
        if len(rest) >= 2:
            said = d.s[whole.sentence[0] : whole.end] + d.after(whole, 12)
            if not bigrams(rest) <= bigrams(_NOT_CJK.sub("", said)):
                continue  # "在受理的行政诉讼案件中" after "收到复议申请": another thing
        elif "\n" in d.s[whole.end : m.start()]:
            continue  # naming nothing but the stage: only in the whole's paragraph
        if _heading_between(d, whole, m.start()):
            continue  # "二、12345热线": a section of another scope
        for q in _clause_figures(d, m.end(), whole):
            pair = (whole.index, q.index)
            pending.append((pair, Relation("bound", "bound.stage", {"smaller": q, "larger": whole})))
    tied = _tied(found, {pair for pair, _ in pending})
    return [r for pair, r in pending if pair not in tied]


def _whole(d: _Doc, pos: int, named: dict[str, int]) -> Quantity | None:
    """The nearest figure before ``pos`` named by the stages ``named``, when every such figure in
    reach (no part, no change, no other period's) has its value; else None."""
    found: Quantity | None = None
    start = d.before(pos)
    for r in reversed(d.qs[max(0, start - _REACH) : start]):
        if r.end < pos - _SPAN:
            break
        c = naming(d, r)
        if c is None or not all(c.stages.get(pid) == lvl for pid, lvl in named.items()):
            continue
        if is_delta(d, r) or is_previous(d, r) or (c.period and c.period != {"year"}):
            continue  # "一季度、二季度…分别受理812件、905件": figures of a part of the year
        if c.scope == "own":
            return None  # "市本级受理…": the levels of the jurisdiction are stated apart
        if "其中" in d.s[r.sentence[0] : r.start] or _qualified(d, r):
            continue  # a part of the work, not all of it
        if found is None:
            found = r
        elif r.value != found.value or not compatible(r, found):
            return None  # two wholes of the stage: which one is open
    return None if found is not None and found.is_percent else found


def _clause_figures(d: _Doc, start: int, whole: Quantity) -> list[Quantity]:
    """The figures counted like ``whole`` from ``start`` to the end of the sentence or a ';'."""
    end = d.next_end(start, "。;!?\n")
    groups = load_stages().units
    out = []
    for q in d.in_range(start, end):
        if q.is_percent or not compatible(q, whole) or d.in_parentheses(q) or is_delta(d, q) or is_previous(d, q):
            continue
        if q.unit != whole.unit and not any(q.unit in g and whole.unit in g for g in groups):
            continue
        out.append(q)
    return out
