"""The shortcuts of session 11's perf pass (bench/README.md, issue 15) give the plain answers.

Each is compared with the computation it replaces, on texts written for these tests or drawn at
random from pieces of such text: the classification openers tried only where one can start.
"""

from __future__ import annotations

import random

# The openers as they were before any look-ahead: tests/test_perf_indexes.py's plain copy.
from tests.test_perf_indexes import _OPENER_PLAIN

_OPENER_PIECES = ["按", "按照", "从", "以", "依据", "就", "分", "划分为", "类型", "来看", "看", "分为", "统计",
                  "情况", "而言", "渠道", "区域", "案件", "受理", "办理", "结果", "如下", "评定", "为", "、", ",",
                  ":", "。", ";", "\n", "12", "件", "(二)", "一、", "3.", " ", "\t"]


def test_the_openers_tried_where_one_can_start_are_the_plain_patterns_matches() -> None:
    """``_openers`` tries the pattern only at ``_opener_starts`` (first characters, line starts, a
    result's words after a stop): the same matches, groups included, as a scan of every position."""
    from toolkit.relations.classified import _OPENER, _opener_starts, _openers

    rng = random.Random(20)
    texts = ["".join(rng.choice(_OPENER_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(5000)]
    texts += ["案件办理结果如下:\n维持12件。", "\n处理结果:", "。审查结果为:合格", "一、案件类型。劳动争议",
              "结案方式:\n调解", "受理300件,分为三类:", "按案件类型,民事案件812件", "结果:", "\n\n"]
    for text in texts:
        plain = list(_OPENER_PLAIN.finditer(text))
        assert [(m.span(), m.groupdict()) for m in _OPENER.finditer(text)] == [(m.span(), m.groupdict()) for m in plain]
        got = [(a, b) for a, b, _ in _openers(text)]
        review_free = [m.span() for m in plain]
        assert [x for x in got if x in review_free] == review_free, text  # (``_openers`` adds reviews)
        starts = set(_opener_starts(text))
        assert all(m.start() in starts for m in plain), text


def _random_texts(pieces: list[str], n: int, seed: int, longest: int = 24) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_each_character_gate_is_held_by_every_match_of_its_pattern() -> None:
    """A gate tried before a pattern (the negated rests' 未/没, the counted names' 两类, the asides'
    ( and 均) is in every match: a text without it has no match, so skipping it changes nothing."""
    from toolkit.relations.added import _NEGATED, _NEGATION_CHARS
    from toolkit.relations.named_closings import _COUNTED_KINDS, _NAMES_COUNTED
    from toolkit.relations.scopes import _NOT_OF_THE_FIGURE

    pieces = ["未", "没有", "没", "能", "被", "调解", "成功", "的", "其余", "另有", "仍", "两", "三", "类", "项", "种",
              "确认违法", "撤销", "、", ",", ";", ":", "(", ")", "含", "均", "为", "已", "直接纠错", "案件", "共"]
    for text in _random_texts(pieces, 6000, 21):
        if _NEGATION_CHARS.search(text) is None:
            assert _NEGATED.match(text) is None, text
        if _COUNTED_KINDS.search(text) is None:
            assert _NAMES_COUNTED.search(text) is None, text
        if "(" not in text and "均" not in text:
            assert _NOT_OF_THE_FIGURE.sub("", text) == text, text


def test_a_stage_words_negation_searched_up_to_it_is_the_search_of_the_slice() -> None:
    """``_stage_in`` asks the negation words of the text before each stage word by ``endpos``,
    not by a slice: the same answer, look-aheads at the end included."""
    from toolkit.relations.stages import load_stages

    neg = load_stages().negation
    pieces = ["不", "未", "予", "受理", "合格", "通过", "免", "办结", "拒绝", "关于", "的", ",", "件", "1"]
    for text in _random_texts(pieces, 4000, 22):
        for k in range(len(text) + 1):
            assert (neg.search(text, 0, k) is None) == (neg.search(text[:k]) is None), (text, k)


def test_the_rules_skipped_for_a_metric_not_found_are_those_the_walk_over_roles_skips() -> None:
    """``_catalog_rules`` skips a rule naming a metric the report lacks by one set test: the same
    rules as the walk over its roles, one metric missing or none."""
    from toolkit.relations.catalog_rules import _MANY, _ONE, _needs, load_rules

    rules = load_rules()
    keys = sorted({k for needs in _needs(rules) for k in needs})
    rng = random.Random(23)
    for _ in range(300):
        found = frozenset(k for k in keys if rng.random() < 0.8)
        for r, needs in zip(rules, _needs(rules), strict=True):
            walked = all(r[role] in found for role in _ONE if role in r) and all(
                k in found for role in _MANY if role in r for k in r[role])
            assert (needs <= found) == walked, r.get("id")


def test_a_process_unsaid_in_all_the_words_is_unsaid_in_the_piece_that_is_all_of_them() -> None:
    """``_naming`` asks no process of the label (or of the words after the figure) when none of its
    words occurs in label + words after and that piece is all of them: no word of the process can
    occur there then, whatever it reads past its match. Checked with the vocabulary's own rows."""
    from toolkit.relations.stages import load_stages

    v = load_stages()
    pieces = ["受理", "办理", "完毕", "办结", "不予", "申请", "复议", "立案", "整改", "到位", "回访", "满意", "投诉",
              "举报", "率", "检查", "发现", "已", "依法", "对", "的", "件", "全市", "本级", "调解", "成功"]
    asked = 0
    for words in _random_texts(pieces, 3000, 24, longest=6):
        for _pid, _b, _a, any_before, any_after, any_word, _w, _g in v.by_process:
            if any_word is None or any_word(words):
                continue
            asked += 1
            assert any_before is None or not any_before(words), (words, _pid)  # (no words after: lab is words)
            assert any_after is None or not any_after(words), (words, _pid)  # (no label: aft is words)
    assert asked > 10000


def test_a_rate_per_n_gated_by_its_characters_is_the_plain_reading() -> None:
    from toolkit.relations.roles import _PER_N

    pieces = ["每", "千", "万", "百", "十万", "人", "口", "/", "检查", "发现", "家次", ",", "。", "率", "1", "为"]
    for lab in _random_texts(pieces, 5000, 25, longest=12):
        assert bool(("每" in lab or "/" in lab) and _PER_N.search(lab)) == bool(_PER_N.search(lab)), lab


def test_a_measure_searched_from_six_before_its_first_noun_is_the_plain_search() -> None:
    """``_measure_in`` starts the search of a measure name at most 6 characters before the first
    measure noun: the same match (span and groups) as searching the whole piece."""
    from toolkit.relations.roles import _MEASURE, _measure_in

    pieces = ["事故", "起数", "死亡", "人数", "件数", "数量", "金额", "总", "额", "量", "批次", "人次", "家次", "户",
              "同比", "分别", "下降", "受理", "案件", "1", "a", ",", "的"]
    for piece in _random_texts(pieces, 6000, 26, longest=16):
        want, got = _MEASURE.search(piece), _measure_in(piece)
        assert (want is None) == (got is None), piece
        if want is not None:
            assert (want.span(), want.groups()) == (got.span(), got.groups()), piece


def test_the_all_words_found_once_per_document_are_the_scan_of_its_text() -> None:
    """``every_at`` lists the 'all' words once per document: the matches of a scan of the text,
    the same list however many families ask (read-only)."""
    from toolkit.normalize import Text
    from toolkit.quantities import find_quantities
    from toolkit.relations.stages import every_at, load_stages
    from toolkit.relations.structure import _Doc

    # written for this test: 'all' words after figures, in a list and alone
    s = ("受理投诉86件,均已办结;收到建议40条,全部予以采纳。\n"
         "检查企业120家,发现问题的31家已全数整改,人均培训2次,逐件核查整改结果,一律公开。")
    d = _Doc(Text(s, list(range(len(s))), s), find_quantities(Text(s, list(range(len(s))), s)), [])
    v = load_stages()
    found = every_at(d, v)
    assert [(m.span(), m.group()) for m in found] == [(m.span(), m.group()) for m in v.every.finditer(s)]
    assert len(found) >= 4 and every_at(d, v) is found
