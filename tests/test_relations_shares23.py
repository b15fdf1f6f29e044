"""Shares and rates of a distant or named base, per-N rates, distributive 分别 lists
(toolkit/relations/shares.py and the share modules). Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def ratios(tmp_path, text: str, rule: str | None = None) -> list[tuple]:
    """(numerator, denominator, percent, status) of every ratio check, optionally of one rule."""
    return [(c.operands["numerator"], c.operands["denominator"], c.operands["percent"], c.status)
            for c in audit_text(tmp_path, text)
            if c.kind == "ratio" and (rule is None or c.rule == rule)]


def has(found: list[tuple], numerator, denominator, percent, status: str) -> bool:
    return any(float(n) == numerator and float(b) == denominator and float(p) == percent and s == status
               for n, b, p, s in found)


# -- a period spanning two years is the figure's own period, not a year compared against ---------

@pytest.mark.parametrize(("text", "numerator", "base", "percent", "status"), [
    ("2022年7月至2023年6月,本院共受理执行案件4,200件,执结3,780件,执结率90.0%。", 3780, 4200, 90.0, "pass"),
    ("2022年7月至2023年6月,本院共受理执行案件4,200件,执结3,780件,执结率92.0%。", 3780, 4200, 92.0, "fail"),
    ("2019年1月至2020年12月,全区共排查隐患860处,已整改817处,整改率95.0%。", 817, 860, 95.0, "pass"),
])
def test_a_period_spanning_two_years_is_no_previous_year(tmp_path, text, numerator, base, percent, status) -> None:
    assert has(ratios(tmp_path, text), numerator, base, percent, status)


def test_a_span_is_no_comparison_but_a_year_compared_against_is(tmp_path) -> None:
    # "2022年受理…,2023年受理…": the 2022 figure is last year's, no base of this year's rate
    found = ratios(tmp_path, "2022年受理执行案件4,200件,2023年受理执行案件4,500件,执结4,050件,执结率90.0%。")
    assert not any(float(b) == 4200 for _, b, _, _ in found)
    assert has(found, 4050, 4500, 90.0, "pass")
    found = ratios(tmp_path, "2022年1月至2023年6月受理执行案件4,500件,执结4,050件,执结率90.0%。")
    assert has(found, 4050, 4500, 90.0, "pass")


# -- a 其中 inside an aside closed before a figure lists the aside's items, not the figure ----------

@pytest.mark.parametrize(("text", "numerator", "base", "percent", "status"), [
    ("本院受理执行案件3,500件(其中新收3,100件,旧存400件),执结3,150件,执结率90.0%。\n"
     "执结案件中,执行完毕1,260件,终结本次执行程序1,134件,终结执行380件,其他376件,终本率36.0%。",
     1134, 3150, 36.0, "pass"),
    ("本院受理执行案件3,500件(其中新收3,100件,旧存400件),执结3,150件,执结率90.0%。\n"
     "执结案件中,执行完毕1,260件,终结本次执行程序1,134件,终结执行380件,其他376件,终本率38.0%。",
     1134, 3150, 38.0, "fail"),
])
def test_an_aside_list_leaves_the_figures_after_it_whole(tmp_path, text, numerator, base, percent, status) -> None:
    assert has(ratios(tmp_path, text), numerator, base, percent, status)
