"""Session 23 (tab23): tables of a PDF copy laid out with spaces whose labels and header wrap over two
lines; on tables written for the project."""

from __future__ import annotations

from tests.helpers import audit_text, norm

# A table of numbered items laid out with spaces, as a PDF copy prints it: the header wraps inside a
# word ("移送" / "司法"), two labels wrap with their figures after the label's end, one of them inside
# an aside holding a comma.
_CASES = """各领域案件办理情况如下(单位:件):

项目　　　　　　　　　　　　　　　　简易程序　一般程序　移送
司法　合计
一、食品生产经营领域违法
案件     12     30     2     {food}
二、药品医疗器械违法案件     3     9     1     13
三、特种设备安全违法案件     2     5     0     7
四、产品质量违法案件(含计
量,不含标准化)     4     11     0     15
五、其他违法案件     1     2     0     3
合计     22     57     3     82

全年共办理案件82件。
"""


# A heading numbered as an item over a table whose rows are not: the heading is no part of a label.
_HEADED = """一、执法检查情况
检查企业     120     130     250
发现隐患     46     52     98
整改隐患     40     50     90
"""


def _checks(tmp_path, text: str) -> list[tuple]:
    return [(c.kind, c.status, tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                                            for k, v in c.operands.items() if k in ("total", "parts"))))
            for c in audit_text(tmp_path, text, ".txt")]


def _sum(status: str, total, parts) -> tuple:
    return ("sum", status, (("parts", tuple(parts)), ("total", total)))


def test_wrapped_labels_and_header_are_one_row_each() -> None:
    lines = norm(_CASES.format(food=44)).text.split("\n")
    assert "|项目|简易程序|一般程序|移送司法|合计|" in lines
    assert "|一、食品生产经营领域违法案件|12|30|2|44|" in lines
    assert "|四、产品质量违法案件(含计量,不含标准化)|4|11|0|15|" in lines
    # a heading numbered as an item over a table whose rows are not: no part of a label
    lines = norm(_HEADED).text.split("\n")
    assert lines[0] == "一、执法检查情况" and "|检查企业|120|130|250|" in lines


def test_rows_with_wrapped_labels_add_up(tmp_path) -> None:
    checks = _checks(tmp_path, _CASES.format(food=44))
    assert _sum("pass", 44, (12, 30, 2)) in checks and _sum("pass", 15, (4, 11, 0)) in checks
    assert _sum("pass", 22, (12, 3, 2, 4, 1)) in checks


def test_a_misprinted_wrapped_row_fails(tmp_path) -> None:
    checks = _checks(tmp_path, _CASES.format(food=45))
    assert _sum("fail", 45, (12, 30, 2)) in checks


# A total row restated in the prose under the column's word without its 量, and a grand total column
# (合计) named by the table's caption.
_HANDLED = """二、承办单位办理情况
|承办单位|转办量|办结量|
|---|---|---|
|甲局|1,200|1,180|
|乙局|800|790|
|合计|2,000|1,970|

全年办结{closed}件。
"""

_INSPECTIONS = """一、行政检查数量(单位:次)
|执法部门|日常检查|专项检查|合计|
|---|---|---|---|
|市场监管所|420|180|600|
|综合执法队|310|90|400|
|合计|730|270|1,000|

全镇全年共开展行政检查{total}次。
"""


def _equal(status: str, a, b) -> tuple:
    return ("equal", status, a, b)


def _equals(tmp_path, text: str, suffix: str = ".md") -> list[tuple]:
    return [("equal", c.status, *c.operands["values"]) for c in audit_text(tmp_path, text, suffix) if c.kind == "equal"]


_BY_KIND = """全年办理各类不动产登记业务{total}万件。分类型情况如下：

| 登记类型 | 办件量（件） | 占比（%） |
| --- | --- | --- |
| 首次登记 | 8,000 | 20.0 |
| 转移登记 | 20,000 | 50.0 |
| 抵押登记 | 12,000 | 30.0 |
| 合计 | 40,000 | 100.0 |
"""


# An introduction on a line of its own ("…情况如下:"): the wholes are stated in the paragraph above it;
# 审执结 (审结 and 执结) is the closing of a court's cases.
_COURT = """全年受理各类案件1,200件,审执结{closed}件。
各类案件收结情况如下:
|案件类型|收案(件)|结案(件)|
|---|---|---|
|民事|700|680|
|刑事|500|470|
|合计|1,200|1,150|
"""


# The disclosure form's rows printed without their numbers: new + carried in = outcomes' total +
# carried out, column by column, where one carry row is 0.
_FORM = """二、收到和处理政府信息公开申请情况(单位:件)
|项目|自然人|法人或其他组织|合计|
|本年新收|30|{firms}|34|
|上年结转|0|0|0|
|予以公开|12|2|14|
|部分公开|6|1|7|
|无法提供|9|1|10|
|总计|27|4|31|
|结转下年度|3|0|3|
"""


def test_the_forms_balance_without_its_row_numbers(tmp_path) -> None:
    checks = _checks(tmp_path, _FORM.format(firms=4))
    assert _sum("pass", 34, (31, 3)) in checks and _sum("pass", 30, (27, 3)) in checks
    assert _sum("fail", 5, (4, 0)) in _checks(tmp_path, _FORM.format(firms=5))


# A two-column table laid out with spaces: a label and one figure a line, its total last.
_ONE_COLUMN = """各乡镇造林情况如下:
乡镇        造林面积(亩)
青石镇      1,260
柳河乡      {willow}
东岭镇      1,115
合计        3,215
"""


def test_a_table_of_one_column_laid_out_with_spaces(tmp_path) -> None:
    lines = norm(_ONE_COLUMN.format(willow=840)).text.split("\n")
    assert "|乡镇|造林面积(亩)|" in lines and "|合计|3,215|" in lines
    assert _sum("pass", 3215, (1260, 840, 1115)) in _checks(tmp_path, _ONE_COLUMN.format(willow=840))
    assert _sum("fail", 3215, (1260, 480, 1115)) in _checks(tmp_path, _ONE_COLUMN.format(willow=480))
    # without a total's line, label-and-figure lines are no table
    assert "|东岭镇|1,115|" not in norm(_ONE_COLUMN.format(willow=840).replace("合计        3,215\n", "")).text


_WATER = """全县总用水量{total}亿立方米。各镇用水情况:
|镇|用水总量(亿立方米)|
|---|---|
|甲镇|1.20|
|乙镇|0.85|
|合计|2.05|
"""


# A quarter stated in the prose as the sum of its months' rows, in the unit the column's header prints;
# the clause names the column by its last words (收入 for 税费收入).
_MONTHS = """一、分月收支
|月份|税费收入(亿元)|民生支出(亿元)|
|1月|1.20|0.90|
|2月|0.80|0.70|
|3月|1.10|1.00|
|4月|1.30|1.20|
|5月|0.90|0.80|
|6月|1.40|1.30|
|1-6月|6.70|5.90|
二、收入情况
二季度收入{q2}亿元。
"""


def test_a_quarter_is_its_months_rows(tmp_path) -> None:
    assert _sum("pass", 3.6, (1.3, 0.9, 1.4)) in _checks(tmp_path, _MONTHS.format(q2="3.60"))
    assert _sum("fail", 3.8, (1.3, 0.9, 1.4)) in _checks(tmp_path, _MONTHS.format(q2="3.80"))


