"""Consistent sentences that must give no failing check (false alarms found by review), each with
a variant where the arithmetic really breaks. Sentences written for the project."""

from __future__ import annotations

import toolkit


def failing(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(c.rule, c.operands) for c in toolkit.audit(p).checks if c.status == "fail"]


def test_certified_staff_are_no_second_part_of_the_staff(tmp_path) -> None:
    assert failing(tmp_path, "全局在编人员156人,其中执法人员120人,持有执法证件118人。") == []


def test_a_third_outcome_leaves_accepted_and_refused_short_of_what_arrived(tmp_path) -> None:
    assert failing(tmp_path, "全年收到复议申请87件,受理79件,不予受理5件,告知3件。") == []
    assert failing(tmp_path, "全年收到复议申请87件,受理79件,不予受理5件。") != []


def test_a_list_of_differences_is_no_total(tmp_path) -> None:
    assert failing(tmp_path, "全年收到复议申请45件、诉讼12件,较上年分别增加5件、3件,审结分别为43件、11件。") == []


def test_a_months_intake_is_not_what_the_year_closed(tmp_path) -> None:
    assert failing(tmp_path, "1-11月受理投诉4321件,12月受理512件,全年办结4800件。") == []


def test_an_on_time_rate_is_of_the_cases_closed_on_time(tmp_path) -> None:
    assert failing(tmp_path, "全年收到申请50件,办结48件,按期办结率100%。") == []
    assert failing(tmp_path, "全年收到申请50件,按期办结49件,按期办结率96%。") != []
