"""Session 25's perf pass (bench/README.md "perf35", issue 15): per-figure regex tests of a label (or a piece
of it) are skipped when the label cannot hold a match -- by a one-character test in C, or by the label's
characters, kept once per report by the label index (``label_set``, ``label_lacks``). Each shortcut is
checked against the plain test on random texts, and the naming of every figure with the gates against the
naming without them.
"""

from __future__ import annotations

import dataclasses
import importlib

import pytest

from tests.helpers import engine_doc as _doc
from tests.helpers import random_texts

label_index = importlib.import_module("toolkit.relations.label_index")
stages = importlib.import_module("toolkit.relations.stages")
roles = importlib.import_module("toolkit.relations.roles")
derived = importlib.import_module("toolkit.relations.derived")
scopes = importlib.import_module("toolkit.relations.scopes")
bounds = importlib.import_module("toolkit.relations.bounds")
parallel = importlib.import_module("toolkit.relations.parallel")
items = importlib.import_module("toolkit.relations.items")
nested_lists = importlib.import_module("toolkit.relations.nested_lists")
closings = importlib.import_module("toolkit.relations.closings")
vocab = importlib.import_module("toolkit.relations.vocab")

_WORDS = ["由", "从", "上年", "去年", "年", "2023年", "与", "同", "的", "、", "和", "及", ",", ";", ":", "/", "10万", "每万人",
          "增加", "减少", "增长", "多", "少", "了", "比", "较", "同比", "占", "为", "是", "达到", "完成", "分别", "分别为", "在",
          "低于", "不足", "不到", "效率的", "共", "合计", "共计", "其他", "剩余", "非", "除", "受理", "办结", "案件", "问题",
          "全市", "本级", "区级", "1-6月", "上半年", "一季度", "全年", "截至年底", "不予", "未", "相比", "(", ")", "优秀",
          "合格", "重大", "男", "女", "及以上"]
_FIGURES = ["12件", "3.5%", "86家", "1,024件", "7个", "45人", "2.3亿元", "18起"]
_PIECES = _WORDS + _FIGURES + ["。", "\n"]


def _strings(n: int, seed: int) -> list[str]:
    return random_texts(_WORDS, n, seed, longest=8)


# (pattern, how the gate reads it, the gate): "any" -- every match holds one of the characters; "word" -- every
# match holds the word; "first"/"last" -- a match of the whole string from its start (match, fullmatch) opens
# with one of them, a match up to its end ($) ends with one.
_GATES = [
    (roles._FROM, "any", "由从"),
    (roles._LAST_YEAR_VERB, "any", "年"),
    (roles._NEXT_VERB, "first", "、,和及"),
    (roles._COMPARED_WITH, "any", "的"),
    (roles._PER_N_AFTER, "first", "/"),
    (roles._DELTA_LABEL, "last", roles._DELTA_ENDS),
    (derived._DIFFERENCE, "any", "比较"),
    (derived._COMPARED, "any", "比较"),
    (derived._SHARE_BASE, "any", "占"),
    (derived._BRACKETED_SHARE_BASE, "any", "占"),
    (derived._MEASURED_BY, "any", ",;"),
    (bounds._RESPECTIVELY, "word", "分别"),
    (parallel._ITEM, "first", "、"),
    (items._ITEM_LABEL, "first", "、"),
    (nested_lists._NOT_A_KIND, "first", nested_lists._NOT_A_KIND_FIRST),
    (scopes._THRESHOLD, "last", "在于足到"),
    (scopes._TOPIC_RATE, "word", "率的"),
    (scopes._COUNTED_TOTAL, "any", "共计"),
    (closings._JOINED_MEASURE, "first", "、和及"),
]


@pytest.mark.parametrize(("pattern", "how", "gate"), _GATES, ids=[p.pattern[:24] for p, _, _ in _GATES])
def test_each_gate_holds_for_every_match(pattern, how, gate) -> None:
    """The test before each search is met by every string the search (or match) finds a match in."""
    for s in _strings(3000, 3501):
        if how in ("any", "word"):
            m = pattern.search(s)
            if m is not None:
                assert (gate in m.group()) if how == "word" else any(c in m.group() for c in gate), (pattern, s)
        elif how == "first":
            for m in (pattern.match(s), pattern.fullmatch(s)):
                if m is not None:
                    assert s[:1] in gate and s[:1], (pattern, s)
        else:
            m = pattern.search(s)
            if m is not None and m.end() == len(s):  # (a label holds no line end: ``$`` is its end)
                assert s[-1:] in gate and s[-1:], (pattern, s)
            assert "\n" in s or m is None or m.end() == len(s), (pattern, s)


def test_a_gate_that_misses_a_match_is_seen() -> None:
    """(the comparison above sees a gate too narrow: 比 alone for _DIFFERENCE)"""
    missed = [s for s in _strings(3000, 3501) if (m := derived._DIFFERENCE.search(s)) and "比" not in m.group()]
    assert missed


def test_a_negation_word_holds_a_character() -> None:
    """``_stage_in`` searches no negation before a stage word opening its text: none stands in an empty span."""
    v = stages.load_stages()
    for s in _strings(300, 3502):
        assert v.negation.search(s, 0, 0) is None


def test_the_label_set_is_the_labels_characters() -> None:
    for text in random_texts(_PIECES, 300, 3503):
        d = _doc(text)
        for q in d.qs:
            assert label_index.label_set(d, q) == frozenset(d.label(q)), text
            assert label_index.label_set(d, dataclasses.replace(q)) is None  # (a copy: no set kept)


def test_label_lacks_is_lacks_of_the_label() -> None:
    v = stages.load_stages()
    patterns = [v.qualifiers, roles._PREVIOUS, scopes.words()["not_additive"], derived._DIFFERENCE, roles._FROM]
    for text in random_texts(_PIECES, 300, 3504):
        d = _doc(text)
        for q in d.qs:
            for p in patterns:
                assert label_index.label_lacks(d, q, p) == vocab.lacks(p, d.label(q)), (text, p.pattern)
                assert label_index.label_lacks(d, dataclasses.replace(q), p) == vocab.lacks(p, d.label(q))


def _named(n) -> tuple | None:
    return None if n is None else (dict(n.stages), n.scope, n.place, n.words, n.mentions, n.period, n.rest)


def test_naming_with_the_label_gates_is_naming_without(monkeypatch) -> None:
    """Every figure's naming (stages, level, period and the rest of its words) is the same when the level
    and period patterns are searched in every label."""
    v = stages.load_stages()
    assert stages._label_gates(v) is not None  # (the vocabulary's five patterns each have a gate)
    texts = random_texts(_PIECES, 400, 3505)
    gated = [[_named(stages._naming(d, q, v)) for q in d.qs] for d in map(_doc, texts)]
    monkeypatch.setattr(stages, "_label_gates", lambda v: None)
    plain = [[_named(stages._naming(d, q, v)) for q in d.qs] for d in map(_doc, texts)]
    assert gated == plain
    assert any(n is not None and (n[1] or n[5]) for ns in plain for n in ns)  # (levels and periods were read)
