"""A prose figure restated by a table (issue 15, pattern H): the national 政府信息公开 form's total
row of outcomes ("（七）总计") when the table drops the group's own row ("三、本年度办理结果"), and
the closing said with 年度内/本年度内. Tables and sentences written for the project."""

from __future__ import annotations

import pytest

import toolkit


def restated(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(tuple(int(v) for v in c.operands["values"]), c.status) for c in toolkit.audit(p).checks
            if c.rule == "equal.restated_table"]


# the group row "三、本年度办理结果" left out: the rows of outcomes follow the carried-over row
NO_GROUP_ROW = """（二）依申请公开。本年度新收政府信息公开申请41件，上年结转3件。{closing}{closed}件，结转下年度继续办理5件。
|信息内容|自然人|法人或其他组织|总计|
|一、本年新收政府信息公开申请数量|35|6|41|
|二、上年结转政府信息公开申请数量|3|0|3|
|（一）予以公开|20|3|23|
|（三）不予公开|6|1|7|
|（四）无法提供|7|2|9|
|（七）总计|33|6|39|
|四、结转下年度继续办理|5|0|5|
"""


@pytest.mark.parametrize("closing", ["年度内办结", "本年度内共办结", "全年已办结", "已办结"])
def test_the_forms_total_row_of_outcomes_is_what_was_closed(tmp_path, closing) -> None:
    assert ((39, 39), "pass") in restated(tmp_path, NO_GROUP_ROW.format(closing=closing, closed=39))
    assert ((38, 39), "fail") in restated(tmp_path, NO_GROUP_ROW.format(closing=closing, closed=38))


def test_a_total_row_of_another_ordinal_is_no_total_of_outcomes(tmp_path) -> None:
    # "（三）总计" totals three rows of something else: the closed figure restates no row
    text = NO_GROUP_ROW.format(closing="年度内办结", closed=38).replace("（七）总计", "（三）总计")
    assert [v for v, _ in restated(tmp_path, text) if 38 in v] == []


def test_a_closing_of_another_period_restates_no_total(tmp_path) -> None:
    text = NO_GROUP_ROW.format(closing="上半年办结", closed=18)
    assert [v for v, _ in restated(tmp_path, text) if 18 in v] == []


def statuses(tmp_path, text: str) -> list[tuple]:
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    return [(int(c.operands["total"]), sorted(int(x) for x in c.operands["parts"]), c.status)
            for c in toolkit.audit(p).checks if c.rule == "sum.status"]


# New requests (新收) with none carried in -- said as none (无上年结转, 上年无结转, 上年结转0件) -- are
# closed or carried forward: the two add up to the new ones.
NONE_CARRIED_IN = [
    "本机关全年新收政府信息公开申请{new}件，无上年结转；办结61件，结转下年度继续办理3件。",
    "全年新收政府信息公开申请{new}件，上年无结转申请。本年度办结61件，结转下年度3件。",
    "今年共新收依申请公开{new}件，上年结转0件，全年办结61件，结转下一年度3件。",
]


@pytest.mark.parametrize("text", NONE_CARRIED_IN)
def test_new_requests_with_none_carried_in_are_closed_or_carried_forward(tmp_path, text) -> None:
    assert (64, [3, 61], "pass") in statuses(tmp_path, text.format(new=64))
    assert (66, [3, 61], "fail") in statuses(tmp_path, text.format(new=66))


def test_requests_carried_in_leave_the_new_ones_no_total(tmp_path) -> None:
    # 2 carried in: closed + carried forward add up to 66, not to the 64 new
    text = "全年新收政府信息公开申请64件，上年结转2件；办结63件，结转下年度3件。"
    assert statuses(tmp_path, text) == []
    assert not [c for c in toolkit.audit(_write(tmp_path, text)).checks if c.status == "fail"]


def _write(tmp_path, text: str):
    p = tmp_path / "c.txt"
    p.write_text(text, encoding="utf-8")
    return p
