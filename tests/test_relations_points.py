"""A rate against last year's rate and the change in points between them (relations/points.py)."""

from __future__ import annotations

import pytest

import toolkit


def points(tmp_path, text: str) -> list[tuple]:
    (p := tmp_path / "r.txt").write_text(text, encoding="utf-8")
    return [(c.operands["total"], c.operands["parts"], c.status) for c in toolkit.audit(p).checks
            if c.rule == "sum.points"]


@pytest.mark.parametrize("text, expected", [
    ("群众满意率为92.7%,较上年的90.8%提高1.9个百分点。", (92.7, [90.8, 1.9], "pass")),
    ("群众满意率为92.7%,较上年的90.8%提高2.9个百分点。", (92.7, [90.8, 2.9], "fail")),
    # three rates rounded on their own: 90.84 + 1.82 = 92.66
    ("群众满意率为92.7%,较上年的90.8%提高1.8个百分点。", (92.7, [90.8, 1.8], "pass")),
    ("结案率为88.1%,比上年的90.2%下降2.1个百分点。", (90.2, [88.1, 2.1], "pass")),
    ("上年结案率为90.2%,今年为88.1%,下降3.1个百分点。", (90.2, [88.1, 3.1], "fail")),
    ("2023年群众满意率为92.7%,2022年为90.8%,提高了1.9个百分点。", (92.7, [90.8, 1.9], "pass")),
    # one measure named thrice
    ("群众满意率为92.7%,上年群众满意率为90.8%,群众满意率提高1.9个百分点。", (92.7, [90.8, 1.9], "pass")),
])
def test_this_years_rate_is_last_years_plus_the_points(tmp_path, text, expected) -> None:
    assert points(tmp_path, text) == [expected]


@pytest.mark.parametrize("text", [
    "优良天数比例为86.3%,同比上升2.1个百分点。",  # last year's rate not printed
    "城镇化率为62.5%,农村人口占37.5%,提高1.2个百分点。",  # neither rate is last year's
    "办结率98.2%,满意率96.1%,上年分别为97.5%和95.0%,分别提高0.7和1.1个百分点。",  # several: 分别 pairs them
    # two measures: this year's 满意率 is not printed, the 98.6% is another rate's
    "全年按期办结率为98.6%,上年群众满意率为97.0%,群众满意率较上年提高0.5个百分点。",
])
def test_nothing_is_said_without_one_reading(tmp_path, text) -> None:
    assert points(tmp_path, text) == []
