"""Tables whose figures a false alarm misread: a prose amount in 亿元 restating a row of a table printed
in 万元 (any of its columns: 预算数, 调整预算数, 执行数, 上年执行数), and a cut-down application grid
whose 总计 adds the outcome rows, not the intake rows above them. Every text here is written for the
project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def restated(tmp_path, text: str) -> list[str]:
    return [c.status for c in audit_text(tmp_path, text) if c.rule == "equal.restated"]


def table_totals(tmp_path, text: str) -> dict[tuple, str]:
    return {(c.operands["total"], *c.operands["parts"]): c.status
            for c in audit_text(tmp_path, text) if c.rule == "sum.table_total"}


def fails(tmp_path, text: str) -> list[str]:
    return [c.rule for c in audit_text(tmp_path, text) if c.status == "fail"]


_MD_BUDGET = """# 某县2024年预算执行情况

全县一般公共预算收入完成{a}亿元，增长3.1%。

| 项目 | 预算数（万元） | 调整预算数（万元） | 执行数（万元） | 上年执行数（万元） |
| --- | --- | --- | --- | --- |
| 一般公共预算收入 | 150,000 | 152,300 | 153,842 | 149,215 |
| 税收收入 | 101,000 | 101,000 | 98,466 | 97,320 |
"""

_TAB_BUDGET = """某市2023年财政预算执行情况报告

一、收入情况。全市一般公共预算收入{a}亿元，为调整预算的102.3%。

表1 一般公共预算收入执行表
单位：万元
项目\t年初预算\t执行数\t增长%
一般公共预算收入\t405,000\t414,318\t5.2
税收收入\t290,000\t301,276\t6.0
"""


@pytest.mark.parametrize("text,a,planted", [(_MD_BUDGET, "15.38", "15.83"), (_MD_BUDGET, "15.4", "15.8"),
                                            (_MD_BUDGET, "15.23", "15.32"), (_TAB_BUDGET, "41.43", "41.34")])
def test_yi_prose_restates_any_column_of_a_wan_row(tmp_path, text: str, a: str, planted: str) -> None:
    # 15.38亿 / 15.4亿 is the 执行数 153,842万 rounded, 15.23亿 the 调整预算数, 41.43亿 the 执行数 414,318万;
    # a planted figure that no column of the row reads as still fails
    statuses = restated(tmp_path, text.format(a=a))
    assert statuses and set(statuses) == {"pass"}
    assert "fail" in restated(tmp_path, text.format(a=planted))


def test_bare_cells_of_no_printed_unit_are_no_reading(tmp_path) -> None:
    # no header, no caption prints the table's unit: 41.43亿 beside 414,318 is in an unknown unit
    text = _TAB_BUDGET.replace("单位：万元\n", "").format(a="41.43")
    assert "equal.restated" not in fails(tmp_path, text)


_SPACED_GRID = """某街道办事处2022年政府信息公开工作年度报告

全年新收申请{new}件，上年结转2件。

项目　自然人　法人或其他组织　总计
本年新收申请  19  3  22
上年结转  2  0  2
予以公开  9  1  10
部分公开  3  1  4
无法提供  4  0  4
不予处理  2  1  3
总计  {t}  3  21
结转下年度继续办理  3  0  3
"""

_MD_GRID = """某镇2021年政府信息公开工作年度报告

| 项目 | 数量 |
| --- | --- |
| 收到申请 | 14 |
| 上年度结转 | 1 |
| 予以公开 | 8 |
| 部分公开 | 2 |
| 不予公开 | 1 |
| 其他处理 | {o} |
| 总计 | 13 |
| 结转下年度继续办理 | 2 |
"""


def test_grid_total_adds_its_outcome_rows_not_the_intake(tmp_path) -> None:
    sums = table_totals(tmp_path, _SPACED_GRID.format(new="22", t="18"))
    assert sums[(18, 9, 3, 4, 2)] == "pass"
    assert sums[(21, 10, 4, 4, 3)] == "pass"
    assert not [k for k in sums if 19 in k[1:]]  # the intake row is no part of the 总计
    assert "sum.table_total" not in fails(tmp_path, _SPACED_GRID.format(new="22", t="18"))
    assert table_totals(tmp_path, _SPACED_GRID.format(new="22", t="17"))[(17, 9, 3, 4, 2)] == "fail"


def test_markdown_grid_total_of_outcomes(tmp_path) -> None:
    assert table_totals(tmp_path, _MD_GRID.format(o="2"))[(13, 8, 2, 1, 2)] == "pass"
    assert table_totals(tmp_path, _MD_GRID.format(o="3"))[(13, 8, 2, 1, 3)] == "fail"


_TAB_GRID = """某区卫生健康局2020年政府信息公开工作年度报告

项目\t自然人\t法人或其他组织\t总计
本年新收申请\t11\t2\t13
上年结转申请\t1\t1\t2
予以公开\t5\t1\t6
无法提供\t3\t1\t4
其他处理\t2\t0\t2
总计\t{t}\t2\t12
结转下年度继续办理\t2\t1\t3
"""


def test_tab_grid_total_of_outcomes(tmp_path) -> None:
    sums = table_totals(tmp_path, _TAB_GRID.format(t="10"))
    assert sums[(10, 5, 3, 2)] == "pass" and sums[(12, 6, 4, 2)] == "pass"
    assert table_totals(tmp_path, _TAB_GRID.format(t="11"))[(11, 5, 3, 2)] == "fail"
