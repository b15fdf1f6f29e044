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
