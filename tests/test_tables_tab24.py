"""Session 24 (tab24): a table's total row restated in the prose in another unit or past a heading;
on tables written for the project."""

from __future__ import annotations

from tests.helpers import audit_text


def _equals(tmp_path, text: str, suffix: str = ".md") -> list[tuple]:
    return [(c.status, *c.operands["values"]) for c in audit_text(tmp_path, text, suffix) if c.kind == "equal"]


# Money stated in 亿元 over a column printed in 万元: one measure at two scales, each figure read as
# the interval its last printed digit rounds from.
_FINES = """全县共查处各类违法案件1,500件，罚没款{fines}亿元。分类情况如下：

| 案件类别 | 案件数（件） | 罚没款（万元） |
| --- | --- | --- |
| 食品安全 | 820 | 7,215 |
| 产品质量 | 430 | 3,906 |
| 其他 | 250 | 1,279 |
| 合计 | 1,500 | 12,400 |
"""


def test_money_in_another_scale_restates_the_total(tmp_path) -> None:
    assert ("pass", 1.24, 1.24) in _equals(tmp_path, _FINES.format(fines="1.24"))
    assert ("fail", 1.42, 1.24) in _equals(tmp_path, _FINES.format(fines="1.42"))
    # rounded to the 0.1亿 printed: 1.2亿 is 12,400万
    assert ("pass", 1.2, 1.24) in _equals(tmp_path, _FINES.format(fines="1.2"))
    # the amount printed in the column's own unit, then rounded into another: the first restates it
    text = _FINES.replace("罚没款{fines}亿元", "罚没款合计{fines}万元,约1.24亿元").replace("分类情况如下：", "\n一、分类情况")
    assert ("pass", 12400, 12400) in _equals(tmp_path, text.format(fines="12,400"))


# A figure kept in 亿 ("2.47亿立方米") over a column counted in 万立方米: the same scaling.
_WATER = """全年供水总量{total}亿立方米。各水厂供水情况如下：

| 水厂 | 年供水量（万立方米） |
| --- | --- |
| 一水厂 | 12,650 |
| 二水厂 | 8,420 |
| 三水厂 | 3,630 |
| 合计 | 24,700 |
"""


def test_a_figure_kept_in_yi_restates_a_column_in_wan(tmp_path) -> None:
    assert ("pass", 2.47, 2.47) in _equals(tmp_path, _WATER.format(total="2.47"))
    assert ("fail", 2.74, 2.47) in _equals(tmp_path, _WATER.format(total="2.74"))


def test_units_of_two_measures_are_no_scales_of_one(tmp_path) -> None:
    # 亿千瓦时 is no scale of 立方米: no reading
    text = _WATER.format(total="2.74").replace("亿立方米", "亿千瓦时")
    assert not [c for c in _equals(tmp_path, text) if 2.74 in c]


def _sums(tmp_path, text: str, suffix: str = ".md") -> list[tuple]:
    return [(c.status, c.operands["total"], tuple(c.operands["parts"]))
            for c in audit_text(tmp_path, text, suffix) if c.kind == "sum" and c.rule == "sum.table_total"]


# A last row named by a quarter or a half-year under the rows of its months (or quarters): their total.
_QUARTER = """| 月份 | 受理（件） | 办结（件） |
| --- | --- | --- |
| 4月 | 312 | 298 |
| 5月 | 287 | 280 |
| 6月 | 341 | 336 |
| {name} | {total} | 914 |
"""


def test_a_quarter_row_adds_up_its_months(tmp_path) -> None:
    assert ("pass", 940, (312, 287, 341)) in _sums(tmp_path, _QUARTER.format(name="二季度", total=940))
    assert ("fail", 904, (312, 287, 341)) in _sums(tmp_path, _QUARTER.format(name="第二季度", total=904))
    # the months of another quarter, or not all of them, make up no quarter
    assert not _sums(tmp_path, _QUARTER.format(name="一季度", total=904))
    text = _QUARTER.replace("| 5月 | 287 | 280 |\n", "").format(name="二季度", total=904)
    assert not _sums(tmp_path, text)


_HALF = """各季度事故情况

季度　事故起数（起）　死亡人数（人）
一季度  20  22
二季度  25  28
{name}  {total}  50
"""


def test_a_half_year_row_adds_up_its_quarters(tmp_path) -> None:
    assert ("pass", 45, (20, 25)) in _sums(tmp_path, _HALF.format(name="上半年", total=45), ".txt")
    assert ("fail", 54, (20, 25)) in _sums(tmp_path, _HALF.format(name="上半年", total=54), ".txt")
    assert not [s for s in _sums(tmp_path, _HALF.format(name="下半年", total=54), ".txt") if s[1] == 54]


def _ratios(tmp_path, text: str, suffix: str = ".md") -> list[tuple]:
    return [(c.status, c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.operands.get("per"))
            for c in audit_text(tmp_path, text, suffix) if c.rule == "ratio.quotient_column"]


# A column printed in a unit of two is its row's figures in those units divided ("单产（公斤/亩）" is the
# 产量 in 吨 -- 1,000公斤 each -- over the 亩 sown).
_YIELD = """| 乡镇 | 播种面积（亩） | 总产量（吨） | 单产（公斤/亩） |
| --- | --- | --- | --- |
| 东镇 | 31,250 | 13,125 | {east} |
| 西镇 | 24,800 | 10,168 | 410.0 |
| 合计 | 56,050 | 23,293 | 415.6 |
"""


def test_a_column_in_a_unit_of_two_is_its_rows_quotient(tmp_path) -> None:
    checks = _ratios(tmp_path, _YIELD.format(east="420.0"))
    assert ("pass", 13125, 31250, 420, 1000) in checks and ("pass", 23293, 56050, 415.6, 1000) in checks
    assert ("fail", 13125, 31250, 402, 1000) in _ratios(tmp_path, _YIELD.format(east="402.0"))
    # two columns of the first unit: which one is divided is unknown
    text = _YIELD.replace("| 单产", "| 其中水稻（吨） | 单产").replace("| --- |\n", "| --- | --- |\n", 1)
    text = text.replace("| 13,125 |", "| 13,125 | 8,000 |").replace("| 10,168 |", "| 10,168 | 6,000 |")
    text = text.replace("| 23,293 |", "| 23,293 | 14,000 |")
    assert not _ratios(tmp_path, text.format(east="402.0"))
    # a change printed in the unit of two is no quotient of the levels
    assert not _ratios(tmp_path, _YIELD.replace("单产（", "比上年增加（").format(east="402.0"))


# A ratio column named by its sides ("生师比"), its aside saying the teachers are 1.
_PUPILS = """| 学段 | 在校生（人） | 专任教师（人） | 生师比（教师=1） |
| --- | --- | --- | --- |
| 小学 | 18,240 | 1,120 | {primary} |
| 初中 | 8,610 | 640 | 13.5 |
"""


def test_a_ratio_column_named_by_its_sides(tmp_path) -> None:
    assert ("pass", 18240, 1120, 16.3, 1) in _ratios(tmp_path, _PUPILS.format(primary="16.3"))
    assert ("fail", 18240, 1120, 13.6, 1) in _ratios(tmp_path, _PUPILS.format(primary="13.6"))
    # without the aside naming the side that is 1, "生师比" may print either way: no reading
    assert not _ratios(tmp_path, _PUPILS.replace("（教师=1）", "").format(primary="16.3"))


# A caption naming what the table counts ("一、行政执法行为数量（单位：件）"): its 合计 column's total is
# that object, which the prose after the table restates by the caption's words.
_ACTS = """## 一、行政执法行为数量（单位：件）

| 执法部门 | 行政许可 | 行政处罚 | 行政检查 | 合计 |
| --- | --- | --- | --- | --- |
| 县住建局 | 412 | 86 | 930 | 1,428 |
| 县农业农村局 | 128 | 54 | 617 | 799 |
| 合计 | 540 | 140 | 1,547 | 2,227 |

两个部门全年共实施行政执法行为{total}件。
"""


def test_the_total_column_counts_what_the_caption_names(tmp_path) -> None:
    assert ("pass", 2227, 2227) in _equals(tmp_path, _ACTS.format(total="2,227"))
    assert ("fail", 2272, 2227) in _equals(tmp_path, _ACTS.format(total="2,272"))
    # a caption describing the layout names no object: the prose's 执法行为 is not read as the 合计
    text = _ACTS.replace("行政执法行为数量（单位：件）", "各部门执法情况（单位：件）")
    assert not [c for c in _equals(tmp_path, text.format(total="2,272")) if 2272 in c]


# The paragraph restating a table's totals under a heading right after the table, naming the table
# ("上表…"); a row named in one piece of its sentence (up to ;) leaves the other pieces the table's.
_ABOVE = """## 一、主要部门执法数据

| 部门 | 行政许可（件） | 行政处罚（件） | 行政检查（次） |
| --- | --- | --- | --- |
| 甲局 | 3,120 | 645 | 8,210 |
| 乙局 | 1,480 | 1,126 | 5,064 |
| 合计 | 4,600 | 1,771 | 13,274 |

## 二、总体情况

{lead}两个部门共办理行政许可4,600件；作出行政处罚1,771件，其中乙局1,126件；开展行政检查{checks}次。
"""


def test_a_paragraph_naming_the_table_past_a_heading(tmp_path) -> None:
    checks = _equals(tmp_path, _ABOVE.format(lead="上表", checks="13,274"))
    assert ("pass", 4600, 4600) in checks and ("pass", 13274, 13274) in checks
    assert ("fail", 13247, 13274) in _equals(tmp_path, _ABOVE.format(lead="上表", checks="13,247"))
    # a paragraph under the heading that does not name the table may state another whole
    assert not [c for c in _equals(tmp_path, _ABOVE.format(lead="全市", checks="13,247")) if 13247 in c]


# The paragraph right after a table states only shares of its rows; the totals are restated in the
# paragraph after that -- never past a heading.
_SHARES = """三个执法部门执法情况如下:
|部门|立案(件)|结案(件)|
|---|---|---|
|甲局|512|505|
|乙局|236|230|
|丙局|152|148|
|合计|900|883|
甲局、乙局立案分别占三部门合计的56.9%和26.2%。
三个部门共立案900件,结案{closed}件。
"""


def test_totals_restated_past_a_paragraph_of_shares(tmp_path) -> None:
    assert ("pass", 883, 883) in _equals(tmp_path, _SHARES.format(closed=883))
    assert ("fail", 838, 883) in _equals(tmp_path, _SHARES.format(closed=838))
    text = _SHARES.replace("甲局、乙局立案分别占三部门合计的56.9%和26.2%。", "(四)化解行政争议")
    assert not [c for c in _equals(tmp_path, text.format(closed=838)) if 838 in c]


# The paragraph introducing the table holds the figures: the words before a figure's measure
# ("全县养老服务机构") are read against that paragraph as they are read themselves (全县 dropped from
# both), so they name no kind of the table's whole.
_HOMES = """一、养老服务资源

　　年末全县养老服务机构56个，床位{beds}张。按机构类型分：

机构类型　机构数（个）　床位数（张）
公办养老机构  12  1,480
民办养老机构  9  1,260
社区养老服务站  35  380
合计  56  3,120
"""


def test_the_introducing_paragraph_names_the_whole_as_the_figure_does(tmp_path) -> None:
    checks = _equals(tmp_path, _HOMES.format(beds="3,120"), ".txt")
    assert ("pass", 56, 56) in checks and ("pass", 3120, 3120) in checks
    assert ("fail", 3210, 3120) in _equals(tmp_path, _HOMES.format(beds="3,210"), ".txt")


# A word made with a measure's bound end ("余额" of "缴存额") names another measure: "缴存余额" is no
# restating of a column "缴存额"; "总" before it is the whole ("缴存总额" may restate it).
_DEPOSITS = """全市年末缴存{kind}额{amount}亿元。各县缴存情况如下：

| 县区 | 缴存额（亿元） | 提取额（亿元） |
| --- | --- | --- |
| 甲县 | 36.12 | 28.40 |
| 乙县 | 24.36 | 19.05 |
| 全市 | 60.48 | 47.45 |
"""


def test_a_word_made_with_the_measures_end_is_another_measure(tmp_path) -> None:
    assert not [c for c in _equals(tmp_path, _DEPOSITS.format(kind="余", amount="186.24")) if 186.24 in c]
    assert ("pass", 60.48, 60.48) in _equals(tmp_path, _DEPOSITS.format(kind="总", amount="60.48"))


# A budget table's completion column beside a column of last year's outturn: the outturn of the row's
# own year is the numerator ("上年执行数" is another time, no side of the rate).
_BUDGET = """| 项目 | 预算数（万元） | 执行数（万元） | 完成预算（%） | 上年执行数（万元） |
| --- | --- | --- | --- | --- |
| 税收收入 | 30,000 | 31,260 | {tax} | 29,480 |
| 非税收入 | 12,000 | 11,520 | 96.0 | 12,310 |
"""


def test_a_column_of_last_year_is_no_side_of_a_rate(tmp_path) -> None:
    found = [(c.status, c.operands["numerator"], c.operands["percent"])
             for c in audit_text(tmp_path, _BUDGET.format(tax="104.2"), ".md") if c.rule == "ratio.table_rate"]
    assert ("pass", 31260, 104.2) in found and ("pass", 11520, 96) in found
    assert any(c.status == "fail" and c.operands["percent"] == 102.4
               for c in audit_text(tmp_path, _BUDGET.format(tax="102.4"), ".md") if c.rule == "ratio.table_rate")


# A table of a fund's income, spending and the period's balance: in each row, income = spending + balance.
_FUND = """月份　基金收入（亿元）　基金支出（亿元）　{kind}（亿元）
4月  3.62  3.05  0.57
5月  3.48  3.21  {may}
6月  3.90  3.44  0.46
"""


def test_a_balance_column_is_the_income_less_the_spending(tmp_path) -> None:
    # (rows that add up are read by their figures too, sum.table_row: either states the identity)
    found = [(c.status, c.operands["total"], tuple(c.operands["parts"]))
             for c in audit_text(tmp_path, _FUND.format(kind="当期结余", may="0.27"), ".txt") if c.kind == "sum"]
    assert ("pass", 3.62, (3.05, 0.57)) in found and ("pass", 3.48, (3.21, 0.27)) in found
    assert any(c.status == "fail" and c.operands["total"] == 3.48
               for c in audit_text(tmp_path, _FUND.format(kind="当期结余", may="0.72"), ".txt") if c.rule == "sum.balance")
    # a stock carried over the years is no period's balance
    assert not [c for c in audit_text(tmp_path, _FUND.format(kind="累计结余", may="0.72"), ".txt") if c.rule == "sum.balance"]


# A row totalling the years above it ("五年合计" under 2016年…2020年): as many years as it names.
_YEARS = """年份　造林面积（万亩）　森林抚育（万亩）
2016年  3.12  5.40
2017年  3.36  5.62
2018年  2.98  5.85
{rows}{name}  {total}  28.40
"""


def test_a_row_of_n_years_adds_up_its_years(tmp_path) -> None:
    rows = "2019年  3.24  5.71\n2020年  3.50  5.82\n"
    assert ("pass", 16.2, (3.12, 3.36, 2.98, 3.24, 3.5)) in _sums(tmp_path, _YEARS.format(rows=rows, name="五年合计", total="16.20"), ".txt")
    assert ("fail", 16.02, (3.12, 3.36, 2.98, 3.24, 3.5)) in _sums(tmp_path, _YEARS.format(rows=rows, name="五年合计", total="16.02"), ".txt")
    # four years under a row naming five: no reading
    assert not _sums(tmp_path, _YEARS.format(rows=rows.split("\n")[0] + "\n", name="五年合计", total="16.02"), ".txt")
