"""Session 22 (tab22): HTML tables with rowspans and colspans, 小计 rows, share columns over a 合计 row;
on tables written for the project."""

from __future__ import annotations

from tests.helpers import audit_text

# A table grouped by 片区 with rowspans, its 合计 spanning the two label columns.
_AREAS = """<html><body><p>各片区登记情况如下：</p>
<table>
<tr><th colspan="2">地区</th><th>申请（件）</th><th>登记（件）</th><th>登记率（%）</th></tr>
<tr><td rowspan="2">北片</td><td>甲镇</td><td>420</td><td>378</td><td>{rate}</td></tr>
<tr><td>乙镇</td><td>315</td><td>300</td><td>95.2</td></tr>
<tr><td rowspan="3">南片</td><td>丙镇</td><td>260</td><td>247</td><td>95.0</td></tr>
<tr><td>丁镇</td><td>180</td><td>171</td><td>95.0</td></tr>
<tr><td>戊镇</td><td>{cell}</td><td>114</td><td>91.2</td></tr>
<tr><td colspan="2">合计</td><td>1,300</td><td>1,210</td><td>93.1</td></tr>
</table></body></html>
"""


def _checks(tmp_path, text: str, suffix: str = ".html") -> list[tuple]:
    return [(c.kind, c.status, tuple(sorted((k, tuple(v) if isinstance(v, list) else v)
                                            for k, v in c.operands.items() if k in (
                                                "total", "parts", "numerator", "denominator", "percent"))))
            for c in audit_text(tmp_path, text, suffix)]


def _sum(status: str, total, parts) -> tuple:
    return ("sum", status, (("parts", tuple(parts)), ("total", total)))


def _ratio(status: str, num, den, pct) -> tuple:
    return ("ratio", status, (("denominator", den), ("numerator", num), ("percent", pct)))


def test_rowspan_groups_line_up_with_the_total_row(tmp_path) -> None:
    checks = _checks(tmp_path, _AREAS.format(rate="90.0", cell="125"))
    assert _sum("pass", 1300, (420, 315, 260, 180, 125)) in checks
    assert _sum("pass", 1210, (378, 300, 247, 171, 114)) in checks
    # each row's 登记率 is its 登记 over its 申请, the rows of a group's first line too
    assert _ratio("pass", 378, 420, 90.0) in checks and _ratio("pass", 300, 315, 95.2) in checks
    assert _ratio("pass", 1210, 1300, 93.1) in checks


def test_a_misprinted_cell_of_a_rowspan_table_fails(tmp_path) -> None:
    checks = _checks(tmp_path, _AREAS.format(rate="90.0", cell="152"))
    assert _sum("fail", 1300, (420, 315, 260, 180, 152)) in checks
    checks = _checks(tmp_path, _AREAS.format(rate="91.0", cell="125"))
    assert _ratio("fail", 378, 420, 91.0) in checks and _ratio("pass", 300, 315, 95.2) in checks


# Kinds grouped by rowspans with a 小计 row closing each group, and a 合计 over the 小计 rows.
_KINDS = """<html><body><p>附：办件分类统计</p>
<table>
<tr><th>类别</th><th>事项</th><th>件数</th></tr>
<tr><td rowspan="4">社会事务</td><td>救助</td><td>640</td></tr>
<tr><td>优抚</td><td>212</td></tr>
<tr><td>其他</td><td>{other}</td></tr>
<tr><td>小计</td><td>1,000</td></tr>
<tr><td rowspan="3">经营事项</td><td>登记</td><td>530</td></tr>
<tr><td>变更</td><td>270</td></tr>
<tr><td>小计</td><td>800</td></tr>
<tr><td colspan="2">合计</td><td>1,800</td></tr>
</table></body></html>
"""


def test_subtotals_in_a_rowspan_table(tmp_path) -> None:
    checks = _checks(tmp_path, _KINDS.format(other="148"))
    assert _sum("pass", 1800, (1000, 800)) in checks
    assert _sum("pass", 1000, (640, 212, 148)) in checks and _sum("pass", 800, (530, 270)) in checks
    # never the items and their 小计 rows together
    assert not any(c[0] == "sum" and dict(c[2])["total"] == 1800 and len(dict(c[2])["parts"]) > 2 for c in checks)


def test_a_misprinted_item_fails_its_subtotal_only(tmp_path) -> None:
    checks = _checks(tmp_path, _KINDS.format(other="184"))
    assert _sum("fail", 1000, (640, 212, 184)) in checks
    assert _sum("pass", 1800, (1000, 800)) in checks


# A share column whose 合计 row prints a dash, not 100.
_SHARES = """<html><body><p>三、各街道受理情况。</p>
<table>
<tr><th>街道</th><th>受理量（件）</th><th>占比（%）</th><th>满意率（%）</th></tr>
<tr><td>东街</td><td>3,120</td><td>{share}</td><td>97.1</td></tr>
<tr><td>西街</td><td>2,480</td><td>31.0</td><td>96.4</td></tr>
<tr><td>南街</td><td>1,600</td><td>20.0</td><td>98.2</td></tr>
<tr><td>北街</td><td>800</td><td>10.0</td><td>95.5</td></tr>
<tr><td>合计</td><td>{total}</td><td>—</td><td>96.9</td></tr>
</table></body></html>
"""


def test_shares_over_a_total_row_with_a_dash(tmp_path) -> None:
    checks = _checks(tmp_path, _SHARES.format(share="39.0", total="8,000"))
    assert _sum("pass", 8000, (3120, 2480, 1600, 800)) in checks
    assert _ratio("pass", 3120, 8000, 39.0) in checks and _ratio("pass", 800, 8000, 10.0) in checks


def test_a_misprinted_share_or_total_of_such_a_table(tmp_path) -> None:
    checks = _checks(tmp_path, _SHARES.format(share="36.0", total="8,000"))
    assert _ratio("fail", 3120, 8000, 36.0) in checks
    # a total the rows do not add up to fails as a sum; the shares, of the rows' true total, still agree
    checks = _checks(tmp_path, _SHARES.format(share="39.0", total="8,060"))
    assert _sum("fail", 8060, (3120, 2480, 1600, 800)) in checks
    # (no share is read over a total none of them agrees with: no false alarm on the shares)
    assert not any(c[0] == "ratio" and c[1] == "fail" for c in checks)


# Money rows beside last year's figure and the growth: the growth may be at comparable prices, so the
# plain change of the two figures passes and any other is unverifiable -- never a failure.
_MONEY = """一、主要指标

| 指标 | 1-9月 | 上年同期 | 同比增长（%） |
| --- | --- | --- | --- |
| 建筑业总产值（万元） | 208,400 | 190,000 | {a} |
| 商品房销售额（万元） | 96,300 | 99,100 | -2.8 |
| 新登记市场主体（户） | 5,250 | 5,000 | {b} |
"""


def test_money_rows_of_a_change_table(tmp_path) -> None:
    checks = _checks(tmp_path, _MONEY.format(a="9.7", b="5.0"), ".md")
    changes = {(c[1], dict(c[2])["percent"]) for c in checks if c[0] == "change"}
    assert ("pass", 9.7) in changes and ("pass", -2.8) in changes and ("pass", 5.0) in changes
    # (8.2% at comparable prices, not the plain 9.7%: unverifiable on a money row; a count row fails)
    checks = _checks(tmp_path, _MONEY.format(a="8.2", b="6.0"), ".md")
    changes = {(c[1], dict(c[2])["percent"]) for c in checks if c[0] == "change"}
    assert ("unverifiable", 8.2) in changes and ("fail", 6.0) in changes


# The whole printed first, with no share of its own, over rows whose shares add up to 100.
_FIRST = """<html><body><p>表3 本年非税收入构成</p>
<table>
<tr><th>项目</th><th>金额（万元）</th><th>占比（%）</th></tr>
<tr><td>非税收入</td><td>{whole}</td><td>—</td></tr>
<tr><td>专项收入</td><td>21,600</td><td>{share}</td></tr>
<tr><td>行政事业性收费</td><td>9,900</td><td>22.0</td></tr>
<tr><td>罚没收入</td><td>13,500</td><td>30.0</td></tr>
</table></body></html>
"""


def test_a_whole_printed_first_over_its_shares(tmp_path) -> None:
    checks = _checks(tmp_path, _FIRST.format(whole="45,000", share="48.0"))
    assert _sum("pass", 45000, (21600, 9900, 13500)) in checks
    assert _ratio("pass", 21600, 45000, 48.0) in checks and _ratio("pass", 13500, 45000, 30.0) in checks
    checks = _checks(tmp_path, _FIRST.format(whole="45,000", share="46.0"))
    assert _ratio("fail", 21600, 45000, 46.0) in checks
    # (a first row the rows do not add up to, and the shares are not of: no whole of the rows)
    checks = _checks(tmp_path, _FIRST.format(whole="50,000", share="48.0"))
    assert not any(c[1] == "fail" for c in checks)


# A PDF copy whose caption line is a whole paragraph: an average in its first sentence names no
# measure of the table, which its last sentence introduces.
_PARAGRAPH = """一、行政复议

全年办结案件平均用时36天，较上年缩短4天。分被申请人情况如下（单位：件）：

被申请人　收案　审结　维持　驳回　纠错　终止
县市场监管局  30  28  15  5  6  2
县住建局  22  {a}  12  4  3  2
县交通运输局  16  15  8  3  3  1
各镇人民政府  25  24  13  4  5  2
其他部门  11  10  6  2  1  1
"""


def test_an_average_in_the_paragraph_above_a_table(tmp_path) -> None:
    rows = {(c[1], dict(c[2])["total"]) for c in _checks(tmp_path, _PARAGRAPH.format(a="21"), ".txt")
            if c[0] == "sum"}
    assert {("pass", 28), ("pass", 21), ("pass", 15), ("pass", 24), ("pass", 10)} <= rows
    rows = {(c[1], dict(c[2])["total"]) for c in _checks(tmp_path, _PARAGRAPH.format(a="20"), ".txt")
            if c[0] == "sum"}
    assert ("fail", 20) in rows and ("pass", 28) in rows


# A table closed by a 小计 row and nothing after it.
_CLOSED = """三、各镇办理情况

镇　交办量（件）　办结量（件）　办结率（%）
甲镇  1,420  1,392  98.0
乙镇  {a}  1,051  98.6
丙镇  2,310  2,287  99.0
丁镇  640  632  98.8
各镇小计  5,436  5,362  98.6
"""


def test_a_table_closed_by_a_subtotal_row(tmp_path) -> None:
    sums = {(c[1], dict(c[2])["total"]) for c in _checks(tmp_path, _CLOSED.format(a="1,066"), ".txt")
            if c[0] == "sum"}
    assert ("pass", 5436) in sums and ("pass", 5362) in sums
    sums = {(c[1], dict(c[2])["total"]) for c in _checks(tmp_path, _CLOSED.format(a="1,606"), ".txt")
            if c[0] == "sum"}
    assert ("fail", 5436) in sums and ("pass", 5362) in sums


# The whole printed first over its two complements, a 其中 breakdown of the first between them.
_BUDGET = """（一）一般公共预算收支

| 项目 | 预算数（万元） | 执行数（万元） |
| --- | --- | --- |
| 一般公共预算收入 | 150,000 | 153,600 |
| （一）税收收入 | 110,000 | 111,200 |
| 其中：增值税 | 46,000 | 45,300 |
| 个人所得税 | 9,000 | 9,400 |
| （二）非税收入 | 40,000 | {a} |
"""


def test_a_whole_first_over_its_complements(tmp_path) -> None:
    sums = {(c[1], dict(c[2])["total"], dict(c[2])["parts"])
            for c in _checks(tmp_path, _BUDGET.format(a="42,400"), ".md") if c[0] == "sum"}
    assert ("pass", 150000, (110000, 40000)) in sums and ("pass", 153600, (111200, 42400)) in sums
    sums = {(c[1], dict(c[2])["total"], dict(c[2])["parts"])
            for c in _checks(tmp_path, _BUDGET.format(a="42,900"), ".md") if c[0] == "sum"}
    assert ("fail", 153600, (111200, 42900)) in sums and ("pass", 150000, (110000, 40000)) in sums


_YEARS = """| 指标 | 2024年 | 2023年 | 增长（%） |
| --- | --- | --- | --- |
| 旅游总收入（亿元） | 58.60 | 52.40 | {a} |
| 接待游客（万人次） | 640 | 600 | {b} |
"""


def test_money_rows_of_a_two_year_table(tmp_path) -> None:
    checks = _checks(tmp_path, _YEARS.format(a="11.8", b="6.7"), ".md")
    changes = {(c[1], dict(c[2])["percent"]) for c in checks if c[0] == "change"}
    assert ("pass", 11.8) in changes and ("pass", 6.7) in changes
    checks = _checks(tmp_path, _YEARS.format(a="10.2", b="7.6"), ".md")
    changes = {(c[1], dict(c[2])["percent"]) for c in checks if c[0] == "change"}
    assert ("unverifiable", 10.2) in changes and ("fail", 7.6) in changes
