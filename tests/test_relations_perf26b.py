"""Session 16's perf pass (bench/README.md "perf26b", issue 15): readings several families ask of a
figure again and again are made once per report, with the same answers as the plain computation.

Texts are written for these tests or drawn at random from pieces of such text.
"""

from __future__ import annotations

import dataclasses
import importlib
import itertools
import random
import re

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts
from toolkit.quantities import Quantity
from toolkit.relations.model import compatible
from toolkit.relations.scopes import words
from toolkit.relations.stages import naming
from toolkit.relations.structure import _Doc

# (the modules, not the package's functions of the same names)
bounds, distant, nested_lists, structure, sums = (importlib.import_module(f"toolkit.relations.{m}") for m in (
    "bounds", "distant", "nested_lists", "structure", "sums"))

_PIECES = ["全年", "共", "受理", "办结", "投诉", "举报", "案件", "其中", "含", "包括", "内含", "其中含", "含量",
           "、", ",", ";", ":", "。", "\n", "(", ")", "12件", "3.5%", "86人", "1,024件", "27人", "5件", "的", "持证",
           "人员", "城区", "！", "?"]


def _texts(n: int, seed: int) -> list[str]:
    return random_texts(_PIECES, n, seed)


def _plain_included(d: _Doc, q: Quantity, marker_end: int = 0) -> Quantity | None:
    """``included_in_the_part_before`` as it was: every condition tested at each ask."""
    s = d.s
    clause = max(s.rfind(c, 0, q.start) for c in ",;。\n")
    if clause < 0 or s[clause] in "。\n":
        return None
    m = words()["includes"].match(s, clause + 1)
    if m is None or s.startswith("量", m.end()) or d.in_parentheses(q):
        return None
    k = d.before(clause)
    if k == 0:
        return None
    holder = d.qs[k - 1]
    if holder.start < marker_end or holder.is_percent or not compatible(holder, q) \
            or s[holder.end : clause].strip("的") or holder.sentence != q.sentence:
        return None
    return holder


_INCLUDES = "其中持证的318人,含法制审核人员27人,包括外聘人员5人。受理86件,其中含结转5件。"


def test_included_in_the_part_before_is_the_plain_reading() -> None:
    """The holder read once per figure, the list's marker tested at each ask: the same answer as
    every condition tested afresh, for every marker position."""
    for text in [*_texts(600, 2601), _INCLUDES]:
        d = _doc(text)
        for q in d.qs:
            assert nested_lists._included_before(d, q) is _plain_included(d, q), text
            for marker_end in (0, *(p.start for p in d.qs), len(text)):
                assert nested_lists.included_in_the_part_before(d, q, marker_end) is _plain_included(d, q, marker_end), text
    d = _doc(_INCLUDES)
    assert [(q.value, h.value) for q in d.qs if (h := nested_lists.included_in_the_part_before(d, q)) is not None] \
        == [(27, 318), (5, 27), (5, 86)]  # ("其中含…" opens the list itself: read too)
    assert nested_lists.included_in_the_part_before(d, d.qs[1], d.qs[0].start + 1) is None  # (the holder before the marker)


def test_included_in_the_part_before_reads_each_figure_once(monkeypatch) -> None:
    """The breakdowns ask it of each figure for every list around it, the includes walk of every
    figure: the clause is read once per figure."""
    calls: list[int] = []
    plain = nested_lists._included_before
    monkeypatch.setattr(nested_lists, "_included_before", lambda d, q: calls.append(q.index) or plain(d, q))
    d = _doc(_INCLUDES)
    sums._breakdowns(d)
    bounds._includes(d)
    assert sorted(calls) == sorted(set(calls))


def _plain_char_positions(s: str, c: str) -> list[int]:
    out, i = [], s.find(c)
    while i >= 0:
        out.append(i)
        i = s.find(c, i + 1)
    return out


def test_mark_positions_are_the_plain_positions() -> None:
    """A character's positions (a one-character pattern's matches) are ``str.find``'s; a set's last
    one before a position is the latest ``rfind`` of its characters, listed or not yet."""
    for text in [*_texts(300, 2602), _INCLUDES, ""]:
        d = _doc(text)
        for c in ",;:。\n、()！?":
            assert list(structure._char_positions(text, c)) == _plain_char_positions(text, c)
        for chars in (",;。\n", ",;:。\n", "。！？!?\n", ";", "\n", "、"):
            for pos in range(len(text) + 1):
                assert d.last_before(chars, pos) == max(text.rfind(c, 0, pos) for c in chars), (text, chars, pos)


def test_clause_and_phrase_are_the_plain_pieces() -> None:
    """``clause`` and ``phrase`` read the kept piece without ``piece``'s call: the same text as the
    label split at its separators, asked first or after ``piece`` listed it, and for a copy."""
    for text in [*_texts(300, 2603), _INCLUDES]:
        d = _doc(text)
        for q in [*d.qs, *d.qs]:  # (the second round reads the kept pieces)
            lab = d.label(q)
            assert d.clause(q) == re.split("[,;:、。]", lab)[-1]
            assert d.phrase(q) == re.split("[,;:。]", lab)[-1]
        for q in d.qs:
            copy = dataclasses.replace(q)
            assert d.clause(copy) == re.split("[,;:、。]", d.label(copy))[-1]


_OPENERS = ["全年共", "经审查,", "截至12月31日,", "", "", "对已办结的", "其中", "依法", "一、收案情况\n"]
_VERBS = ["收到", "受理", "审结", "办结", "回访", "检查", "发现问题", "已整改", "新收"]
_OBJECTS = ["行政复议申请", "投诉", "举报", "案件", "", "信访事项"]
_AFTER = ["", "", ",同比增长9.6%", ",涉及行政处罚156件,占37.9%", "、举报42件", ",其中来信60件"]
_DISTANT = "全年共收到行政复议申请318件,同比增长9.6%。从申请事项看,涉及行政处罚156件,占37.9%。经审查,依法受理301件。截至12月31日,已审结288件。"


def _stage_texts(n: int, seed: int) -> list[str]:
    """Reports of a few sentences, each a stage of some process with its figure and an aside."""
    rng = random.Random(seed)
    return ["".join(rng.choice(_OPENERS) + rng.choice(_VERBS) + rng.choice(_OBJECTS) + f"{rng.randint(1, 400)}件"
                    + rng.choice(_AFTER) + rng.choice("。。。\n") for _ in range(rng.randint(2, 9))) for _ in range(n)]


def _plain_staged_before(d: _Doc, q: Quantity, name):
    return reversed(d.qs[max(0, q.index - distant._REACH) : q.index])


def test_distant_walk_reads_only_staged_figures(monkeypatch) -> None:
    """The walk over the figures that may open a distant funnel, and the walk back from each, read
    the figures a stage names, from the report's list of them: the same funnels as the walks over
    every figure (and over every figure in reach); a list that missed a staged figure finds others
    or none."""
    texts = [_DISTANT, *_stage_texts(1200, 2604)]

    def funnels(text: str) -> list[tuple]:
        d = _doc(text)
        found = bounds._funnels(d, [])
        return [r.signature() for r in distant.distant_funnels(d, found)]

    fast = [funnels(t) for t in texts]
    assert fast[0]  # (318 -> 301 -> 288, sentences apart)
    assert sum(map(len, fast)) >= 50  # (the texts do state distant funnels)
    for text in texts[:300]:  # the list: every figure in reach a stage names, the nearest first
        d = _doc(text)
        for q in d.qs:
            plain = [r for r in _plain_staged_before(d, q, None) if (c := naming(d, r)) is not None and c.stages]
            assert list(distant._staged_before(d, q, lambda r, d=d: naming(d, r))) == plain
        every = [q.index for q in d.qs if (c := naming(d, q)) is not None and c.stages]
        assert distant._staged(d, lambda r, d=d: naming(d, r)) == every
    indexed, staged = distant._staged_before, distant._staged
    monkeypatch.setattr(distant, "_staged_before", _plain_staged_before)
    monkeypatch.setattr(distant, "_staged", lambda d, name: range(len(d.qs)))  # (the walk over every figure)
    assert [funnels(t) for t in texts] == fast
    monkeypatch.setattr(distant, "_staged", lambda d, name: staged(d, name)[:-1])  # (the last staged figure missed)
    assert [funnels(t) for t in texts] != fast
    monkeypatch.setattr(distant, "_staged", staged)
    # (and the comparison sees a list that misses a figure: the nearest staged one left out)
    monkeypatch.setattr(distant, "_staged_before", lambda d, q, name: itertools.islice(indexed(d, q, name), 1, None))
    assert [funnels(t) for t in texts] != fast


def test_funnels_split_only_labels_that_may_open_with_besides(monkeypatch) -> None:
    """A figure whose label holds none of the characters a ``besides`` word needs (另, 此, 还) is no
    set beside the ones before: its label's last piece is not split to be matched -- the same funnels
    as matching every named figure's last piece."""
    besides = bounds._besides()
    assert besides is not None
    pieces = ["另有", "此外,", "还有", "另行", "另案", "另外", "其中", *_OPENERS]
    rng = random.Random(2605)
    texts = ["受理投诉120件,办结100件;另有20件正在办理。", *("".join(
        rng.choice(pieces) + rng.choice(_VERBS) + rng.choice(_OBJECTS) + f"{rng.randint(1, 400)}件" + rng.choice(",;。")
        for _ in range(rng.randint(2, 8))) for _ in range(800))]
    for text in texts[:200]:
        d = _doc(text)
        for q in d.qs:
            lab = d.label(q)
            if bounds.lacks(besides, lab):
                assert besides.match(re.split(r"[,;:、。()!?\n|]", lab)[-1]) is None, lab
    fast = [[r.signature() for r in bounds._funnels(_doc(t), [])] for t in texts]
    monkeypatch.setattr(bounds, "lacks", lambda pattern, text: False)  # (every named figure's piece matched)
    assert [[r.signature() for r in bounds._funnels(_doc(t), [])] for t in texts] == fast
    assert fast[0] == [("bound", (("larger", 0), ("smaller", 1)))]  # (the 20 beside them: no stage of the 120)
    monkeypatch.setattr(bounds, "lacks", lambda pattern, text: True)  # (a gate that let nothing through)
    assert [[r.signature() for r in bounds._funnels(_doc(t), [])] for t in texts] != fast


def test_rule_reads_is_kept_per_rule_and_figures(monkeypatch) -> None:
    """The funnels and the catalog rules ask whether a catalog bound reads over the same figures: the
    answer is read once per report, rule and figures -- another rule, other figures, figures in
    other roles or a copy of a figure are read afresh."""
    from toolkit.relations import catalog_rules

    calls: list[tuple] = []

    def fake(d, r, roles):
        calls.append((r["id"], tuple((k, v.value) for k, v in roles.items())))
        return r["id"] == "a" and roles["smaller"].value < roles["larger"].value

    monkeypatch.setattr(catalog_rules, "_rule_reads", fake)
    d = _doc("受理投诉120件,办结100件,回访80件。")
    a, b = {"id": "a", "kind": "bound"}, {"id": "b", "kind": "bound"}
    q120, q100, q80 = d.qs
    asks = [(a, q100, q120), (a, q100, q120), (b, q100, q120), (a, q120, q100), (a, q80, q120), (a, q80, q120)]
    answers = [catalog_rules.rule_reads(d, r, {"smaller": small, "larger": large}) for r, small, large in asks]
    assert answers == [True, True, False, False, True, True]
    assert len(calls) == 4  # (each distinct ask once)
    copy = dataclasses.replace(q100)
    assert catalog_rules.rule_reads(d, a, {"smaller": copy, "larger": q120}) is True
    assert len(calls) == 5  # (a copy of a figure: read afresh)
    assert catalog_rules.rule_reads(_doc("受理投诉120件,办结100件,回访80件。"), a, {"smaller": q100, "larger": q120})
    assert len(calls) == 6  # (another report: its own answers)
