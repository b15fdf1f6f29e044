"""Session 21 (tab21): tables a PDF copy laid out badly, on tables written for the project."""

from __future__ import annotations

from tests.helpers import audit_text

# The national disclosure form copied from a PDF: each row's label on a line of its own, its figures
# on the next line laid out with spaces; a long label wrapped over two lines.
_FORM = """二、收到和处理政府信息公开申请情况

一、本年新收政府信息公开申请数量
  20     2     0     0     1     0    23
二、上年结转政府信息公开申请数量
   0     0     0     0     0     0     0
三、本年度办理结果
（一）予以公开
  11     1     0     0     0     0    12
（二）部分公开（区分处理的，只计这一情形，不计其他情形）
   3     0     0     0     1     0     4
（三）不予公开
1.属于国家秘密
   0     0     0     0     0     0     0
2.保护第三方合法权益
   2     0     0     0     0     0     2
（四）无法提供
1.本机关不掌握相关政府信息
   {a}     1     0     0     0     0     4
2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息
公开申请
   0     0     0     0     0     0     0
（七）总计
  19     2     0     0     1     0    22
四、结转下年度继续办理
   1     0     0     0     0     0     1
"""


def _sums(tmp_path, text: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for c in audit_text(tmp_path, text):
        if c.kind == "sum":
            out.setdefault(c.rule, []).append((c.status, c.operands["total"], tuple(c.operands["parts"])))
    return out


def test_a_rows_label_on_the_line_above_its_figures(tmp_path) -> None:
    sums = _sums(tmp_path, _FORM.format(a="3"))
    rows = sums.get("sum.table_row", [])
    assert ("pass", 23, (20, 2, 0, 0, 1, 0)) in rows and ("pass", 22, (19, 2, 0, 0, 1, 0)) in rows
    # the outcomes "(一)" … "(四)" add up to "(七)总计", column by column (the wrapped label one row)
    assert ("pass", 22, (12, 4, 0, 2, 4, 0)) in sums.get("sum.table_total", [])
    # 新收 = 总计 + 结转下年度 (nothing carried in)
    assert ("pass", 23, (22, 1)) in sums.get("sum.table_balance", [])


def test_a_misprinted_cell_of_such_a_row_fails(tmp_path) -> None:
    rows = _sums(tmp_path, _FORM.format(a="5")).get("sum.table_row", [])
    assert ("fail", 4, (5, 1, 0, 0, 0, 0)) in rows
    # (a line of figures under a sentence is no row of that sentence)
    text = "全年受理申请23件，办结19件。\n  20     2     0     0     1     0    23\n"
    assert _sums(tmp_path, text) == {}


# The same form copied one cell a line: a label's aside wrapped over two lines, an item's label
# wrapped after its marker.
_CELLS = """项目
自然人
法人
其他
总计
一、本年新收政府信息公开申请数量
9
2
1
12
二、上年结转政府信息公开申请数量
0
0
0
0
三、本年度办理结果
（一）予以公开
5
1
0
6
（二）部分公开（区分处理的，只计这一
情形，不计其他情形）
2
{b}
0
3
（四）无法提供
1.本机关不掌握相关政府
信息
1
0
1
2
（七）总计
8
2
1
11
四、结转下年度继续办理
1
0
0
1
"""


def test_a_form_one_cell_a_line_with_wrapped_labels(tmp_path) -> None:
    sums = _sums(tmp_path, _CELLS.format(b="1"))
    assert ("pass", 3, (2, 1, 0)) in sums.get("sum.table_row", [])
    assert ("pass", 11, (6, 3, 2)) in sums.get("sum.table_total", [])
    assert ("fail", 3, (2, 2, 0)) in _sums(tmp_path, _CELLS.format(b="2")).get("sum.table_row", [])


# A table laid out with spaces whose header's last cell wrapped ("办结率(%" / ")"), its year columns
# naming their measure ("2023年受理(件)").
_WRAPPED_HEADER = """各县区情况

县区　2023年受理(件)　2022年受理(件)　同比(%)　办结率(%
)
东城区  12,400  10,000  24.0  99.1
西城区  8,800  8,000  {b}  98.7
南湖县  3,300  3,000  10.0  97.9
"""


def _changes(tmp_path, text: str) -> list[tuple]:
    return sorted((c.status, c.operands["current"], c.operands.get("previous"))
                  for c in audit_text(tmp_path, text) if c.rule == "change.table")


def test_a_wrapped_header_over_year_columns_naming_their_measure(tmp_path) -> None:
    assert _changes(tmp_path, _WRAPPED_HEADER.format(b="10.0")) == [
        ("pass", 3300, 3000), ("pass", 8800, 8000), ("pass", 12400, 10000)]
    assert ("fail", 8800, 8000) in _changes(tmp_path, _WRAPPED_HEADER.format(b="12.0"))
    # (two years naming two measures are no pair of years of one figure)
    other = _WRAPPED_HEADER.format(b="10.0").replace("2022年受理", "2022年办结")
    assert _changes(tmp_path, other) == []
