"""Session 25's perf pass (bench/README.md "perf35", issue 15): per-figure regex tests of a label (or a piece
of it) are skipped when the string cannot hold a match, by a one-character test in C (a failing search is
~1,500-2,400 instructions, an ``in`` test ~360). Each test is checked to hold for every match on random strings.
"""

from __future__ import annotations

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
targets = importlib.import_module("toolkit.relations.targets")

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


def _named_after_plain(d, t, words):
    """``targets._named_after`` as it was: the setter's words taken out before either reading is tried."""
    marks = targets._marks()
    after = d.after(t, 16)
    lead = targets._SETTER.sub("", (words + targets._PREFIX.match(t.printed).group()).strip())
    if marks["named_after"].match(after) is None and not (marks["kept"].match(lead) and targets._WITHIN.match(after)):
        return None
    sides = {side for side, pre, _ in targets._comparators() if pre.search(lead)}
    return ("", sides.pop()) if len(sides) == 1 else None


def test_a_target_named_after_reads_as_before() -> None:
    """``_named_after`` tries its two readings on the words after the figure before it strips the clause."""
    pieces = [*_PIECES, "高于", "低于", "超过", "控制在", "以内", "以下", "的目标", "目标", "指标", "下达的", "计划", "任务", "左右"]
    read = 0
    for text in random_texts(pieces, 600, 3506):
        d = _doc(text)
        for t in d.qs:
            words = d.s[d.seg_start(t.start) : t.start]
            got = targets._named_after(d, t, words)
            assert got == _named_after_plain(d, t, words), text
            read += got is not None
    assert read
