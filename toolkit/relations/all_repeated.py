"""An 'all' clause restated by the figure right after it: "全县报告手足口病病例238例,全部纳入随访
管理,纳入随访管理238例", "9起事故的调查报告已全部经区政府批复,批复9起". The clause says every one of
the first figure went through what it names; the figure of the next clause, named by words of that
clause, counts those that did: the two are one set, so they must be equal. Where the stage words of
``stages.yaml`` name the step, ``equalities._every_one_went_on`` has the pair already; this reads
the step by the words the two clauses share, whatever the step is.

One reading only: the first figure is the first of its unit in its sentence (not "受理52件,上年结转
4件,全部办结,办结56件", where 'all' is of both), names no 其中 part, and the later figure follows the
'all' clause after one punctuation mark, in the same unit, named by no other period or scope.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .model import Relation
from .pair_ties import PairTies
from .roles import is_delta, is_previous
from .stages import every_at, load_stages
from .structure import _Doc
from .vocab import read_section

_PUNCT = re.compile(r"[,;:。()、!?\n|]")
_ONE_MARK = re.compile(r"[,;:]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    return read_section("equalities.yaml", "all_repeated", lambda v, _: {
        "between": re.compile(v["between"]), "lead": re.compile(v["lead"]), "not_same": re.compile(v["not_same"]),
        "bare_after": re.compile(v["bare_after"])})


def all_repeated(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Equalities of a figure and the one restating its 'all' clause (``equal.all_restated``)."""
    v = _vocabulary()
    tied: PairTies | None = None  # the pairs an equality or rate ties: indexed when first asked
    out: list[Relation] = []
    for m in every_at(d, load_stages()):
        k = d.before(m.start()) - 1
        if k < 0 or k + 1 >= len(d.qs):
            continue
        first, later = d.qs[k], d.qs[k + 1]
        if first.is_percent or first.in_table or first.sentence[1] <= m.start() or d.in_parentheses(first):
            continue
        if not v["between"].fullmatch(d.s, first.end, m.start()):
            continue  # "受理120件,实名来信均已答复": all of a part named between, not of the figure
        stop = _PUNCT.search(d.s, m.end())
        if stop is not None and stop.start() >= later.start:
            # "全部纳入管理416例": the 'all' clause names the later figure itself
            clause = name = v["lead"].sub("", d.s[m.end() : later.start])
            if "的" in name:
                continue  # "已全部答复的有409条": those all answered number 409, a part of them
        elif stop is None or not _ONE_MARK.fullmatch(d.s[stop.start()]):
            continue  # the 'all' clause must end at a comma (or ;/:) before the next clause
        else:
            clause = d.s[m.end() : stop.start()]
            name = v["lead"].sub("", d.s[stop.end() : later.start])
        if len(name) < 2 or _NOT_CJK.search(name) or name not in clause or v["not_same"].search(name):
            continue  # "全部办结,其中现场办结45件": not the clause's step, or a part of it
        if later.is_percent or later.in_table or later.unit != first.unit or not first.unit \
                or later.sentence != first.sentence or is_delta(d, later) or is_previous(d, later):
            continue
        if "其中" in d.label(first) or any(q.unit == first.unit and not q.is_percent
                                          for q in d.in_range(first.sentence[0], first.start)):
            continue  # a part, or a figure after another of its unit: 'all' may be of more
        if tied is None:  # (most 'all' words restate nothing: the index is built for the few that do)
            tied = PairTies(found, lambda r: r.kind in ("equal", "ratio"))
        if (first.index, later.index) in tied:
            continue
        out.append(Relation("equal", "equal.all_restated", {"values": [first, later]}))
    return out


def restated_subjects(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"受理举报线索128件,128件均已办结": a bare figure opening the clause after another, then an
    'all' word, restates the set just counted -- or counts a part of it, all of which went on
    ("排查隐患560处,520处均已整改"). Both are readings (``equal.restated_all``): it fails only when
    neither holds (the later figure the larger). Not after 其中, nor when the first figure follows
    another of its unit in its sentence, nor where work carried over is spoken of."""
    from .stages import carried_over_at

    v = _vocabulary()
    carried = carried_over_at(d, load_stages())
    tied: PairTies | None = None  # the pairs a relation found ties: indexed when first asked
    out: list[Relation] = []
    for m in every_at(d, load_stages()):
        k = d.before(m.start()) - 1
        if k < 1:
            continue
        later, first = d.qs[k], d.qs[k - 1]
        if not v["bare_after"].fullmatch(d.s, later.end, m.start()) or d.s[first.end : later.start] not in (",", ";"):
            continue  # the figure has no words of its own, the 'all' word follows it
        if first.is_percent or later.is_percent or first.in_table or later.in_table or not first.unit \
                or later.unit != first.unit or later.sentence != first.sentence or d.in_parentheses(first):
            continue
        if "其中" in d.label(first) or any(q.unit == first.unit and not q.is_percent
                                          for q in d.in_range(first.sentence[0], first.start)):
            continue
        at = bisect.bisect_left(carried, first.sentence[0])  # (the carry-over words, in order: by bisect)
        if at < len(carried) and carried[at] < first.sentence[1]:
            continue  # "受理52件(含结转4件),56件均已办结": the work carried in is closed too
        if tied is None:  # (most 'all' words are no restatement: the index is built for the few that are)
            tied = PairTies(found)
        if (first.index, later.index) in tied:
            continue
        out.append(Relation("equal", "equal.restated_all", {"values": [first, later]},
                            readings=[{"smaller": later, "larger": first}]))
    return out
