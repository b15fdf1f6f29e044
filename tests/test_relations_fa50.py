"""False alarms found on consistent texts written blind to the engine (session 22, helper fa50: 12345
bulletins, 法治政府建设 of 街道/镇/开发区 and bureaus, 复议/应诉/信访/调解/法律援助/公证, 执法数据公示, 统计公报,
财政, 审计, 政府信息公开 tables). Each rule is a statement about how Chinese reports state figures, tested
on project sentences, with a variant whose arithmetic is broken that must still fail where the reading
is unique."""

from __future__ import annotations

from helpers import audit_text


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The messages of every failing check of ``text`` audited as ``r{suffix}``."""
    return [c.message_zh for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]

# --- a table's whole row (its share 100) not named their sum, over rows whose shares of it add up to
# far less than 100: the rows are some of its parts (重点人群), not all of them ---

_SELECTED = """表2 调解纠纷当事人情况

| 类别 | 当事人数(人) | 占比(%) |
|---|---|---|
| 外来务工人员 | 642 | {a} |
| 60岁以上老人 | 318 | 13.4 |
| 残疾人 | 75 | 3.2 |
| {total} | 2,370 | 100.0 |
"""


def test_rows_whose_shares_fall_short_are_a_selection(tmp_path) -> None:
    assert failing(tmp_path, _SELECTED.format(a="27.1", total="当事人总数"), ".md") == []
    assert failing(tmp_path, _SELECTED.format(a="27.1", total="全部当事人"), ".md") == []
    # the share of a misprinted row still fails
    assert failing(tmp_path, _SELECTED.format(a="37.1", total="当事人总数"), ".md")
    # a row named the rows' sum claims they add up
    assert failing(tmp_path, _SELECTED.format(a="27.1", total="合计"), ".md")
    # a subtotal row among them still sums the rows above it
    sub = """| 项目 | 金额(万元) | 占支出比重(%) |
|---|---|---|
| 一般公共预算支出 | 50,000 | 100.0 |
| 教育 | 12,000 | 24.0 |
| 卫生健康 | 8,000 | 16.0 |
| 民生支出合计 | {s} | 40.0 |
"""
    assert failing(tmp_path, sub.format(s="20,000"), ".md") == []
    assert any("21,000" in m for m in failing(tmp_path, sub.format(s="21,000"), ".md"))
    # rows whose shares make 100 are all the parts
    table = """| 类别 | 件数 | 占比(%) |
|---|---|---|
| 婚姻家庭 | 412 | 41.2 |
| 邻里纠纷 | 356 | 35.6 |
| 其他 | {c} | 23.2 |
| 纠纷总数 | 1,000 | 100.0 |
"""
    assert failing(tmp_path, table.format(c="232"), ".md") == []
    assert any("1,000" in m for m in failing(tmp_path, table.format(c="332"), ".md"))


# --- a figure named by a body that heads a row of the report's table by 部门 is that member's figure,
# not the whole a catalog rule splits ("县交通运输局行政处罚612件" beside "|县交通运输局|…|612|…|") ---

_BY_BODY = """## 一、行政处罚数量

| 部门 | 行政许可 | 行政处罚 |
|---|---|---|
| 县城管局 | 105 | 567 |
| 县交通运输局 | 2,356 | 612 |
| 合计 | 2,461 | 1,179 |

## 二、说明

1.行政处罚中，适用简易程序的312件，适用普通程序的867件。

2.{body}行政处罚612件，与上年持平。
"""


def test_a_rows_members_figure_is_not_the_whole(tmp_path) -> None:
    assert failing(tmp_path, _BY_BODY.format(body="县交通运输局"), ".md") == []
    # the county's own figure: the procedures do not add up to it
    assert failing(tmp_path, _BY_BODY.format(body="全县"), ".md")


# --- a rate over 100% printed of a later stage over an earlier one ("结案率105.8%") says the later stage
# holds older work: the funnel's bound is no reading; the rate itself is still checked ---

def test_a_printed_rate_over_100_voids_the_funnel(tmp_path) -> None:
    for text in ("全年城管执法立案412件，结案436件，结案率105.8%。",
                 "全年受理劳动争议案件820件，审结856件，结案率104.4%，调解率61.2%。"):
        assert failing(tmp_path, text) == [], text
    assert failing(tmp_path, "全年城管执法立案412件，结案436件，结案率108.5%。")
    # no rate printed: the bound stands
    assert failing(tmp_path, "全年城管执法立案412件，结案436件。")


# --- a sub-header under merged cells ("基金收入" over "金额|同比增长(%)") names a growth column the flat
# text cannot place: a total row's cell lying among the two rows' cells is that measure's, not a sum ---

_SPANNED = """<table border="1">
<tr><th rowspan="2">项目</th><th colspan="2">收入</th><th colspan="2">支出</th><th rowspan="2">结余</th></tr>
<tr><th>金额</th><th>同比增长(%)</th><th>金额</th><th>同比增长(%)</th></tr>
<tr><td>甲类</td><td>41.20</td><td>7.3</td><td>36.05</td><td>9.6</td><td>5.15</td></tr>
<tr><td>乙类</td><td>18.64</td><td>3.1</td><td>17.92</td><td>6.2</td><td>0.72</td></tr>
<tr><td>合计</td><td>{a}</td><td>6.0</td><td>53.97</td><td>8.5</td><td>5.87</td></tr>
</table>
"""


def test_a_growth_column_under_merged_headers_is_not_summed(tmp_path) -> None:
    assert failing(tmp_path, _SPANNED.format(a="59.84"), ".html") == []
    assert failing(tmp_path, _SPANNED.format(a="58.84"), ".html")


# --- a total printed first over rows with "其中:" rows whose breakdown runs on over unmarked rows
# ("第二产业" over "其中:工业" and "建筑业"): the rows but that breakdown are a reading of the total ---

_FIRST_TOTAL = """| 指标 | 增加值(亿元) | 构成(%) |
|---|---|---|
| 地区生产总值 | 312.40 | 100.0 |
| 第一产业 | 24.10 | 7.7 |
| 第二产业 | 118.60 | 38.0 |
| 其中：工业 | 96.20 | 30.8 |
| 建筑业 | 22.40 | 7.2 |
| 第三产业 | {c} | 54.3 |
| 其中：金融业 | 20.30 | 6.5 |
| 房地产业 | 18.70 | 6.0 |
"""


def test_a_breakdown_runs_on_under_a_total_printed_first(tmp_path) -> None:
    assert failing(tmp_path, _FIRST_TOTAL.format(c="169.70"), ".md") == []
    sums = [c for c in audit_text(tmp_path, _FIRST_TOTAL.format(c="196.70"), ".md")
            if c.kind == "sum" and c.status == "fail"]
    assert sums


# --- a statement naming a year the other statement and the title do not name is of another period:
# last year's figure in a comparison paragraph is no restatement of this year's ---

_TWO_YEARS = """某区2024年法治政府建设情况报告

一、主要工作
全区全年共收到行政复议申请236件，审结221件。

二、{head}
{year}全区共收到行政复议申请{n}件，审结{m}件。
"""


def test_last_years_figure_is_no_restatement(tmp_path) -> None:
    assert failing(tmp_path, _TWO_YEARS.format(head="与上年对比", year="2023年，", n="198", m="187")) == []
    # the same year (or none): one figure stated twice must agree
    assert failing(tmp_path, _TWO_YEARS.format(head="行政复议", year="2024年，", n="263", m="221"))
    assert failing(tmp_path, _TWO_YEARS.format(head="行政复议", year="", n="263", m="221"))


def test_a_span_of_years_is_no_restatement(tmp_path) -> None:
    text = """某区2025年法治政府建设情况报告

一、主要工作
全区全年共收到行政复议申请236件。

二、工作回顾
{span}全区共收到行政复议申请{n}件。
"""
    for span in ("五年来，", "近三年，", "“十四五”期间，", "2021年以来，"):
        assert failing(tmp_path, text.format(span=span, n="1,026")) == [], span
    assert failing(tmp_path, text.format(span="全年", n="263"))


def test_a_part_named_by_its_timeliness_is_no_restatement(tmp_path) -> None:
    text = """某县2024年信访工作报告

一、总体情况
全县全年共办结信访事项2,838件。

二、办理情况
全县全年共{w}办结信访事项{n}件。
"""
    assert failing(tmp_path, text.format(w="按期", n="2,830")) == []
    assert failing(tmp_path, text.format(w="", n="2,830"))


def test_a_name_with_a_qualifier_inserted_is_no_restatement(tmp_path) -> None:
    text = """某县2024年政务服务工作报告

一、总体情况
全县全年共办理行政许可事项4,206件。

二、具体情况
全县全年共{w}办理行政许可事项{n}件。
"""
    assert failing(tmp_path, text.format(w="网上", n="3,917")) == []
    assert failing(tmp_path, text.format(w="", n="3,917"))
