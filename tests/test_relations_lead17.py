"""Session 17 (lead): tables of one period's figures beside their change, on tables written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _changes(tmp_path, text: str) -> list[tuple[str, float, float, float | None]]:
    """(status, current, percent, previous) of every table change found."""
    out = []
    for c in audit_text(tmp_path, text, ".html" if text.startswith("<") else ".txt"):
        if c.rule == "change.table":
            ops = c.operands
            out.append((c.status, ops["current"], ops["percent"], ops.get("previous")))
    return sorted(out, key=lambda x: x[1])


_OUTPUT = """表3 规模以上工业主要产品产量

| 产品名称 | 计量单位 | 产量 | 比上年增长(%) |
|---|---|---|---|
| 饮料 | 万吨 | 52.4 | 6.1 |
| 服装 | 万件 | 1,326 | -4.7 |
| 汽车 | 辆 | 12,806 | 9.3 |
"""

_HTML = """<html><body><table>
<tr><th>类别</th><th>诉求量（万件）</th><th>占比（%）</th><th>同比增长（%）</th></tr>
<tr><td>住房保障</td><td>3.62</td><td>41.8</td><td>7.5</td></tr>
<tr><td>社会治安</td><td>5.04</td><td>58.2</td><td>-2.2</td></tr>
</table></body></html>"""

_NUMBERED = """| 序号 | 承办单位 | 办理件数 | 同比增减(%) |
|---|---|---|---|
| 1 | 区住建局 | 1,842 | 12.4 |
| 2 | 区城管局 | 1,503 | -8.1 |
"""

_BUDGET = """| 项目 | 预算数 | 执行数 | 完成预算(%) | 比上年增长(%) |
|---|---|---|---|---|
| 税收收入 | 96,000 | 97,152 | 101.2 | 5.6 |
| 非税收入 | 30,000 | 28,460 | 94.9 | -3.1 |
"""


@pytest.mark.parametrize("text, expected", [
    (_OUTPUT, [52.4, 1326, 12806]),
    (_HTML, [3.62, 5.04]),
    (_NUMBERED, [1503, 1842]),  # (the 序号 column is no level)
    (_BUDGET, [28460, 97152]),  # (a budget is what was planned: the change is of what was done)
    # (session 25: a month's column and the year to date's before one change column -- the year to
    # date's, as bulletins print 累计增长; was read as no reading before)
    ("| 指标 | 5月 | 1-5月 | 同比增长(%) |\n|---|---|---|---|\n| 受理量 | 812 | 3,906 | 6.6 |\n| 办结量 | 790 | 3,851 | 5.9 |\n",
     [3851, 3906]),
])
def test_a_figure_and_its_change_in_the_next_columns_is_a_change(tmp_path, text: str, expected: list) -> None:
    found = _changes(tmp_path, text)
    assert [x[1] for x in found] == expected
    assert {x[0] for x in found} == {"pass"}


def test_a_fall_printed_with_a_minus_is_a_fall(tmp_path) -> None:
    signs = {cur: pct for _, cur, pct, _ in _changes(tmp_path, _OUTPUT)}
    assert signs[1326] == -4.7 and signs[52.4] == 6.1


@pytest.mark.parametrize("text", [
    # two figures before one change column: which one changed is not said
    "| 类型 | 收案 | 结案 | 同比增长(%) |\n|---|---|---|---|\n| 刑事 | 1,036 | 1,021 | -4.2 |\n| 民事 | 4,872 | 4,650 | 9.8 |\n",
    # a rate's change (in points or of a rate) is no growth of a level
    "| 指标 | 数值 | 同比增长(%) |\n|---|---|---|\n| 按时办结率(%) | 98.6 | 1.2 |\n| 满意率(%) | 96.1 | 0.8 |\n",
    # a change counted in its unit is a delta, not a percent
    "| 指标 | 数量(件) | 同比增减(件) |\n|---|---|---|\n| 受理 | 1,206 | 86 |\n| 办结 | 1,188 | 92 |\n",
])
def test_no_change_when_the_table_does_not_say_of_what(tmp_path, text: str) -> None:
    assert _changes(tmp_path, text) == []


_PREVIOUS = """| 指标 | 本年累计 | 上年同期 | 同比增长(%) |
|---|---|---|---|
| 受理件数 | 1,320 | 1,200 | {a} |
| 办结件数 | 1,254 | 1,140 | {b} |
"""


@pytest.mark.parametrize("a, b, statuses", [
    ("10.0", "10.0", ["pass", "pass"]),
    ("10.0", "12.0", ["fail", "pass"]),  # (1254 - 1140) / 1140 = 10.0%, not 12.0%
])
def test_a_previous_periods_column_is_the_changes_base(tmp_path, a: str, b: str, statuses: list) -> None:
    found = _changes(tmp_path, _PREVIOUS.format(a=a, b=b))
    assert [x[0] for x in found] == statuses
    assert [x[3] for x in found] == [1140, 1200]


def test_money_beside_its_previous_figure_is_left_alone(tmp_path) -> None:
    # (fiscal and output values may grow on a comparable basis: not the plain ratio of the two -- the
    # money row is read over its previous figure but cannot fail, tab22: unverifiable)
    text = ("| 指标 | 单位 | 本年累计 | 上年同期 | 同比增长(%) |\n|---|---|---|---|---|\n"
            "| 一般公共预算收入 | 万元 | 183,462 | 176,915 | 5.0 |\n| 用电量 | 万千瓦时 | 51,286 | 48,520 | 5.7 |\n")
    found = _changes(tmp_path, text)
    assert [(x[0], x[1], x[3]) for x in found] == [("pass", 51286, 48520), ("unverifiable", 183462, 176915)]


_QUARTERS = """| 季度 | 受理量(件) | 环比增长(%) |
|---|---|---|
| 第一季度 | 92,418 | — |
| 第二季度 | 108,276 | {q2} |
| 第三季度 | 117,652 | 8.7 |
| 第四季度 | 94,490 | -19.7 |
"""


@pytest.mark.parametrize("q2, status", [("17.2", "pass"), ("15.2", "fail")])
def test_a_chained_change_down_rows_of_periods_is_against_the_row_above(tmp_path, q2: str, status: str) -> None:
    found = _changes(tmp_path, _QUARTERS.format(q2=q2))
    assert [(x[1], x[3]) for x in found] == [(94490, 117652), (108276, 92418), (117652, 108276)]
    assert dict((x[1], x[0]) for x in found)[108276] == status


def test_a_chained_change_is_said_against_the_previous_period(tmp_path) -> None:
    messages = [c.message_zh for c in audit_text(tmp_path, _QUARTERS.format(q2="17.2")) if c.rule == "change.table"]
    assert messages and all("环比" in m and "同比" not in m for m in messages)


def test_a_row_number_does_not_name_the_row(tmp_path) -> None:
    messages = [c.message_zh for c in audit_text(tmp_path, _NUMBERED) if c.rule == "change.table"]
    assert any(m.startswith("区住建局") for m in messages)


def _shares(tmp_path, text: str) -> list[tuple]:
    return sorted((c.operands["numerator"], c.operands["denominator"], c.status)
                  for c in audit_text(tmp_path, text) if c.rule == "ratio.share")


@pytest.mark.parametrize("text, part, whole", [
    ("全年受理案件1,200件。行政、民事、刑事案件分别为200件、600件、400件,民事案件占受理案件的50.0%。", 600, 1200),
    ("全年受理案件1,200件。行政案件、民事案件、刑事案件分别为200件、600件、400件,民事案件占受理案件的50.0%。", 600, 1200),
    ("全年共办理法律援助案件420件,刑事、民事、行政案件分别为126件、273件、21件,民事案件占法律援助案件总数的65.0%。", 273, 420),
    ("全年受理案件1,200件。行政、民事、刑事案件分别为300件、600件、300件,刑事案件占受理案件的25.0%。", 300, 1200),
    ("全县共有各类学校150所,小学、初中、高中学校分别为90所、45所、15所,初中学校占学校总数的30.0%。", 45, 150),
])
def test_a_share_named_by_an_item_of_a_respective_list_is_of_that_item(tmp_path, text: str, part, whole) -> None:
    # The names before 分别 are every item's: the share of 民事案件 is of the second figure, not the first.
    assert _shares(tmp_path, text) == [(part, whole, "pass")]


def test_a_wrong_share_of_a_listed_item_still_fails(tmp_path) -> None:
    text = "全年受理案件1,200件。行政、民事、刑事案件分别为200件、600件、400件,民事案件占受理案件的40.0%。"
    assert _shares(tmp_path, text) == [(600, 1200, "fail")]


@pytest.mark.parametrize("names, spelt", [
    (["第一", "二", "三产业"], ["第一产业", "第二产业", "第三产业"]),
    (["第一", "第二", "第三产业增加值"], ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    (["一", "二", "三类"], ["一类", "二类", "三类"]),
    (["1", "2", "3号线"], ["1号线", "2号线", "3号线"]),
    (["城镇", "农村居民"], ["城镇", "农村居民"]),  # (a noun the items may share is not guessed)
    (["行政", "民事", "刑事案件"], ["行政", "民事", "刑事案件"]),
])
def test_ordinals_sharing_a_noun_are_spelt_out(names: list, spelt: list) -> None:
    from toolkit.numbers import ordinal_names

    assert ordinal_names(names) == spelt


@pytest.mark.parametrize("text, part, whole", [
    ("全年完成固定资产投资286.4亿元。其中第一、二、三产业投资分别为12.3亿元、98.6亿元和175.5亿元,"
     "第二产业投资占全部投资的34.4%。", 98.6, 286.4),
    ("全区实现地区生产总值612.37亿元。第一、二、三产业增加值分别为18.42亿元、287.61亿元、306.34亿元,"
     "第二产业增加值占地区生产总值的比重为47.0%。", 287.61, 612.37),
])
def test_a_share_of_an_ordinal_item_is_of_that_item(tmp_path, text: str, part, whole) -> None:
    assert _shares(tmp_path, text) == [(part, whole, "pass")]


def test_messages_name_each_ordinal_item_and_a_lone_list_item(tmp_path) -> None:
    text = ("全年完成固定资产投资286.4亿元。其中第一、二、三产业投资分别为12.3亿元、98.6亿元和175.5亿元,"
            "第二产业投资占全部投资的34.4%。")
    messages = {c.rule: c.message_zh for c in audit_text(tmp_path, text)}
    assert "第二产业投资 98.6亿元 + 第三产业投资 175.5亿元" in messages["sum.breakdown"]
    assert "= 第二产业投资 98.6亿元 /" in messages["ratio.share"]


@pytest.mark.parametrize("text, status", [
    ("城镇居民人均可支配收入42,318元,农村居民人均可支配收入21,462元,城乡居民收入倍差为1.97。", "pass"),
    ("按常住地分,城镇居民人均可支配收入42,318元,增长5.2%;农村居民人均可支配收入21,462元,增长7.3%。"
     "城乡居民人均收入倍差1.97,比上年缩小0.04。", "pass"),
    ("城镇居民人均可支配收入42,318元,农村居民人均可支配收入21,462元,城乡居民收入倍差为2.17。", "fail"),
])
def test_an_income_gap_in_times_is_the_ratio_of_the_two_incomes(tmp_path, text: str, status: str) -> None:
    # 倍差 says the same as 收入比: the first figure over the second, to 1
    found = [(c.operands["numerator"], c.operands["denominator"], c.status)
             for c in audit_text(tmp_path, text) if c.rule == "ratio.expression"]
    assert found == [(42318, 21462, status)]


def _yoy(tmp_path, text: str) -> list[tuple]:
    return sorted((c.operands["current"], c.operands.get("previous"), c.status)
                  for c in audit_text(tmp_path, text) if c.kind == "change")


@pytest.mark.parametrize("text, found", [
    ("全年共受理政府信息公开申请27件,其中当面申请4件,网上申请19件,信函申请4件。受理申请较上年(21件)增长28.6%。",
     [(27, 21, "pass")]),
    ("全年共受理政府信息公开申请27件。受理量较上年的21件增长28.6%。", [(27, 21, "pass")]),
    ("全年共受理政府信息公开申请27件。受理量较上年的21件增长38.6%。", [(27, 21, "fail")]),
    ("2023年,区市场监管局共办结投诉举报1,842件,按时办结率99.2%。办结量比上年(1,650件)增长11.6%。",
     [(1842, 1650, "pass")]),
    ("全年共受理政府信息公开申请27件,其中当面申请4件。当面申请较上年(6件)下降33.3%。", [(4, 6, "pass")]),
])
def test_a_change_printing_its_earlier_level_is_of_the_figure_its_words_name(tmp_path, text: str, found) -> None:
    assert _yoy(tmp_path, text) == found


@pytest.mark.parametrize("text", [
    # two earlier figures the short name fits: no reading
    "全年受理信访事项312件,受理网上信访186件。受理量较上年(260件)增长20.0%。",
    # the level compared against is of another unit than the figure named
    "全年共受理政府信息公开申请27件。受理人次较上年(21人次)增长28.6%。",
])
def test_no_change_when_the_short_name_fits_no_one_figure(tmp_path, text: str) -> None:
    assert all(c[1] is None or c[2] != "fail" for c in _yoy(tmp_path, text))


def _rests(tmp_path, text: str) -> list[tuple]:
    return [(c.operands["total"], c.operands["parts"], c.status) for c in audit_text(tmp_path, text) if c.rule == "sum.rest"]


@pytest.mark.parametrize("text, found", [
    ("派发工单46,690件。截至6月30日,已办结45,216件,其余1,474件正在办理中。", [(46690, [45216, 1474], "pass")]),
    ("派发工单46,690件。截至6月30日,已办结45,216件,办结率96.8%,其余1,474件正在办理中。", [(46690, [45216, 1474], "pass")]),
    ("全年受理复议申请86件。审结80件,其余6件正在审理中。", [(86, [80, 6], "pass")]),
    ("全年受理复议申请86件。审结80件,其余8件正在审理中。", [(86, [80, 8], "fail")]),
])
def test_the_rest_of_work_closed_is_of_the_earlier_stage_in_the_sentence_before(tmp_path, text: str, found) -> None:
    assert _rests(tmp_path, text) == found


@pytest.mark.parametrize("text", [
    "全年受理复议申请86件,上年结转4件。审结84件,其余6件正在审理中。",  # (carried-in work may be among the closed)
    "全年受理复议申请86件,其中咨询12件。审结80件,其余6件正在审理中。",  # (the last figure before is a part)
    "全年开展检查86次。审结80件,其余6件正在审理中。",  # (no earlier stage of the same process)
])
def test_no_rest_across_sentences_without_an_earlier_stage_before(tmp_path, text: str) -> None:
    assert _rests(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "全年共办理行政处罚案件156件。作出行政许可决定2,318件。",
    "全年共办理行政处罚案件156件,作出行政许可决定2,318件。",
    "全年受理信访事项312件。作出行政复议决定406件。",
    "全年共受理政府信息公开申请86件。办结行政复议案件120件。",
])
def test_no_funnel_between_two_kinds_of_administrative_matter(tmp_path, text: str) -> None:
    # 行政许可 decided is no later stage of 行政处罚 handled: two processes, whatever their stage words
    assert [c for c in audit_text(tmp_path, text) if c.rule == "bound.stage"] == []


@pytest.mark.parametrize("text, status", [
    ("全年共受理行政许可申请2,400件。作出行政许可决定2,318件。", "pass"),
    ("全年共受理行政许可申请2,300件。作出行政许可决定2,318件。", "fail"),
    ("全年共受理信访事项860件。办结信访事项851件。", "pass"),
])
def test_a_funnel_of_one_kind_of_matter_still_holds(tmp_path, text: str, status: str) -> None:
    assert [c.status for c in audit_text(tmp_path, text) if c.rule == "bound.stage"] == [status]


@pytest.mark.parametrize("text, status", [
    ("全年接访群众1,000批次,其中县级、乡级领导分别接访200批次、500批次。", "unverifiable"),  # leaders of two levels
    ("全年受理信访事项1,000件,其中县级、乡级分别受理200件、500件。", "unverifiable"),  # a level (村级) may be left out
    ("全年受理信访事项1,000件,其中县级、乡级分别受理300件、600件。", "unverifiable"),
    ("全年受理信访事项1,000件,其中县级、乡级分别受理200件、900件。", "fail"),  # more than the whole
    ("全年受理信访事项1,000件,其中县级、乡级分别受理300件、697件。", "fail"),  # one misprinted digit short
    ("上半年受理1,000件,一季度、二季度分别受理400件、500件。", "fail"),  # quarters are all of the half-year
])
def test_levels_named_by_a_list_may_leave_one_out(tmp_path, text: str, status: str) -> None:
    assert [c.status for c in audit_text(tmp_path, text) if c.rule == "sum.breakdown"] == [status]
