"""Relations stated by meaning as other authors state them (session 20, model20): cases counted by
their name alone (行政复议案件37件) and what of them was closed; petitions counted as 初信初访 or as a
backlog (积案) and what was settled; the work due in a year (应审理, 需办理, 共审理) bounding what was
closed whatever was carried in, and split into closed and still open; a subtotal named with 合计
before its noun inside a list is no item of it. Project sentences, none copied from a report."""

from __future__ import annotations

import pytest
from helpers import audit_text


def checks(tmp_path, text: str, rule: str, suffix: str = ".txt") -> list[tuple]:
    out = []
    for c in audit_text(tmp_path, text, suffix):
        if c.rule != rule:
            continue
        ops = c.operands
        if ops.get("values"):
            vals = sorted(ops["values"])
        elif ops.get("parts"):
            vals = [ops["total"], *ops["parts"]]
        else:
            vals = [ops.get("smaller"), ops.get("larger")]
        out.append((*(float(v) for v in vals), c.status))
    return sorted(out)


def statuses(tmp_path, text: str) -> list[str]:
    return [c.status for c in audit_text(tmp_path, text, ".txt")]


# --- cases counted by their name alone, then what was closed of them ---------------------------

@pytest.mark.parametrize(("text", "smaller", "larger"), [
    ("全年行政复议案件37件，审结35件，纠错4件。", 35, 37),
    ("全年二审行政案件86件，审结81件，其中改判3件。", 81, 86),
    ("本年度劳动人事争议案件1,250件，结案1,198件，调解结案率62.1%。", 1198, 1250),
    ("一审行政应诉案件763件，审结702件，败诉41件。", 702, 763),
    ("二、应诉情况\n全年行政应诉案件137件，已审结121件，尚未审结16件。", 121, 137),
    ("2023年，以本局为被申请人的行政复议案件14件，审结13件。", 13, 14),
])
def test_cases_named_alone_bound_what_was_closed(tmp_path, text, smaller, larger) -> None:
    assert (float(smaller), float(larger), "pass") in checks(tmp_path, text, "bound.stage")


@pytest.mark.parametrize(("text", "smaller", "larger"), [
    ("全年行政复议案件37件，审结45件，纠错4件。", 45, 37),
    ("一审行政应诉案件763件，审结802件，败诉41件。", 802, 763),
])
def test_more_closed_than_the_cases_named_fails(tmp_path, text, smaller, larger) -> None:
    assert (float(smaller), float(larger), "fail") in checks(tmp_path, text, "bound.stage")


@pytest.mark.parametrize("text", [
    # two kinds side by side: the closings may count both
    "全年一审案件120件，二审案件40件，审结150件。",
    # older work closed with this year's
    "全年行政复议案件37件，审结40件（含上年结转的5件）。",
    # a kind under 其中: the closings are of the whole
    "全年受理案件50件，其中行政处罚案件30件，结案45件。",
    # another period
    "1-6月行政复议案件20件，全年审结35件。",
    # hearings the head attended are no suits
    "负责人出庭应诉52件，审结60件。",
])
def test_cases_named_alone_never_fail_when_read_two_ways(tmp_path, text) -> None:
    # (beside a funnel of one reading, which is found)
    found = checks(tmp_path, text + "\n二审行政案件18件，审结16件。", "bound.stage")
    assert (16.0, 18.0, "pass") in found
    assert all(s != "fail" for *_, s in found)


# --- petitions counted as first petitions or as a backlog, then settled ------------------------

@pytest.mark.parametrize(("text", "smaller", "larger"), [
    ("全县初信初访3,216件，一次性化解2,948件，化解率91.7%。", 2948, 3216),
    ("全年首信首访812件，及时化解790件。", 790, 812),
    ("县级领导包案信访积案46件，年内化解43件。", 43, 46),
    ("重点信访积案38件，化解35件，其余3件正在化解。", 35, 38),
])
def test_first_petitions_and_backlogs_bound_what_was_settled(tmp_path, text, smaller, larger) -> None:
    assert (float(smaller), float(larger), "pass") in checks(tmp_path, text, "bound.stage")


def test_more_settled_than_first_petitions_fails(tmp_path) -> None:
    text = "全县初信初访3,216件，一次性化解3,248件。"
    assert (3248.0, 3216.0, "fail") in checks(tmp_path, text, "bound.stage")


# --- the work due in the year: all that came in and was carried in ------------------------------

@pytest.mark.parametrize(("text", "smaller", "larger"), [
    ("全年应审理案件232件，已审结209件，尚在审理23件。", 209, 232),
    ("加上2022年结转的138件，全年应审结案件1,242件，已审结1,071件，审结率86.2%。", 1071, 1242),
    ("新收申请58件，上年结转8件，共需办理66件，已办结61件。", 61, 66),
    ("本年度需审理的行政裁决案件530件，审结512件，正在审理18件。", 512, 530),
    ("全年共审理82件，审结75件，尚未审结7件。", 75, 82),
    ("全年应审理373件；已审结338件，尚未审结35件。", 338, 373),
])
def test_the_work_due_bounds_what_was_closed(tmp_path, text, smaller, larger) -> None:
    assert (float(smaller), float(larger), "pass") in checks(tmp_path, text, "bound.stage")


def test_more_closed_than_was_due_fails_even_with_work_carried_in(tmp_path) -> None:
    text = "加上2022年结转的138件，全年应审结案件1,242件，已审结1,271件。"
    assert (1271.0, 1242.0, "fail") in checks(tmp_path, text, "bound.stage")


@pytest.mark.parametrize(("text", "total", "parts"), [
    ("全年应审理案件232件，已审结209件，尚在审理23件。", 232, (209, 23)),
    ("全年应审理373件；已审结338件，尚未审结35件。", 373, (338, 35)),
    ("全年共审理82件，审结75件，尚未审结7件。", 82, (75, 7)),
])
def test_the_work_due_is_closed_or_still_open(tmp_path, text, total, parts) -> None:
    assert (float(total), *map(float, parts), "pass") in checks(tmp_path, text, "sum.status")


def test_the_work_due_split_wrongly_fails(tmp_path) -> None:
    text = "全年应审理案件232件，已审结209件，尚在审理20件。"
    assert (232.0, 209.0, 20.0, "fail") in checks(tmp_path, text, "sum.status")


@pytest.mark.parametrize("text", [
    # a third outcome: the two are not all
    "全年应审理案件232件，已审结209件，终止3件，尚在审理20件。",
])
def test_the_work_due_with_a_third_outcome_is_no_split(tmp_path, text) -> None:
    assert checks(tmp_path, text, "sum.status") == []
    assert (209.0, 232.0, "pass") in checks(tmp_path, text, "bound.stage")


# --- a subtotal named with 合计 before its noun ------------------------------------------------

def test_a_subtotal_inside_a_list_is_no_item(tmp_path) -> None:
    text = ("全年审结行政复议案件900件，结案率90.0%。审结案件中，维持500件，占55.6%；"
            "撤销60件、变更10件、确认违法20件，合计纠错90件，纠错率10.0%；终止310件，占34.4%。")
    found = checks(tmp_path, text, "sum.breakdown")
    assert (900.0, 500.0, 60.0, 10.0, 20.0, 310.0, "pass") in found
    assert all(s != "fail" for *_, s in found)


# --- among those called back, the satisfied ------------------------------------------------------

@pytest.mark.parametrize(("text", "smaller", "larger"), [
    ("对已办结的工单开展电话回访6,120件，回访率80.2%；回访中群众表示满意和基本满意的5,874件。", 5874, 6120),
    ("全年电话回访9,120件，回访中表示满意和基本满意的8,874件，满意率97.3%。", 8874, 9120),
])
def test_the_satisfied_among_those_called_back(tmp_path, text, smaller, larger) -> None:
    assert (float(smaller), float(larger), "pass") in checks(tmp_path, text, "bound.stage")


def test_more_satisfied_than_called_back_fails(tmp_path) -> None:
    text = "对已办结的工单开展电话回访6,120件；回访中群众表示满意和基本满意的6,874件。"
    assert (6874.0, 6120.0, "fail") in checks(tmp_path, text, "bound.stage")


# --- units inspected and those found with hazards ------------------------------------------------

@pytest.mark.parametrize(("text", "smaller", "larger"), [
    ("共检查生产经营单位1,206家，发现存在安全隐患的单位213家。", 213, 1206),
    ("专项检查药店56家，发现隐患药店9家，已全部整改。", 9, 56),
])
def test_units_found_with_hazards_among_those_inspected(tmp_path, text, smaller, larger) -> None:
    assert (float(smaller), float(larger), "pass") in checks(tmp_path, text, "bound.stage")


def test_more_units_with_hazards_than_inspected_fails(tmp_path) -> None:
    text = "共检查生产经营单位206家，发现存在安全隐患的单位213家。"
    assert (213.0, 206.0, "fail") in checks(tmp_path, text, "bound.stage")


def test_hazards_counted_by_the_item_bound_no_units(tmp_path) -> None:
    text = "共检查生产经营单位206家，发现安全隐患1,213处。\n共检查企业56家，发现隐患企业9家。"
    assert checks(tmp_path, text, "bound.stage") == [(9.0, 56.0, "pass")]


# --- work handed on: closed or still open --------------------------------------------------------

@pytest.mark.parametrize(("text", "total", "parts"), [
    ("本月交办工单9,874件，已办结9,612件，在办262件。", 9874, (9612, 262)),
    ("转派承办单位诉求5,000件，已办结4,900件，正在办理100件。", 5000, (4900, 100)),
])
def test_work_handed_on_is_closed_or_still_open(tmp_path, text, total, parts) -> None:
    assert (float(total), *map(float, parts), "pass") in checks(tmp_path, text, "sum.status")


def test_work_handed_on_split_wrongly_fails(tmp_path) -> None:
    text = "本月交办工单9,874件，已办结9,612件，在办263件。"
    assert (9874.0, 9612.0, 263.0, "fail") in checks(tmp_path, text, "sum.status")


def test_work_handed_on_with_a_third_outcome_is_no_split(tmp_path) -> None:
    text = "本月转办工单1,000件，已办结950件，正在办理40件，退回10件。\n交办投诉200件，已办结190件，在办10件。"
    assert checks(tmp_path, text, "sum.status") == [(200.0, 190.0, 10.0, "pass")]


# --- a monthly report's own month (8月份) and its table's total ----------------------------------

_MONTHLY = ("某区2023年6月信访工作通报\n\n一、总体情况\n\n6月份，全区信访总量{a}件次，环比下降3.1%。\n\n"
            "二、各街道情况\n\n街道        信访件次    办结\n甲街道       120        118\n乙街道       96        90\n"
            "合计          216       208\n\n6月份全区办结信访事项{b}件。\n")


def test_a_monthly_reports_own_month_restates_its_tables_total(tmp_path) -> None:
    found = checks(tmp_path, _MONTHLY.format(a=216, b=208), "equal.table_total")
    assert (216.0, 216.0, "pass") in found and (208.0, 208.0, "pass") in found


def test_a_monthly_total_misprinted_against_its_table_fails(tmp_path) -> None:
    # (one digit off: the same whole printed twice, once wrong)
    assert (208.0, 209.0, "fail") in checks(tmp_path, _MONTHLY.format(a=216, b=209), "equal.table_total")


def test_one_month_of_a_year_to_date_report_is_not_its_tables_total(tmp_path) -> None:
    text = ("某市2023年1-6月主要经济指标\n\n1-6月，全市实现社会消费品零售总额317.46亿元。6月份实现社会消费品零售总额"
            "71.38亿元，同比增长1.9%。\n\n分县区情况：\n\n| 县区 | 1-6月社会消费品零售总额（亿元） |\n| --- | --- |\n"
            "| 全市 | 317.46 |\n| 甲区 | 200.00 |\n| 乙区 | 117.46 |\n")
    assert all(s != "fail" for *_, s in checks(tmp_path, text, "equal.table_total"))
    assert "fail" not in statuses(tmp_path, text)
    # (while a month the title names is the table's: "…2023年6月…" and "6月份…")
    assert (216.0, 216.0, "pass") in checks(tmp_path, _MONTHLY.format(a=216, b=208), "equal.table_total")

