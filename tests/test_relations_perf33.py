"""Session 23's speed changes (perf33) give the answers of the plain computations they replace."""

from __future__ import annotations

import random
import re

from toolkit.normalize import Text
from toolkit.relations.label_index import in_no_words
from toolkit.relations.structure import _Doc

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def _doc(s: str) -> _Doc:
    return _Doc(Text(s, list(range(len(s))), s), [], [])


def test_chinese_holds_every_stripped_piece() -> None:
    # A piece of the text with its other characters taken out (a figure's words) is a run of the
    # text's Chinese characters: a plain word found in no run of them is found in no piece.
    rng = random.Random(33)
    chars = list("上年结转办结中,。;:()12 \n件")
    for _ in range(300):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        d = _doc(s)
        assert d.chinese() == _NOT_CJK.sub("", s)
        for a in range(len(s) + 1):
            for b in range(a, len(s) + 1):
                assert _NOT_CJK.sub("", s[a:b]) in d.chinese()


def test_a_plain_word_nowhere_in_the_chinese_is_in_no_figure_words() -> None:
    d = _doc("收到申请12件,办结10件。")
    assert in_no_words(d, re.compile("上年结转|旧存"), re.compile("结转下年"))
    assert not in_no_words(d, re.compile("上年结转"), re.compile("办结"))  # one of them occurs
    # "上年(2023年)结转": the words run together once the year's digits go
    assert not in_no_words(_doc("上年(2023年)结转2件。"), re.compile("年结转"))


def test_a_word_that_looks_past_its_match_is_not_ruled_out() -> None:
    # A look-around or an anchor may match in a piece and not in the whole: nothing is claimed.
    d = _doc("收到申请12件,办结10件。")
    for text in ("件$", "^办结", "(?<!收)到", "受理(?!中)", r"\b件"):
        assert not in_no_words(d, re.compile(text))


def test_gated_patterns_read_as_before() -> None:
    # The patterns gated this session find the same matches, at every start, as the words they were.
    import importlib

    names = [("closings", "_THE_REST"), ("closings", "_RECEIVED"), ("scopes", "_LINKING"), ("scopes", "_WRAP"),
             ("ref_years", "_PART_OF_YEAR"), ("completeness", "_SUB_PERIOD"), ("roles", "_PCT_LABEL"),
             ("adjacent", "_OPENERS"), ("closing_lines", "_TOTAL_LINE"), ("to_date", "_PERIODS")]
    gated_now = [getattr(importlib.import_module(f"toolkit.relations.{m}"), n) for m, n in names]
    rng = random.Random(23)
    chars = list("其余他另有外剩受理收到应需办结审为是达共计合约近\n一二三四季度上下半年月份12-至以述类项总数:中从按包括分别初高增长下降了率%, ")
    for now in gated_now:
        assert now.pattern.startswith("(?=["), now.pattern  # (tried only where a match can start)
        before = re.compile(now.pattern[now.pattern.index("])(?:") + 5 : -1])
        for _ in range(600):
            s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
            for a in range(len(s) + 1):
                assert [m.span() for m in before.finditer(s, a)] == [m.span() for m in now.finditer(s, a)], s
                x, y = before.match(s, a), now.match(s, a)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), s


def test_restated_prose_words_are_gated() -> None:
    from toolkit.relations.restated_prose import _vocab

    v = _vocab()
    assert v["stop"].pattern.startswith("(?=[") and v["period"].pattern.startswith("(?=[")
