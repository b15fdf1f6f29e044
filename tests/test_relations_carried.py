"""Closing rates whose base may hold the work carried in (relations/carried.py), on sentences
written for the project."""

from __future__ import annotations

import pytest

import toolkit


def rates(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.operands["numerator"], c.operands["denominator"], c.status, c.operands.get("unverifiable"))
            for c in toolkit.audit(p).checks if c.kind == "ratio"]


@pytest.mark.parametrize("text", [
    # 1,306 / (1,380 + 52) = 91.2%; 1,306 / 1,380 = 94.6%
    "全年受理仲裁案件1,380件,结案1,306件(含上年结转案件52件),结案率91.2%。",
    "本年度新收复议案件1,380件,上年结转52件,审结1,306件,审结率91.2%。",
])
def test_a_closing_rate_over_the_intake_and_the_work_carried_in_is_no_failure(tmp_path, text) -> None:
    assert rates(tmp_path, text) == [(1306, 1380, "unverifiable", "base_with_carried_in")]


def test_a_closing_rate_that_fits_neither_base_still_fails(tmp_path) -> None:
    text = "全年受理仲裁案件1,380件,结案1,306件(含上年结转案件52件),结案率88.2%。"
    assert rates(tmp_path, text) == [(1306, 1380, "fail", None)]


def test_a_closing_rate_over_the_intake_holds_as_printed(tmp_path) -> None:
    text = "全年受理仲裁案件1,380件,结案1,306件(含上年结转案件52件),结案率94.6%。"
    assert rates(tmp_path, text) == [(1306, 1380, "pass", None)]


@pytest.mark.parametrize("text", [
    # work carried forward to next year is no part of this year's base
    "全年受理仲裁案件1,380件,结案1,306件,结转下年度52件,结案率91.2%。",
    # a rate that is not of closing
    "全年受理仲裁案件1,380件,调解结案1,306件(含上年结转案件52件),调解率91.2%。",
])
def test_only_closing_rates_and_work_carried_in(tmp_path, text) -> None:
    assert all(st == "fail" for *_, st, _ in rates(tmp_path, text))
    assert rates(tmp_path, text)


# --- rates over the period's average of a printed level (relations/averages.py) ------------------


@pytest.mark.parametrize("text", [
    # 4,380 / 624,000 = 7.02‰: over the year's average population it is 7.03‰
    "年末全县常住人口62.40万人,全年死亡人口4,380人,死亡率7.03‰。",
    "年末全市户籍人口62.40万人。全年出生人口4,510人,人口出生率7.24‰。",
])
def test_a_vital_rate_slightly_off_the_year_end_population_is_no_failure(tmp_path, text) -> None:
    got = rates(tmp_path, text)
    assert all(st != "fail" for *_, st, _ in got)


def test_a_vital_rate_far_off_the_population_still_fails(tmp_path) -> None:
    got = rates(tmp_path, "年末全县常住人口62.40万人,全年死亡人口4,380人,死亡率7.53‰。")
    assert [st for *_, st, _ in got] == ["fail"]


def test_the_average_vocabulary_reads() -> None:
    from toolkit.relations.averages import average_vocabulary

    assert [a.id for a in average_vocabulary()] == ["vital"]
    assert 0 < average_vocabulary()[0].within < 0.1
