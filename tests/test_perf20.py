"""The shortcuts of session 11's perf pass (bench/README.md, issue 15) give the plain answers.

Each is compared with the computation it replaces, on texts written for these tests or drawn at
random from pieces of such text: the classification openers tried only where one can start.
"""

from __future__ import annotations

import random
import re

# The openers as they were before any look-ahead (tests/test_perf_indexes.py keeps the same copy).
_OPENER_PLAIN = re.compile(
    r"(?:按照|按|从|以|依照|依据|依)(?P<a>[^,;:。!?\d\n]{1,12}?)"
    r"(?:来分|划分为|划分|分类|区分|归类|分组|分布|分为|分成|分|统计|来看|上看|方面看|角度看|看|分析)"
    r"(?:\([^()\d,;:。!?\n]{1,10}\))?(?=[,:\n])"
    r"|分(?P<b>[\u4e00-\u9fff]{1,6}?)(?:来看|看|统计|情况)(?=[,:\n])"
    r"|就(?P<c>[^,;:。!?\d\n]{1,12}?)(?:而言|来说|来看|看)(?=[,:\n])"
    r"|(?<![^\n])[ \t]*(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|\d+[.、])"
    r"(?P<d>[\u4e00-\u9fff]{0,8}(?:类型|类别|构成|分布|来源|渠道|结构|领域|形式|方式|途径))[。:](?=[^\n])"
    r"|(?<![^\n])[ \t]*(?P<e>[\u4e00-\u9fff]{0,8}(?:类型|类别|构成|分布|来源|渠道|结构|领域|方式|形式|途径|性质))[:][ \t]*(?=\n)"
    r"|(?<=[,:件项人起次个家户])(?:划分为|分为|分成)(?:[一二三四五六七八九十两\d]+(?:类|种|个方面|部分))?"
    r"|(?<=[。,;\n])(?P<f>[\u4e00-\u9fff]{2,6}结果)(?:为|是|如下)?:"
    r"|按照?(?P<g>[\u4e00-\u9fff]{0,8}(?:类型|类别|领域|区域|层级|来源|渠道|方式|性质|行业))(?=,)")

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
