"""The speed-ups of the relations engine give the plain computation's answers.

``vocab.gated`` puts a look-ahead for a pattern's possible first characters in front of it: the
matches must be those of the pattern itself, on the stage vocabulary and on random strings over the
characters the patterns use. ``_Doc`` lists positions and labels once: they must be those the plain
scans give.
"""

from __future__ import annotations

import random
import re

import pytest

from toolkit.normalize import Text
from toolkit.quantities import find_quantities
from toolkit.relations.stages import load_stages
from toolkit.relations.structure import SEG_END, SENT_END, _Doc
from toolkit.relations.vocab import _skipped_to, _sre_parse, gated

PATTERNS = [
    r"已?办结|收到|(?:裁定)?准予执行",
    r"(?<![平人])均|全部|一律",
    r"出具.{0,4}答复(?:书|告知书)?|持有.{0,6}证件?",
    r"(?:[区市县](?:政府)?)?本级|[省市县区](?:级|直)(?:部门|单位)?(?!以上|以下)",
    r"已?(?:向社会)?公开(?:发布|并(?:逐件|逐一)?解读)?$",
    r"\b(?:ab|c)+d|x*y",
    r"[a-c]x|(?:y)?z",
    r"\d{1,2}\s*[-—~至]\s*\d{1,2}月|[一二三四1-4]季度|上半年",
    r"[\]^\\-]x|\s+y",
]


def _alphabet(patterns: list[str]) -> str:
    chars = {c for p in patterns for c in p if c.isalnum()} | set(",。()\n ]^\\-\t")
    return "".join(sorted(chars))


def _spans(p: re.Pattern, s: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(s)]


@pytest.mark.parametrize("source", PATTERNS)
def test_a_gated_pattern_matches_where_the_pattern_does(source: str) -> None:
    plain = re.compile(source)
    fast = gated(plain)
    # each of these starts with a known character: gated, unless the engine skips to those by itself
    # (every alternative opening with a literal: "出具…|持有…", left as it is)
    assert fast.pattern != source or _skipped_to(_sre_parse.parse(source))
    rng = random.Random(source)
    alphabet = _alphabet(PATTERNS)
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _spans(fast, s) == _spans(plain, s), s
        assert fast.sub("_", s) == plain.sub("_", s)
        for pos in range(len(s) + 1):
            a, b = plain.match(s, pos), fast.match(s, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("source", [r"a|", r".{0,2}x", r"[^a]b", r"(?i:a)b", r"x?", r"(a?)\1b"])
def test_patterns_that_may_start_anywhere_are_left_alone(source: str) -> None:
    """Empty matches, any character, negated sets, categories, case-insensitive groups."""
    assert gated(re.compile(source)).pattern == source


def test_the_stage_vocabulary_finds_the_same_words() -> None:
    v = load_stages()
    words = [p.pattern for p in v.stage_words]
    plain = re.compile("|".join(f"(?:{w})" for w in words))
    rng = random.Random(7)
    pieces = ["收到", "受理", "办结", "已", "不予", "出具", "书面", "答复书", "整改", "完成", "执法人员",
              "持有", "证件", "区本级", "全区", "公开", "并解读", "共", "件", ",", "。"]
    for _ in range(2000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert _spans(v.any_stage, s) == _spans(plain, s), s


def test_positions_and_labels_are_those_of_the_plain_scans() -> None:
    s = "全年收到申请120件;办结115件!其中,当场答复(含转办)40件?\n二、下一步\n立案25件,结案20件。"
    text = Text(s, list(range(len(s))), s)
    qs = find_quantities(text)
    d = _Doc(text, qs, [])
    assert list(d._seg_bounds) == [i for i, ch in enumerate(s) if ch in SEG_END]
    assert list(d._sent_bounds) == [i for i, ch in enumerate(s) if ch in SENT_END]
    for pos in range(len(s) + 1):
        assert d.last_before("(;", pos) == max(s.rfind("(", 0, pos), s.rfind(";", 0, pos))
    for q in qs:
        start = max((i + 1 for i, ch in enumerate(s[: q.start]) if ch in SEG_END), default=0)
        if q.index and qs[q.index - 1].end > start:
            start = qs[q.index - 1].end
        assert d.label(q) == s[start : q.start]
        inside = s[q.sentence[0] : q.start].count("(") > s[q.sentence[0] : q.start].count(")")
        assert d.in_parentheses(q) == inside


def test_a_figure_not_of_the_document_gets_its_label_computed() -> None:
    """A copy of a figure (a family may build one) is not the listed figure: its label and aside
    are read from its own position, never taken from the lists."""
    import dataclasses

    s = "收到申请120件(含转办8件),办结115件。"
    text = Text(s, list(range(len(s))), s)
    qs = find_quantities(text)
    d = _Doc(text, qs, [])
    assert [d.in_parentheses(q) for q in qs] == [False, True, False]
    moved = dataclasses.replace(qs[2], start=qs[2].start - 2)
    assert d.label(moved) == s[qs[1].end : moved.start]
    copy = dataclasses.replace(qs[0], start=qs[0].start - 2)
    assert d.label(copy) == s[: copy.start]
    inside = dataclasses.replace(qs[2], start=s.index("转办") + 2)
    assert d.in_parentheses(inside) and not d.in_parentheses(qs[2])


def test_a_per_figure_answer_is_computed_once_and_only_for_the_listed_figure() -> None:
    import dataclasses

    s = "收到申请120件,办结115件。"
    text = Text(s, list(range(len(s))), s)
    qs = find_quantities(text)
    d = _Doc(text, qs, [])
    asked: list[int] = []

    def answer(q):
        asked.append(q.start)
        return q.start * 2

    assert [d.per_figure("twice", q, answer) for q in qs * 3] == [q.start * 2 for q in qs] * 3
    assert asked == [q.start for q in qs]
    copy = dataclasses.replace(qs[0], start=1)
    assert d.per_figure("twice", copy, answer) == 2 and d.per_figure("twice", copy, answer) == 2
    assert asked[-2:] == [1, 1]


def _plain_sentence_walk(d: _Doc) -> list[tuple[int, int, list]]:
    out, pos = [], 0
    while pos < len(d.s):
        end = d.next_end(pos, SENT_END)
        figs = d.in_range(pos, end)
        if figs:
            out.append((pos, end, figs))
        pos = end + 1
    return out


@pytest.mark.parametrize("s", [
    "收到申请120件,办结115件。\n\n二、工作情况\n全年立案25件;结案20件!其中简易程序3件?没有数字。",
    "共12件",
    "。。12件。\n\n\n13件",
    "一、概况\n受理投诉97件,办结95件。受理举报30件,办结28件。同比增长5.1%。\n",
])
def test_the_sentences_with_figures_are_those_of_the_plain_walk(s: str) -> None:
    text = Text(s, list(range(len(s))), s)
    d = _Doc(text, find_quantities(text), [])
    assert d.figure_sentences() == _plain_sentence_walk(d)


def test_the_sentences_with_figures_on_random_texts() -> None:
    rng = random.Random(11)
    pieces = ["收到", "12件", "3.5%", ",", "。", "\n", ";", "!", "?", "办结", "(含2件)", "共", "7人", " "]
    for _ in range(300):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        text = Text(s, list(range(len(s))), s)
        d = _Doc(text, find_quantities(text), [])
        assert d.figure_sentences() == _plain_sentence_walk(d), s
