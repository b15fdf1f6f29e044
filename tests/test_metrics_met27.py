"""Metric filings measured on unseen33-35 (session 27, met27): the subject of a figure's section (its report's
title, the headings above it) names what a bare "审结187件" counts; cases of a reconsideration are no
penalties and no disclosure requests; vocabularies of tax, statistics and enforcement reports. Every sentence
was written for these tests."""

from __future__ import annotations

from tests.helpers import norm
from toolkit.metrics import find_metrics
from toolkit.quantities import find_quantities


def metrics_of(text: str) -> dict[str, object]:
    t = norm(text)
    return {m.key: m.value for m in find_metrics(t, find_quantities(t))}


RECONSIDERATION = ("某县2023年行政复议工作报告\n"
                   "一、收案情况\n"
                   "全年收到行政复议申请212件,同比增长6.0%。经审查,依法受理198件,不予受理14件。\n"
                   "二、审理情况\n"
                   "加上年结转的9件,全年共审结187件,其中维持120件,撤销、变更、确认违法和责令履行的案件合计23件,"
                   "纠错率12.3%。\n"
                   "三、行政应诉\n"
                   "全年一审应诉案件审结64件,败诉3件,败诉率4.7%。\n")


def test_a_reconsideration_reports_bare_figures_are_its_cases() -> None:
    m = metrics_of(RECONSIDERATION)
    assert m["reconsideration.accepted"] == 198
    assert m["reconsideration.closed"] == 187  # not the lawsuits' 64 under 三、行政应诉
    assert m["reconsideration.corrected"] == 23
    # a reconsideration's carried-over cases are no disclosure requests
    assert "disclosure.carried_in" not in m
    # a bare closed figure in a report on something else names no reconsideration
    m = metrics_of("某局2023年法治政府建设情况报告\n二、严格执法\n全年立案查处案件96件,全年共审结87件。\n")
    assert "reconsideration.closed" not in m


def test_cases_about_penalties_are_no_penalties() -> None:
    m = metrics_of("某区2022年行政复议案件统计分析\n一、案件类别\n涉及行政处罚类案件86件,涉及行政许可的24件。\n")
    assert "penalties.count" not in m
    m = metrics_of("某局2022年法治政府建设情况报告\n全年作出罚款决定64件,罚款312.5万元。\n")
    assert m["penalties.count"] == 64 and m["penalties.amount"] == 312.5


def test_carried_in_by_year_and_not_carried_forward() -> None:
    m = metrics_of("某局2023年政府信息公开工作年度报告\n"
                   "(二)依申请公开。全年新收申请31件,加上2022年结转的2件,全年办结30件,结转至2024年继续办理3件。\n")
    assert m["disclosure.carried_in"] == 2
    m = metrics_of("某局2023年政府信息公开工作年度报告\n(二)依申请公开。全年新收申请31件,2023年结转至2024年的3件。\n")
    assert "disclosure.carried_in" not in m


def test_closed_requests_under_the_requests_heading() -> None:
    m = metrics_of("某镇2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n(七)总计办结18件。\n")
    assert m["disclosure.closed"] == 18
    m = metrics_of("某镇2022年政府信息公开工作年度报告\n二、主动公开政府信息情况\n全年办结行政处罚案件23件。\n")
    assert "disclosure.closed" not in m


def test_tax_revenue_is_the_total_not_other_taxes() -> None:
    text = ("全县一般公共预算收入52,380万元,其中税收收入36,214万元。\n"
            "主要税种:增值税12,406万元,契税4,382万元,其他税收2,118万元。\n")
    assert metrics_of(text)["fiscal.tax_revenue"] == 36214
    # "其中" before a key that is a part by name is no sign of a sub-figure: the prose beats a table cell
    table = ("|指标|本月|累计|\n|---|---|---|\n|税收收入(万元)|3,208|36,214|\n"
             "累计一般公共预算收入52,380万元,其中税收收入36,214万元。\n")
    assert metrics_of(table)["fiscal.tax_revenue"] == 36214


def test_each_procedure_keeps_its_own_amount() -> None:
    m = metrics_of("全年作出税务行政处罚2,416户次、罚款金额836.2万元,其中简易程序处罚2,210户次、罚款58.4万元,"
                   "一般程序处罚206户次、罚款777.8万元。")
    assert m["penalties.count"] == 2416
    assert (m["penalties.simple_procedure.count"], m["penalties.simple_procedure.amount"]) == (2210, 58.4)
    assert (m["penalties.general_procedure.count"], m["penalties.general_procedure.amount"]) == (206, 777.8)
    # an amount after both procedures' counts is of them together
    m = metrics_of("全年办理一般程序案件120件、简易程序案件64件,罚没款215.6万元。")
    assert "penalties.simple_procedure.amount" not in m and "penalties.general_procedure.amount" not in m


def test_hotline_report_counts_its_requests_and_a_month_elsewhere_is_not_the_hotline() -> None:
    m = metrics_of("某市12345热线2023年度运行报告\n一、受理情况\n全年共受理群众诉求126,480件,比上年增长8.2%。\n")
    assert m["hotline.requests"] == 126480
    m = metrics_of("某局2023年法治政府建设情况报告\n"
                   "回应群众关切。全年办理12345热线工单2,106件,按时办结率99.0%。12月受理诉求188件。\n")
    assert m.get("hotline.requests") != 188


def test_an_amount_joined_to_a_count_shares_its_label() -> None:
    m = metrics_of("全年发放住房租赁补贴2,148户、812.6万元,惠及困难家庭。")
    assert m["housing.rental_subsidy.households"] == 2148
    assert m["housing.rental_subsidy.amount"] == 812.6
    m = metrics_of("全年新签约项目64个、286.4亿元。")
    assert 286.4 not in m.values()


def test_enforcement_report_vocabulary() -> None:
    m = metrics_of("全县共有行政执法主体38个,其中行政机关30个。全年受理群众来信来访来电386件次。"
                   "以县政府部门为被申请人的行政复议案件41件。")
    assert m["units.enforcement"] == 38
    assert m["complaints.received"] == 386
    assert m["reconsideration.count"] == 41
    m = metrics_of("全年作出行政处罚1,204件,其中警告310件、吊销许可证件12件。")
    assert "licenses.approved" not in m


def test_first_offences_not_penalised() -> None:
    m = metrics_of("全年对首次违法且情节轻微并及时改正的当事人不予处罚168户次。")
    assert m["penalties.first_offense_exempted"] == 168
    assert "penalties.exempted" not in m


def test_the_cases_closed_not_the_cases_to_close() -> None:
    m = metrics_of("某区2023年行政复议工作报告\n二、审理情况\n加上上年结转的22件,全年应审结案件436件,已审结401件,尚未审结35件。\n")
    assert m["reconsideration.closed"] == 401


def test_a_list_of_years_gives_the_latest_years_figure() -> None:
    m = metrics_of("2022年、2023年以本局为被申请人的行政复议案件分别为7件、4件。")
    assert m["reconsideration.count"] == 4


def test_a_penalty_lessened_is_no_exemption() -> None:
    m = metrics_of("依法从轻减轻处罚96件;对轻微违法行为不予处罚218件。")
    assert m["penalties.exempted"] == 218
    assert "penalties.count" not in m  # (nor a count of all penalties)
