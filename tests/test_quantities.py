"""Quantities: every figure, and nothing that is not one."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import norm, quantities
from tests.test_numbers import to_chinese


def one(text: str):
    qs = quantities(text)
    assert len(qs) == 1, [q.printed for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("全区共检查企业26272家。", 26272, "家", None),
        ("检查企业1,234家次。", 1234, "家次", None),
        ("抽查单位41.78万家。", 417800, "家", None),
        ("罚款74万元。", 74, "万元", None),
        ("罚款3090.59万元。", Decimal("3090.59"), "万元", None),
        ("地区生产总值1.2亿元。", Decimal("1.2"), "亿元", None),
        ("整改率96.52%。", Decimal("96.52"), "%", None),
        ("整改率96.52％。", Decimal("96.52"), "%", None),
        ("整改率百分之九十。", 90, "%", None),
        ("发放资料3000余份。", 3000, "份", "余"),
        ("培训6.8万余人。", 68000, "人", "余"),
        ("受教育人数近1000人次。", 1000, "人次", "近"),
        ("覆盖约1.2万人。", 12000, "人", "约"),
        ("组织演练三次。", 3, "次", None),
        ("检查十二家企业。", 12, "家", None),
        ("共一百零五人参加。", 105, "人", None),
        ("30多家商户。", 30, "家", "多"),
        ("超过200人。", 200, "人", "超"),
        ("逾500家。", 500, "家", "逾"),
        ("200人左右。", 200, "人", "左右"),
        ("下降2.1个百分点。", Decimal("2.1"), "个百分点", None),
        ("死亡率0.5‰。", Decimal("0.5"), "‰", None),
        ("发现隐患１２３项。", 123, "项", None),
        ("办理结婚登记4,206对。", 4206, "对", None),
        ("义务植树1.5万棵。", 15000, "棵", None),
    ],
)
def test_figures(text, value, unit, qualifier) -> None:
    q = one(text)
    assert q.value == Decimal(value)
    assert q.unit == unit
    assert q.qualifier == qualifier


def test_interval_of_wan_yu() -> None:
    q = one("培训6.8万余人。")
    assert (q.low, q.high) == (68000, 69000)


@pytest.mark.parametrize(
    "text",
    [
        "2022年10月25日,全区开展检查。",  # dates
        "普应急〔2022〕8号。",  # document number
        "依据《安全生产法》第九十四条。",  # law article
        "《法治政府建设实施纲要(2015—2020)》",  # numbers inside a title
        "一是加强领导。二是完善制度。",  # ordinal markers
        "(三)行政决定\n1.加强法治领导。\n2、完善制度。",  # list markers
        "电话:020-86183507,邮编:510405。",  # contact numbers
        "发布时间:2024-01-10 15:00:34",  # timestamps
        "网站支持IPV6,建设5G基站。",  # letters and digits
        "落实“1+4”文件,深化“3061”体系。",  # slogans in quotes
        "进一步统一标准,一次性告知。",  # words with numerals
        "对5部门开展督查,推进3项目。",  # measure words that begin nouns
        "2023总共需办理复议案件",  # bare year
    ],
)
def test_not_statistics(text: str) -> None:
    assert [q.printed for q in quantities(text)] == []


def test_evidence_lines_point_to_the_original() -> None:
    text = "一、基本情况\n\n全区共检查企业\n\n26272 家,发现隐患\n49988\n\n项。\n"
    t = norm(text)
    qs = quantities(text)
    assert [q.plain for q in qs] == [26272, 49988]
    assert [q.line for q in qs] == [5, 6]
    start, end = t.original_span(qs[1].start, qs[1].end)
    assert text[start:end].replace("\n", "") == "49988项"


def test_numbers_split_across_a_wrap_are_joined() -> None:
    t = norm("处罚金额为 74\n\n万元。其中重大 2\n起。")
    assert "处罚金额为74万元" in t.text
    assert "重大2起" in t.text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["家", "项", "人次", "件", "起"]),
       st.sampled_from(["plain", "comma", "chinese", "wan"]))
def test_any_printed_figure_parses_back(n: int, unit: str, style: str) -> None:
    if style == "plain":
        printed, value = str(n), n
    elif style == "comma":
        printed, value = f"{n:,}", n
    elif style == "chinese":
        if n < 2:
            n = 2  # "一家" is left out on purpose: too often a word
        printed, value = to_chinese(n), n
    else:
        printed, value = f"{n / 100:.2f}万", Decimal(f"{n / 100:.2f}") * 10000
    q = one(f"全区共检查{printed}{unit},较上年有所增加。")
    assert q.value == value
    assert q.unit == unit


def test_quantity_built_positionally_in_field_order() -> None:
    # _quantity passes Quantity's fields by position (for speed): they must stay in this order.
    import dataclasses

    from toolkit.quantities import Quantity

    names = [f.name for f in dataclasses.fields(Quantity)]
    assert names[:13] == ["value", "unit", "qualifier", "low", "high", "decimals", "printed", "number", "start",
                          "end", "line", "sentence", "clause"]


def test_date_patterns_first_characters() -> None:
    # _quantity tries the date patterns only where the next character is one they can start
    # with; the sets must list exactly those characters.
    import re._parser as parser

    from toolkit import quantities

    def firsts(pattern: str) -> set[str]:
        out: set[str] = set()

        def walk(items: list) -> None:
            op, av = items[0]
            if op is parser.LITERAL:
                out.add(chr(av))
            elif op is parser.IN:
                for o, a in av:
                    assert o is parser.LITERAL
                    out.add(chr(a))
            elif op is parser.SUBPATTERN:
                walk(list(av[-1]))
            elif op is parser.BRANCH:
                for branch in av[1]:
                    walk(list(branch))
            else:
                raise AssertionError(f"cannot list the first characters of {pattern!r}")

        walk(list(parser.parse(pattern)))
        return out

    assert firsts(quantities._DATE_AT.pattern) == quantities._DATE_FIRST
    assert firsts(quantities._RANGE_DATE_AT.pattern) == quantities._RANGE_DATE_FIRST


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("全年财政收入2865.43亿元。", "2865.43", "2865.425", "2865.435"),  # kept in 亿元
        ("全年财政收入1,234.5亿元。", "1234.5", "1234.45", "1234.55"),
        ("全年财政收入1200亿元。", "1200", "1199.5", "1200.5"),  # the last printed digit
        ("生产总值1.2万亿元。", "1.2", "1.15", "1.25"),  # kept in 万亿元
        ("常住人口156.8万人。", "1568000", "1567500", "1568500"),  # a count: scale multiplied out
        ("罚款74万元。", "74", "74", "74"),  # 万元 amounts are exact
    ],
)
def test_interval_of_a_rounded_figure_is_in_the_unit_of_its_value(text, value, low, high) -> None:
    q = one(text)
    assert (q.value, q.low, q.high) == (Decimal(value), Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("收入约2865.4亿元。", "2865.35", "2865.45"),
        ("收入近3000亿元。", "2000", "3000"),
        ("收入2865亿余元。", "2865", "2866"),
        ("培训约156.8万人。", "1567500", "1568500"),
    ],
)
def test_qualified_amounts_keep_their_ranges(text, low, high) -> None:
    q = one(text)
    assert (q.low, q.high) == (Decimal(low), Decimal(high))


def test_more_measure_words_are_units() -> None:
    # 案卷 are counted in 卷, seized goods in 公斤; 卷宗/卷烟 are nouns, not a unit after a number.
    got = [(q.printed, q.unit) for q in quantities("抽查案卷60卷,查获毒品2.5公斤,发布通报3则,授予奖章12枚,已举办5届")]
    assert got == [("60卷", "卷"), ("2.5公斤", "公斤"), ("3则", "则"), ("12枚", "枚"), ("5届", "届")]
    assert [q.unit for q in quantities("调阅12卷宗")] != ["卷"]


def test_dui_after_a_figure_is_a_preposition_when_a_word_goes_on() -> None:
    # "3家企业对标整改": 对标 is a verb; the 3 counts 家, and no figure is read in 对
    assert [(q.value, q.unit) for q in quantities("组织3家企业对标整改,12对夫妇参加。")] == [(3, "家"), (12, "对")]


def test_a_bare_number_after_a_death_or_incidence_rate_is_its_value() -> None:
    got = [(q.value, q.unit) for q in quantities("道路交通万车死亡率1.62,亿元地区生产总值死亡率为0.027,孕产妇死亡率13.73/10万。")]
    assert (Decimal("1.62"), "") in got and (Decimal("0.027"), "") in got
    assert not [v for v, _ in got if v == Decimal("13.73")]  # a rate per N is read with its base
