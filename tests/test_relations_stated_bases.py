"""Rates whose base the text names in brackets ("以…为基数"), and targets printed in brackets.
Every sentence here is written for the project."""

from __future__ import annotations

from tests.helpers import ratios


def _of(tmp_path, text: str, pct: float) -> list[tuple]:
    return [r for r in ratios(tmp_path, text) if r[2] == pct]


def test_a_base_named_in_brackets_before_the_rate(tmp_path) -> None:
    # 3,420 / 3,800 = 90.0%; of the 3,600 followed up it would be 95.0%: the bracket says which.
    text = "辖区登记孕产妇3,800人,随访3,600人,系统管理3,420人,系统管理率(以登记孕产妇为基数){p}%。"
    assert _of(tmp_path, text.format(p="90.0"), 90.0) == [(3420, 3800, 90.0, "pass")]
    assert _of(tmp_path, text.format(p="95.0"), 95.0) == [(3420, 3800, 95.0, "fail")]


def test_a_base_printed_inside_the_brackets_after_the_rate(tmp_path) -> None:
    text = "全年检查企业1,250家,整改到位1,104家,整改到位率{p}%(以发现问题的1,200家为分母计算)。"
    assert _of(tmp_path, text.format(p="92.0"), 92.0) == [(1104, 1200, 92.0, "pass")]
    assert _of(tmp_path, text.format(p="88.3"), 88.3) == [(1104, 1200, 88.3, "fail")]


def test_a_base_in_brackets_counted_in_a_kind_of_the_parts_unit(tmp_path) -> None:
    text = "年内各单位负责人到庭应诉612件次,到庭应诉率为{p}%(以开庭审理的680件为基数)。"
    assert _of(tmp_path, text.format(p="90.0"), 90.0) == [(612, 680, 90.0, "pass")]
    assert _of(tmp_path, text.format(p="95.0"), 95.0) == [(612, 680, 95.0, "fail")]


def test_a_bracket_that_names_no_figure_leaves_the_rate_to_the_others(tmp_path) -> None:
    # The bracket's words name nothing printed: no stated-base reading, and nothing fails.
    text = "全区建档老年人5,600人,健康管理4,480人,健康管理率(以常住老年人口为基数)72.0%。"
    assert [r for r in ratios(tmp_path, text) if r[3] == "fail"] == []


def test_a_target_printed_in_brackets(tmp_path) -> None:
    text = "全年农村劳动力转移就业2.31万人,完成市下达年度目标任务(2.1万人)的{p}%。"
    assert _of(tmp_path, text.format(p="110.0"), 110.0) == [(23100, 21000, 110.0, "pass")]
    assert _of(tmp_path, text.format(p="101.0"), 101.0) == [(23100, 21000, 101.0, "fail")]
