"""Session 21 (tab21): table relations lost to how the table names its columns, on tables written here."""

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


_LAST_QUARTER = """<html><body><table>
<tr><th>类别</th><th>本季度（件）</th><th>占比（%）</th><th>上季度（件）</th><th>环比（%）</th></tr>
<tr><td>道路交通</td><td>1,210</td><td>60.5</td><td>1,100</td><td>{a}</td></tr>
<tr><td>供水供电</td><td>790</td><td>39.5</td><td>800</td><td>-1.3</td></tr>
<tr><td>合计</td><td>2,000</td><td>100.0</td><td>1,900</td><td>5.3</td></tr>
</table></body></html>"""


@pytest.mark.parametrize("a, status", [("10.0", "pass"), ("12.0", "fail")])
def test_the_last_quarters_column_is_the_base_of_a_chained_change(tmp_path, a: str, status: str) -> None:
    # "上季度" (like "上月") is the previous period's column: the 环比 is of 本季度 over it
    found = _changes(tmp_path, _LAST_QUARTER.format(a=a))
    assert [(x[1], x[3]) for x in found] == [(790, 800), (1210, 1100), (2000, 1900)]
    assert dict((x[1], x[0]) for x in found)[1210] == status


_LAST_MONTH = """| 指标 | 本月 | 上月 | 环比增长(%) |
|---|---|---|---|
| 来电量(件) | 4,400 | 4,000 | 10.0 |
| 网络诉求(件) | 2,100 | 2,000 | 5.0 |
"""


def test_the_last_months_column_is_the_base_too(tmp_path) -> None:
    found = _changes(tmp_path, _LAST_MONTH)
    assert [(x[0], x[1], x[3]) for x in found] == [("pass", 2100, 2000), ("pass", 4400, 4000)]


_UNNAMED = """| 类型 | 收案(件) | 结案(件) | 同比(%) |
|---|---|---|---|
| 刑事 | 520 | 498 | -4.2 |
| 民事 | 3,100 | 3,020 | 9.8 |
"""


_NAMED_LEVEL = """| 类型 | 收案(件) | 结案(件) | 收案同比(%) |
|---|---|---|---|
| 刑事 | 520 | 498 | -4.2 |
| 民事 | 3,100 | 3,020 | 9.8 |
"""


def test_a_change_column_naming_one_level_column_is_of_that_column(tmp_path) -> None:
    # "收案同比": of the 收案 column, not of 结案 (no previous figure printed: the change as stated)
    found = _changes(tmp_path, _NAMED_LEVEL)
    assert [(x[0], x[1], x[2], x[3]) for x in found] == [("pass", 520, -4.2, None), ("pass", 3100, 9.8, None)]
    assert _changes(tmp_path, _UNNAMED) == []  # ("同比(%)" names neither: no reading)


_NAMED_BY_ITS_NOUN = """<html><body><table>
<tr><th>区县</th><th>火灾起数（起）</th><th>死亡（人）</th><th>起数同比（%）</th></tr>
<tr><td>东区</td><td>524</td><td>2</td><td>-10.1</td></tr>
<tr><td>西区</td><td>463</td><td>1</td><td>-5.1</td></tr>
</table></body></html>"""


def test_a_change_column_naming_the_noun_of_one_level_column(tmp_path) -> None:
    # "起数同比" names "火灾起数", not "死亡"
    found = _changes(tmp_path, _NAMED_BY_ITS_NOUN)
    assert [(x[1], x[2]) for x in found] == [(463, -5.1), (524, -10.1)]



_COMPARABLE_PROSE = """<html><body>
<p>全年农业总产值48.62亿元，按可比价格计算，比上年增长4.1%。</p>
<table border="1">
<tr><th>产品</th><th>2023年（万吨）</th><th>2022年（万吨）</th><th>增长（%）</th></tr>
<tr><td>粮食</td><td>32.46</td><td>31.87</td><td>1.9</td></tr>
<tr><td>油料</td><td>3.18</td><td>3.31</td><td>{b}</td></tr>
</table>
{note}</body></html>"""


@pytest.mark.parametrize("b, status", [("-3.9", "pass"), ("-5.9", "fail")])
def test_a_comparable_basis_of_a_sentence_above_is_that_sentences_own(tmp_path, b: str, status: str) -> None:
    # "按可比价格计算,比上年增长4.1%" says how the prose's figure grew: the tonnages below change plainly
    found = _changes(tmp_path, _COMPARABLE_PROSE.format(b=b, note=""))
    assert [(x[0], x[1], x[3]) for x in found] == [(status, 3.18, 3.31), ("pass", 32.46, 31.87)]
    # (a note below the table on its own growth still holds: no previous figure is read then)
    text = _COMPARABLE_PROSE.format(b=b, note="<p>注：增速按可比口径计算。</p>")
    assert [x for x in _changes(tmp_path, text) if x[3] is not None] == []


def _sub_rows(tmp_path, text: str) -> list[tuple]:
    """(status, kind, operands) of the checks table_sub_rows reads, or bounds of a table's rows."""
    out = []
    for c in audit_text(tmp_path, text, ".md"):
        if c.rule in ("sum.table_sub_rows", "bound.part"):
            ops = c.operands
            out.append((c.status, c.kind, ops.get("total", ops.get("larger")),
                        tuple(ops["parts"]) if "parts" in ops else ops["smaller"]))
    return sorted(out, key=str)


_INDICATORS = """| 指标 | 单位 | 本月 | 累计 | 累计同比增长(%) |
| --- | --- | --- | --- | --- |
| 社会消费品零售总额 | 亿元 | 21.30 | 205.60 | 5.1 |
| 其中：限额以上 | 亿元 | 8.10 | {a} | 4.0 |
| 进出口总额 | 亿元 | 6.20 | 58.40 | -2.0 |
| 出口 | 亿元 | 4.00 | 37.10 | 1.2 |
| 进口 | 亿元 | 2.20 | {b} | -6.8 |
| 一般公共预算收入 | 亿元 | 2.50 | 30.80 | 3.3 |
"""


def test_a_part_row_is_bounded_by_the_row_above_in_every_level_column(tmp_path) -> None:
    found = _sub_rows(tmp_path, _INDICATORS.format(a="90.20", b="21.30"))
    assert ("pass", "bound", 205.6, 90.2) in found and ("pass", "bound", 21.3, 8.1) in found
    assert ("fail", "bound", 205.6, 210.0) in _sub_rows(tmp_path, _INDICATORS.format(a="210.00", b="21.30"))


def test_two_complement_rows_under_an_indicator_add_up_to_it(tmp_path) -> None:
    found = _sub_rows(tmp_path, _INDICATORS.format(a="90.20", b="21.30"))
    assert ("pass", "sum", 6.2, (4.0, 2.2)) in found and ("pass", "sum", 58.4, (37.1, 21.3)) in found
    assert ("fail", "sum", 58.4, (37.1, 23.3)) in _sub_rows(tmp_path, _INDICATORS.format(a="90.20", b="23.30"))


_PER_CAPITA = """| 指标 | 单位 | 绝对数 | 比上年增长(%) |
| --- | --- | --- | --- |
| 居民人均可支配收入 | 元 | 31,200 | 5.6 |
| 其中：城镇居民人均可支配收入 | 元 | 42,100 | 4.9 |
| 农村居民人均可支配收入 | 元 | 19,800 | 6.7 |
| 一般公共预算收入 | 亿元 | 48.65 | 3.3 |
| 其中：税收收入 | 亿元 | 35.12 | 1.8 |
| 非税收入 | 亿元 | 13.53 | 8.0 |
| 其中：罚没收入 | 亿元 | 2.10 | 3.0 |
"""


def test_no_part_of_a_per_capita_row(tmp_path) -> None:
    # 城镇居民's per-capita income exceeds all residents': no part of it
    found = _sub_rows(tmp_path, _PER_CAPITA)
    assert ("pass", "sum", 48.65, (35.12, 13.53)) in found
    assert not [x for x in found if 31200 in (x[2], x[3]) or 42100 in (x[2], x[3])]


def _rule_sums(tmp_path, text: str, rule: str) -> list[tuple]:
    return sorted((c.status, c.operands["total"], tuple(c.operands["parts"]))
                  for c in audit_text(tmp_path, text, ".md") if c.rule == rule)


_DIFFERENCE = """| 项目 | 2022年 | 2023年 | 增减 |
| --- | --- | --- | --- |
| 行政许可(件) | 52 | 61 | 9 |
| 行政检查(次) | 140 | 128 | -12 |
| 行政处罚(件) | 18 | 25 | {d} |
"""


def test_a_difference_column_in_the_rows_unit(tmp_path) -> None:
    # 2023 = 2022 + the difference; a fall: 2022 = 2023 + it
    assert _rule_sums(tmp_path, _DIFFERENCE.format(d="7"), "sum.difference") == [
        ("pass", 25, (18, 7)), ("pass", 61, (52, 9)), ("pass", 140, (128, 12))]
    assert ("fail", 25, (18, 8)) in _rule_sums(tmp_path, _DIFFERENCE.format(d="8"), "sum.difference")


_GROWTH_POINTS = """| 指标 | 1-6月 | 同比增长(%) | 上年同期增速(%) | 增速变化(百分点) |
| --- | --- | --- | --- | --- |
| 规上工业增加值(亿元) | 35.20 | 6.1 | 8.4 | -2.3 |
| 固定资产投资(亿元) | 41.70 | 7.5 | 3.2 | {d} |
| 一般公共预算收入(万元) | 51,300 | -1.6 | 4.9 | -6.5 |
"""


def test_a_growth_rate_is_last_periods_plus_its_change_in_points(tmp_path) -> None:
    assert _rule_sums(tmp_path, _GROWTH_POINTS.format(d="4.3"), "sum.points") == [
        ("pass", 6.5, (1.6, 4.9)), ("pass", 7.5, (3.2, 4.3)), ("pass", 8.4, (6.1, 2.3))]
    assert ("fail", 7.5, (3.2, 5.3)) in _rule_sums(tmp_path, _GROWTH_POINTS.format(d="5.3"), "sum.points")


_SUB_COLUMN = """<html><body><table border="1">
<tr><th>年度</th><th>行政复议（件）</th><th>其中被纠错（件）</th><th>行政诉讼（件）</th></tr>
<tr><td>2021</td><td>6</td><td>1</td><td>9</td></tr>
<tr><td>2022</td><td>4</td><td>{c}</td><td>12</td></tr>
</table></body></html>"""


def test_a_column_headed_qizhong_is_bounded_by_the_column_before_it(tmp_path) -> None:
    def bounds(text: str) -> list[tuple]:
        return sorted((c.status, c.operands["smaller"], c.operands["larger"])
                      for c in audit_text(tmp_path, text, ".html") if c.rule == "bound.part")
    assert bounds(_SUB_COLUMN.format(c="0")) == [("pass", 0, 4), ("pass", 1, 6)]
    assert ("fail", 5, 4) in bounds(_SUB_COLUMN.format(c="5"))


def test_no_part_row_in_a_table_whose_header_is_lost(tmp_path) -> None:
    # without its header, "4.2" and "2.7" may be growths (a part's growth may exceed its whole's)
    text = ("| 一般公共预算收入(亿元) | 142.36 | 4.2 |\n| 其中:税收收入(亿元) | 98.71 | 2.7 |\n"
            "| 一般公共预算支出(亿元) | 201.50 | 3.1 |\n| 其中:教育支出(亿元) | 40.20 | 6.6 |\n")
    assert not [x for x in _sub_rows(tmp_path, text) if x[1] == "bound" and x[3] in (2.7, 6.6)]


def test_no_part_row_in_columns_of_rates_or_changes(tmp_path) -> None:
    # a rate's column ("办结率") or a change's in points ("比上月增减") holds no level a part is within
    text = ("| 指标 | 办结件数(件) | 办结率(%) | 比上月增减(百分点) |\n| --- | --- | --- | --- |\n"
            "| 行政许可 | 412 | 98.3 | 0.9 |\n| 其中：即办件 | 120 | 100.0 | 1.0 |\n")
    found = _sub_rows(tmp_path, text)
    assert ("pass", "bound", 412, 120) in found
    assert [x for x in found if x[0] == "fail"] == []
