"""Session 25 (tab25): indicator tables with a column per period ("指标|单位|9月|1-8月|1-9月|同比(%)")
whose cells the analysis states again; on tables written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def _equals(tmp_path, text: str, suffix: str = ".md") -> list[tuple]:
    return [(c.status, *c.operands["values"]) for c in audit_text(tmp_path, text, suffix) if c.kind == "equal"]


_BULLETIN = """# 东河县2025年1-9月水利运行简况

## 一、主要指标

| 指标 | 单位 | 9月 | 1-8月 | 1-9月 | 1-9月同比增长（%） |
| --- | --- | --- | --- | --- | --- |
| 供水量 | 万吨 | 41.6 | 322.4 | 364.0 | 3.1 |
| 排水量 | 万吨 | 28.3 | 214.9 | 243.2 | 2.6 |
| 规模以上水厂售水收入 | 万元 | 96.5 | 761.2 | 857.7 | 4.4 |

## 二、简要分析

1-9月，全县完成供水量{year}万吨，同比增长3.1%；排水量243.2万吨，同比增长2.6%。9月供水量{month}万吨，环比8月（40.2万吨）增长3.5%。

规上水厂售水收入857.7万元，同比增长4.4%。
"""


def test_a_cell_of_the_period_named_is_restated(tmp_path) -> None:
    got = _equals(tmp_path, _BULLETIN.format(year="364.0", month="41.6"))
    assert ("pass", 3640000, 3640000) in got  # (万吨 multiplied out, as a count)
    assert ("pass", 416000, 416000) in got  # "9月供水量": the month's column
    assert ("pass", 2432000, 2432000) in got  # the period the sentence opens with
    assert ("pass", 857.7, 857.7) in got  # 规上 for 规模以上; the report's own period (its title's)


def test_a_misprinted_restatement_fails(tmp_path) -> None:
    got = _equals(tmp_path, _BULLETIN.format(year="346.0", month="41.6"))
    assert ("fail", 3460000, 3640000) in got
    got = _equals(tmp_path, _BULLETIN.format(year="364.0", month="14.6"))
    assert ("fail", 146000, 416000) in got


def test_no_cell_for_a_period_without_its_column(tmp_path) -> None:
    # "1-7月" names no column: the figures of its sentence restate nothing of the table
    text = _BULLETIN.format(year="364.0", month="41.6").replace("1-9月，全县完成供水量364.0万吨", "1-7月，全县完成供水量280.8万吨")
    got = _equals(tmp_path, text)
    assert not any(2808000 in v or 2432000 in v for v in got) and ("pass", 416000, 416000) in got


def test_a_narrower_set_restates_no_row(tmp_path) -> None:
    # "其中城区供水量…": words before the row's name that are no frame words name a part
    text = _BULLETIN.format(year="364.0", month="41.6").replace(
        "规上水厂售水收入857.7万元", "1-9月，城区供水量302.5万吨")
    got = _equals(tmp_path, text)
    assert not any(3025000 in v for v in got) and ("pass", 3640000, 3640000) in got


_EVENTS = """# 北岭市2025年10月道路交通安全形势月报

1-10月，全市累计发生道路交通事故{events}起、死亡{dead}人。具体见下表：

| 指标 | 10月 | 1-9月 | 1-10月 | 去年同期（1-10月） | 同比（%） |
| --- | --- | --- | --- | --- | --- |
| 事故起数（起） | 48 | 402 | 450 | 476 | -5.5 |
| 死亡人数（人） | 11 | 96 | 107 | 118 | -9.3 |
"""


def test_a_count_of_events_is_named_by_the_events(tmp_path) -> None:
    got = _equals(tmp_path, _EVENTS.format(events="450", dead="107"))
    assert ("pass", 450, 450) in got and ("pass", 107, 107) in got
    got = _equals(tmp_path, _EVENTS.format(events="405", dead="107"))
    assert ("fail", 405, 450) in got


def test_last_years_column_is_no_period(tmp_path) -> None:
    # the prose states last year's figure: no column of the report's period holds it
    text = _EVENTS.format(events="450", dead="107").replace("死亡107人", "死亡107人，上年同期476起")
    got = _equals(tmp_path, text)
    assert not any(476 in v for v in got) and ("pass", 450, 450) in got


_MONTHS = """# 西坪县2025年一季度农业生产情况

1-3月全县生猪出栏12.90万头。分月情况如下：

月份　生猪出栏（万头）　禽蛋产量（吨）
1月  4.46  1,312
2月  {feb}  1,175
3月  4.32  1,398
1-3月  12.90  3,885

二、生猪生产

1-3月，全县禽蛋产量3,885吨。2月生猪出栏4.12万头，受春节影响环比下降7.6%。
"""


def test_a_row_per_period_restates_its_cell(tmp_path) -> None:
    got = _equals(tmp_path, _MONTHS.format(feb="4.12"), ".txt")
    assert ("pass", 41200, 41200) in got  # "2月生猪出栏": the row 2月, the column 生猪出栏
    assert ("pass", 3885, 3885) in got  # "1-3月,全县禽蛋产量": the row 1-3月, past a heading
    got = _equals(tmp_path, _MONTHS.format(feb="4.21"), ".txt")
    assert ("fail", 41200, 42100) in got


_TOPICS = """全市12345热线本月共受理群众诉求{total}万件，环比增长6.4%。

受理量居前五位的诉求类别如下表（占比为占当月受理总量的比重）：

| 诉求类别 | 件数 | 占比（%） |
| --- | --- | --- |
| 城乡建设 | 17,482 | 14.6 |
| 劳动社保 | 14,236 | {second} |
| 交通运输 | 12,913 | 10.8 |
| 市场监管 | 10,644 | 8.9 |
| 生态环境 | 8,017 | 6.7 |
"""


def _ratios(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.operands["numerator"], c.operands["denominator"])
            for c in audit_text(tmp_path, text, ".md") if c.kind == "ratio" and c.rule == "ratio.table_share"]


def test_a_top_five_of_counts_is_of_the_prose_total(tmp_path) -> None:
    # "件数" counts 件: the shares of a selection of rows are of the 11.97万件 stated before the table
    got = _ratios(tmp_path, _TOPICS.format(total="11.97", second="11.9"))
    assert ("pass", 17482, 119700) in got and ("pass", 14236, 119700) in got
    got = _ratios(tmp_path, _TOPICS.format(total="11.97", second="19.1"))
    assert ("fail", 14236, 119700) in got and ("pass", 17482, 119700) in got
    # a prose figure the shares are not of (a wider whole): no base, no check of the shares against it
    assert not any(d == 159700 for _, _, d in _ratios(tmp_path, _TOPICS.format(total="15.97", second="11.9")))


def _changes(tmp_path, text: str) -> list[tuple]:
    return [(c.status, c.operands.get("current"), c.operands.get("previous"), c.operands.get("percent"))
            for c in audit_text(tmp_path, text, ".md") if c.kind == "change" and c.rule == "change.table"]


_RUNNING = """# 北川县2025年9月财政收支月报

| 指标 | 单位 | 9月 | 1-9月 | 上年同期 | 同比增长（%） |
| --- | --- | --- | --- | --- | --- |
| 规模以上工业增加值 | 亿元 | 9.42 | 80.16 | 75.62 | 6.0 |
| 一般公共预算收入 | 万元 | 18,230 | 171,560 | 165,480 | 3.7 |
| 城镇新增就业 | 人 | 812 | 7,460 | 7,120 | {growth} |
| 一般公共预算支出 | 万元 | 38,614 | 332,870 | 312,450 | 6.5 |
| 税收收入 | 万元 | 12,908 | 124,316 | 120,840 | 2.9 |

注：规模以上工业增加值增速按可比价计算。
"""


def test_a_change_beside_a_month_and_the_year_to_date_is_of_the_year_to_date(tmp_path) -> None:
    got = _changes(tmp_path, _RUNNING.format(growth="4.8"))
    assert ("pass", 171560, 165480, 3.7) in got and ("pass", 7460, 7120, 4.8) in got
    assert ("fail", 7460, 7120, 8.4) in _changes(tmp_path, _RUNNING.format(growth="8.4"))
    # the note names its row: only that row's growth is at comparable prices (no plain change checked)
    assert not any(c[1] == 80.16 and c[2] is not None for c in got)


def test_a_change_of_the_month_is_no_reading_of_the_year_to_date(tmp_path) -> None:
    # the change column names the month ("当月同比"): not the year to date's; and rows that do not change
    # as printed from the previous column leave the reading unconfirmed
    text = _RUNNING.format(growth="4.8").replace("同比增长（%）", "当月同比（%）")
    assert not _changes(tmp_path, text)
    shifted = _RUNNING.format(growth="14.0").replace("| 6.5 |", "| 23.6 |").replace("| 2.9 |", "| 40.1 |")
    shifted = shifted.replace("| 3.7 |", "| 10.2 |")
    assert not any(c[2] is not None for c in _changes(tmp_path, shifted))
    assert ("pass", 7460, 7120, 4.8) in _changes(tmp_path, _RUNNING.format(growth="4.8"))


def test_a_paragraph_naming_two_periods_leaves_its_later_figures_open(tmp_path) -> None:
    # "排水量…" names no period; its paragraph names two before it (1-9月, 9月): not the title's, none
    text = _BULLETIN.format(year="364.0", month="41.6").replace(
        "1-9月，全县完成供水量364.0万吨，同比增长3.1%；排水量243.2万吨，同比增长2.6%。9月供水量41.6万吨，环比8月（40.2万吨）增长3.5%。",
        "1-9月，全县完成供水量364.0万吨，同比增长3.1%；9月供水量41.6万吨。排水量28.3万吨，较上月有所增加。")
    got = _equals(tmp_path, text)
    assert ("pass", 3640000, 3640000) in got and not any(283000 in v for v in got)
    # a part (其中) of the period's whole restates no row
    text = _EVENTS.format(events="450", dead="107").replace("。具体见下表", "，其中发生较大事故3起、死亡11人。具体见下表")
    got = _equals(tmp_path, text)
    assert ("pass", 450, 450) in got and not any(11 in v and 107 in v for v in got)


def test_a_total_rows_label_names_no_measure(tmp_path) -> None:
    # "…,合计96件" sums the prose's own list: no restatement of the table's 合计 row of the month
    text = _EVENTS.format(events="450", dead="107") + "\n较大事故原因中，超速38起、酒驾31起、疲劳驾驶27起，合计96件。\n"
    text = text.replace("| 死亡人数（人） |", "| 合计（件） | 59 | 498 | 557 | 594 | -6.2 |\n| 死亡人数（人） |")
    got = _equals(tmp_path, text)
    assert ("pass", 450, 450) in got and not any(96 in v for v in got)


def test_two_tables_with_the_row_and_period_leave_the_figure_open(tmp_path) -> None:
    # the county's table and a town's, both with a row 供水量 and a column 1-9月: the prose figure may
    # restate either; 排水量, in the county's alone, is paired
    town = """
## 三、城关镇主要指标

| 指标 | 单位 | 9月 | 1-9月 |
| --- | --- | --- | --- |
| 供水量 | 万吨 | 13.9 | 121.6 |
| 售水量 | 万吨 | 12.2 | 106.4 |
"""
    got = _equals(tmp_path, _BULLETIN.format(year="364.0", month="41.6") + town)
    assert not any(3640000 in v for v in got) and ("pass", 2432000, 2432000) in got


def test_a_sub_row_named_after_qizhong_is_restated(tmp_path) -> None:
    # "其中规上水厂售水收入…": 其中 right before the row's name -- the row, itself a part in the table
    text = _BULLETIN.format(year="364.0", month="41.6").replace(
        "规上水厂售水收入857.7万元，同比增长4.4%。", "全县水务收入1,204.6万元，其中规上水厂售水收入875.7万元，同比增长4.4%。")
    assert ("fail", 875.7, 857.7) in _equals(tmp_path, text)
