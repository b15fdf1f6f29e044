"""Session 16's perf pass (bench/README.md "perf26b", issue 15): readings several families ask of a
figure again and again are made once per report, with the same answers as the plain computation.

Texts are written for these tests or drawn at random from pieces of such text.
"""

from __future__ import annotations

import importlib
import random

from toolkit.normalize import Text
from toolkit.quantities import Quantity, find_quantities
from toolkit.relations.model import compatible
from toolkit.relations.scopes import words
from toolkit.relations.structure import _Doc

# (the modules, not the package's functions of the same names)
bounds, nested_lists, structure, sums = (importlib.import_module(f"toolkit.relations.{m}") for m in (
    "bounds", "nested_lists", "structure", "sums"))

_PIECES = ["全年", "共", "受理", "办结", "投诉", "举报", "案件", "其中", "含", "包括", "内含", "其中含", "含量",
           "、", ",", ";", ":", "。", "\n", "(", ")", "12件", "3.5%", "86人", "1,024件", "27人", "5件", "的", "持证",
           "人员", "城区", "！", "?"]


def _doc(s: str) -> _Doc:
    text = Text(s, list(range(len(s))), s)
    return _Doc(text, find_quantities(text), [])


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 60))) for _ in range(n)]


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
