"""Which total a 其中/…中 breakdown holding a figure breaks down: the totals before its marker, the
set its "X中," opener names (``named_wholes``), none of another stage. Read by ``shares`` and
``rates`` for the base of a listed part's share; ``sums`` reads the same breakdowns for their sums."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .clause_sets import one_of_a_pair
from .model import compatible
from .named_wholes import AMBIGUOUS, set_whole, totals_named
from .reading import label_words
from .stages import another_stage, stages_in
from .structure import SENT_END, _Doc, _overlap
from .sums import _BREAKDOWN, _FIGURE_IN_WHICH, _IN_WHICH, CARRIED_OVER, _totals_before


def breakdown_totals(d: _Doc, part: Quantity) -> list[Quantity] | None:
    """The totals a 其中/…中 breakdown holding ``part`` may break down, the nearest first
    (None: ``part`` is in no breakdown)."""
    return _breakdown_totals(d, part)[0]


def set_left_open(d: _Doc, part: Quantity) -> bool:
    """Does the "X中," opening ``part``'s breakdown name a set no figure before states ("受理1,120件。
    审结案件中,…": what was 审结 is not printed), or two of different values?"""
    return _breakdown_totals(d, part)[1]


def _breakdown_totals(d: _Doc, part: Quantity) -> tuple[list[Quantity] | None, bool]:
    s = d.s
    sent_start = d.last_before("。", part.start) + 1
    # (a line ending with ":" opens the list of lines the part is in: no marker before that line is
    # the part's -- "…具体如下:\n(一)…\n表2…\n全年共受理65,685起,按事故类型分:\n(一)道路交通3,092起")
    opener = s.rfind(":\n", sent_start, part.start)
    if opener >= 0:
        sent_start = d.last_before("\n", opener) + 1
    # 其中, "在办结件中," and "新受理的复议151件中," (the figure's own 中) open a breakdown alike.
    markers = [m for pat in (_BREAKDOWN, _IN_WHICH, _FIGURE_IN_WHICH)
               for m in pat.finditer(s, max(0, sent_start - 1), part.start)]
    # (a 其中 inside brackets closed before the part opens the brackets' own list: "教育类2.17万件(其中
    # 招生入学0.94万件),住房类3.05万件,…三者合计7.08万件" -- the 7.08 is in no breakdown of the 2.17)
    markers = [m for m in markers if not _bracket_closed(s, m.start(), part.start)]
    if not markers:
        return None, False
    m = max(markers, key=lambda x: x.start())
    at_head = not d.in_range(sent_start, m.start())
    totals = _totals_before(d, m.start(), at_head)
    if m.re is _BREAKDOWN and not at_head and not m.group().endswith(":") and ";" in s[m.end() : part.start] \
            and (kin := [t for t in totals if compatible(t, part)]) and all(t.value < part.value for t in kin):
        # "…5,012件,占38.8%,其中…合计4,269件;3个街道合计5,164件,占40.0%": past its clause's ";" a 其中
        # inside a sentence may go on ("其中A 1,876项;B 1,503项"), but a figure larger than every whole
        # before it is no part of them -- a sibling of the whole, in no breakdown
        return None, False
    open_set = False
    # (the opener heads its sentence, or a clause after ";": "…办结1,287件;市本级受理的问题中,上级交办64件")
    head = max(d.last_before(SENT_END, m.start()), d.last_before(";", m.start())) + 1
    if m.re is _IN_WHICH and not d.in_range(head, m.start()):
        # "审结案件中,维持670件,占63.8%": the set the opener names, as ``sums`` reads it -- the figure
        # so named, else none of another stage (a 受理 or 收到 figure is no base of what was 审结)
        whole = set_whole(d, m.start(), m.end())
        if whole is AMBIGUOUS:
            return [], True
        if isinstance(whole, Quantity):
            totals = [whole]
        elif all(t.value < part.value for t in totals if compatible(t, part)) and not totals_named(d, re.sub(r"中[,:]$", "", m.group()), totals):
            # ("仲裁案件中,…520件" after "…调解480件…": a set the words do not name, larger than every
            # figure before; a total they name stays, however a misprint makes a part exceed it)
            totals = []
        named = stages_in(s[head : m.end()])
        kept = [t for t in totals if not (named and another_stage(d, t, named))]
        open_set = bool(named) and not kept
        totals = kept
    if len(totals) == 1 and m.re is _BREAKDOWN and ";" in s[totals[0].end : m.start()] and any(
            q.is_percent for q in d.in_range(totals[0].end, m.start())):
        # "受理286.4万件,办结285.9万件,办结率99.8%;其中即办件…": after a funnel's rate and its ";",
        # the part may be of either stage -- the figures of the kind before in the sentence too
        totals += [q for q in reversed(d.in_range(d.last_before("。\n", m.start()) + 1, totals[0].start))
                   if compatible(q, totals[0]) and not q.is_percent and q.value >= totals[0].value][:1]
    # (not "结转下年度27件": work carried over is no whole a list of outcomes breaks down; nor, across a
    # sentence's end, a count in the catch-all 个 of parts in a counter of their own -- "…呼入4,500个,
    # 接通4,200个。\n按类型分,…分别为3,000件": the list counts matters, not the calls before)
    return [t for t in totals if compatible(t, part) and not CARRIED_OVER.search(d.label(t))
            and (t.unit == part.unit or t.unit != "个" or t.sentence == part.sentence)], open_set


def _bracket_closed(s: str, at: int, end: int) -> bool:
    """Is ``at`` inside brackets that close before ``end``?"""
    opened = max(s.rfind("(", 0, at), s.rfind("（", 0, at))
    if opened < 0 or opened < max(s.rfind(")", 0, at), s.rfind("）", 0, at)):
        return False
    return any(s.find(c, at, end) >= 0 for c in ")）")


def _breakdown_total(d: _Doc, part: Quantity) -> tuple[bool, Quantity | None]:
    """Is ``part`` inside a 其中/…中 breakdown, and which total does it break down (None: unclear)?"""
    totals = breakdown_totals(d, part)
    if totals is None:
        return False, None
    if len(totals) > 1:
        # "收到申请45件,上年结转2件。…中," -- which one the shares are of, the text does not say.
        words = label_words(d, part)
        scored = [(_overlap(label_words(d, t), words), t) for t in totals]
        best = max(sc for sc, _ in scored)
        leaders = [t for sc, t in scored if sc == best]
        return True, (leaders[0] if best >= 3 and len(leaders) == 1 else None)
    if totals and one_of_a_pair(d, totals[0]):
        return True, None  # "9个街道及3个乡镇均建成…,其中…6个": of the two together, whose sum is not printed
    return True, (totals[0] if totals else None)
