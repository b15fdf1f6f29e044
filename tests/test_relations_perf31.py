"""Session 21's speed changes (perf31) give the answers of the plain computations they replace."""

from __future__ import annotations

import random

from toolkit.relations.restated_prose import _TOP, _tops


def test_tops_are_the_heading_scans_starts() -> None:
    # The text's start (``^``) and every line end open a top-level heading; the scan from line end to
    # line end finds the same places as the pattern tried at every character.
    rng = random.Random(31)
    pieces = ["\n", " ", "\t", "\u3000", "#", "*", "一", "二", "十", "、", "第", "章", "节", "部分", "工作", "情况"]
    texts = ["", "一、总体情况\n二、工作\n第三章 其他", "\n一、甲\n  二、乙", "#一、甲", "十一十、x\n\n三、"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    for s in texts:
        assert _tops(s) == [m.start() for m in _TOP.finditer(s)], s


def test_a_pattern_the_engine_skips_to_by_itself_is_not_gated() -> None:
    # A first literal or set of first words lets the engine skip to each place a match can start; a
    # look-ahead first would hide it and have every character tried.
    import re

    from toolkit.relations.vocab import gated

    for text in ("均(?<![平人]均)|全部|全数", "其中[,:]?", "[按从以](?:类别|性质)分"):
        pattern = re.compile(text)
        assert gated(pattern) is pattern
    assert gated(re.compile("(?:已)?办结|(?:裁定)?准予")).pattern.startswith("(?=[")  # still gated


def test_every_word_reads_as_before() -> None:
    # stages.yaml's `every` opens with 均 and looks behind it, where it looked behind first: the same
    # matches at every start.
    import re

    from toolkit.relations.stages import load_stages

    before = re.compile("(?<![平人])均|全部|全数|一律|逐件|逐一|一一|全都")
    now = load_stages().every
    assert not now.pattern.startswith("(?"), now.pattern  # (no look-around first: the engine skips to each word)
    rng = random.Random(21)
    chars = list("平人均全部数一律逐件都他 ")
    for _ in range(4000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        for a in range(len(s) + 1):
            assert [m.span() for m in before.finditer(s, a)] == [m.span() for m in now.finditer(s, a)], s


def test_review_openers_are_read_where_jing_stands() -> None:
    # "经审查," opens a list of a review's outcomes: every match opens with 经, so the pattern is tried
    # only where one stands, with the same openers found.
    from toolkit.relations import classified

    calls: list[int] = []
    review = classified._review()

    class Counting:
        pattern = review.pattern

        def match(self, s: str, pos: int = 0):
            calls.append(pos)
            return review.match(s, pos)

        def finditer(self, s: str):
            calls.extend(range(len(s)))
            return review.finditer(s)

    text = "本年度共收到申请120件,经审查,予以公开80件,不予公开20件,其他处理20件。"
    saved = classified._review
    classified._review = lambda: Counting()  # type: ignore[assignment]
    try:
        found = classified._openers(text)
    finally:
        classified._review = saved
    assert (text.index("经"), text.index("经审查") + 3, "") in found
    assert calls == [text.index("经")]


def test_carry_over_words_read_as_before() -> None:
    # stages.yaml's `carry_over` has each alternative open with a character (a group of first words
    # written out), so the engine skips between them over a report: the same matches at every start.
    import re

    from toolkit.relations.stages import load_stages

    before = re.compile(
        r"(?:上年|去年|往年|上一年度?)结转|(?:结|结案|审结|办结)(?:上年|去年|往年|以前年度)|(?:上年|去年)度?(?:立案|受理|收案)"
        r"(?=[^,;。]{0,6}(?:结案|审结|办结))|为(?:上年|去年|往年|上一年度?|以前年度|\d{4}年)(?:度)?(?:立案|受理|收案|新收|收到|"
        r"登记|交办|转办)|含[^,;。]{0,8}转入|(?:上月|上期|上季度|上年|去年|往年)[^,;。]{0,4}转入|结转(?!下年|至下|到下|至明年)|积存|"
        r"积案|旧存|存案|(?:上年|上一年|去年|往年|历年|以前年度)度?未结|含[^,;。]{0,4}未结|累计|历年|往年|以前年度|跨年|含上|"
        r"上年度?(?:未|遗留|剩余)|存量|此前|简易程序|当场(?:处罚|作出|罚款|收缴)|超编|超出编制")
    now = load_stages().carry_over
    assert not now.pattern.startswith("(?"), now.pattern[:20]
    chars = sorted({c for c in before.pattern if "\u4e00" <= c <= "\u9fff"}) + list(",;。12年 ")
    rng = random.Random(12)
    for _ in range(6000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        for a in range(len(s) + 1):
            assert [m.span() for m in before.finditer(s, a)] == [m.span() for m in now.finditer(s, a)], s
