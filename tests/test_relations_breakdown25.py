"""Breakdowns closed by their words rather than by 其中 (toolkit/relations/added.py, closings.py,
decisions.py): addends after 加上 and the level they are added to, work due (共计需办理, 合计应审理),
the rest carried to the next year, and a decision's whole split into what it granted and what it
refused, per measure. Project sentences."""

from __future__ import annotations

import pytest
from helpers import audit_text


def sums(tmp_path, text: str) -> list[tuple]:
    """(total, sorted parts, status) of every sum check."""
    return [(float(c.operands["total"]), sorted(float(p) for p in c.operands["parts"]), c.status)
            for c in audit_text(tmp_path, text) if c.kind == "sum"]


def has(found: list[tuple], total, parts, status: str) -> bool:
    return (float(total), sorted(float(p) for p in parts), status) in found


def totals(found: list[tuple]) -> set[float]:
    return {t for t, _, _ in found}


# -- 加上: the addends, the sum the words name, and the level added to ----------------------------

@pytest.mark.parametrize(("text", "total", "parts", "status"), [
    # the level in the sentences before: the one whole that gives the printed sum
    ("2023年全县一般公共预算收入45.20亿元,同比增长4.1%。其中税收收入30.10亿元,非税收入15.10亿元。"
     "加上上级补助收入20.30亿元、上年结转2.50亿元、调入资金1.00亿元,收入总计69.00亿元。",
     69.00, [45.20, 20.30, 2.50, 1.00], "pass"),
    # on a line of its own after the paragraph
    ("2023年全市一般公共预算收入18.6亿元,增长3.0%。\n加上转移性收入9.4亿元和上年结余0.8亿元,收入合计28.8亿元。",
     28.8, [18.6, 9.4, 0.8], "pass"),
    # the level before 加上 in its sentence: read whatever the figures give
    ("2023年全市一般公共预算支出80.5亿元,增长2.1%,加上上解上级支出3.2亿元、债务还本支出4.1亿元,支出总计90.0亿元。",
     90.0, [80.5, 3.2, 4.1], "fail"),
    # the work carried in is added to what was accepted, a part of what came in
    ("2023年全年新收行政复议申请900件,其中受理820件,不予受理50件,告知向其他机关申请30件。"
     "加上上年结转的60件,全年应审理880件,审结800件。", 880, [820, 60], "pass"),
    ("2022年,共收到劳动人事争议仲裁申请1,460件,依法立案受理1,315件。再加上上年未结的74件,需审理案件1,389件。",
     1389, [1315, 74], "pass"),
])
def test_added_figures_and_their_named_sum(tmp_path, text, total, parts, status) -> None:
    assert has(sums(tmp_path, text), total, parts, status)


def test_the_level_added_to_is_the_one_that_gives_the_sum_or_none(tmp_path) -> None:
    # 820 + 60 = 880: the accepted part; 900 + 60 and 820 + 60 both miss 885: which level was added
    # to is not said, nothing is read
    head = "2023年全年新收行政复议申请900件,其中受理820件,不予受理50件,告知向其他机关申请30件。"
    assert has(sums(tmp_path, head + "加上上年结转的60件,全年应审理880件。"), 880, [820, 60], "pass")
    assert 885 not in totals(sums(tmp_path, head + "加上上年结转的60件,全年应审理885件。"))


# -- work due: 共计需办理 / 合计应审理 over the intake and what was carried in --------------------------

@pytest.mark.parametrize(("text", "total", "parts", "status"), [
    ("2023年本年新收政府信息公开申请139件,上年结转6件,共计需办理145件。", 145, [139, 6], "pass"),
    ("2023年本年新收政府信息公开申请139件,上年结转6件,共计需办理149件。", 149, [139, 6], "fail"),
    ("2021年新受理行政复议案件212件,上年度结转38件,合计应办理250件。", 250, [212, 38], "pass"),
    # the clause after ';' is the list when it adds up and the run over the ';' does not
    ("2023年共收到行政复议申请1,243件,较上年的1,180件增加63件;经审查,依法受理684件,"
     "另有上年结转案件57件,合计应审理741件。", 741, [684, 57], "pass"),
])
def test_work_due_over_its_sources(tmp_path, text, total, parts, status) -> None:
    assert has(sums(tmp_path, text), total, parts, status)


def test_work_due_over_a_semicolon_reads_neither_list_when_neither_adds_up(tmp_path) -> None:
    head = "2023年共收到行政复议申请1,243件,较上年的1,180件增加63件;经审查,依法受理684件,另有上年结转案件57件,"
    assert has(sums(tmp_path, head + "合计应审理741件。"), 741, [684, 57], "pass")
    assert 745 not in totals(sums(tmp_path, head + "合计应审理745件。"))


# -- the rest carried to the next year is open work ----------------------------------------------

@pytest.mark.parametrize(("text", "total", "parts", "status"), [
    ("2023年收到企业投诉80件,办结74件,其余6件转入下年度办理。", 80, [74, 6], "pass"),
    ("2023年收到企业投诉80件,办结74件,其余5件结转至下一年度。", 80, [74, 5], "fail"),
    ("2022年受理消费者举报230件,已办结221件,其余9件转下年继续办理。", 230, [221, 9], "pass"),
])
def test_the_rest_carried_to_the_next_year(tmp_path, text, total, parts, status) -> None:
    assert has(sums(tmp_path, text), total, parts, status)


# -- a decision's whole: what it granted and what it refused, per measure --------------------------

@pytest.mark.parametrize(("text", "total", "parts", "status"), [
    ("2023年受理审查逮捕案件300件410人,批准逮捕250件340人,不批准逮捕50件70人,不捕率17.1%。",
     300, [250, 50], "pass"),
    ("2023年受理审查逮捕案件300件410人,批准逮捕250件340人,不批准逮捕50件70人,不捕率17.1%。",
     410, [340, 70], "pass"),
    ("2023年受理审查逮捕案件300件410人,批准逮捕250件340人,不批准逮捕50件60人。", 410, [340, 60], "fail"),
    ("2021年全院受理审查起诉案件420件615人,决定起诉380件552人,不起诉40件63人。", 615, [552, 63], "pass"),
    ("2022年共审核低保申请1,240户,经审查批准1,102户,不予批准128户。", 1240, [1102, 128], "fail"),
])
def test_granted_and_refused_make_up_what_was_decided(tmp_path, text, total, parts, status) -> None:
    assert has(sums(tmp_path, text), total, parts, status)


@pytest.mark.parametrize("trap", [
    # a third outcome after the refused one: the two are not all of it
    "2023年受理审查逮捕案件300件,批准逮捕250件,不批准逮捕40件,尚在审查10件。",
    # the refused one names another decision
    "2023年受理审查逮捕案件300件,批准逮捕250件,不起诉40件。",
    # the figure before the granted one is no review or intake
    "2023年全县培训执法人员300人,批准逮捕250人,不批准逮捕40人。",
])
def test_no_decision_split_unless_the_two_are_all_of_a_review(tmp_path, trap) -> None:
    assert has(sums(tmp_path, "2023年受理审查逮捕案件300件,批准逮捕250件,不批准逮捕40件。"), 300, [250, 40], "fail")
    assert 300 not in totals(sums(tmp_path, trap))


# -- 分别 after a count of its items: the count is no part ----------------------------------------

@pytest.mark.parametrize(("text", "total", "parts", "status"), [
    ("2023年,3个季度分别受理投诉120件、135件和146件,合计401件。", 401, [120, 135, 146], "pass"),
    ("2023年,三个季度分别受理投诉120件、135件和146件,合计402件。", 402, [120, 135, 146], "fail"),
    # a count of another noun (个 + 批次) before the list is no item of it either
    ("2022年,全县开展2个批次专项抽检,2个批次分别抽检食品120件、135件,合计255件。", 255, [120, 135], "pass"),
])
def test_the_count_of_the_items_a_respective_list_runs_over_is_no_part(tmp_path, text, total, parts, status) -> None:
    assert has(sums(tmp_path, text), total, parts, status)
