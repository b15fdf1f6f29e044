"""Session 23, helper fa55: the false alarms of unseen28 -- members of a 其中 list by properties, the
statuses after a 其中 list of kinds, a figure naming again the set its list breaks down, the rest of a
closed list, the months of a period, rates of a period, of places, per person and of a bare scope.
Project sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import operands_of


def sums(tmp_path, text: str) -> list[tuple]:
    """(total, parts, status) of every sum of ``text``."""
    return operands_of(tmp_path, text, "sum")


# 1. A 其中 list of a count of things whose every member is named by a 的 clause of a verb and its
# object ("…的项目N个") counts members by properties that may overlap: bounds, no sum. One property
# beside its negation is a partition still.
def test_members_of_a_list_by_properties_are_bounded(tmp_path) -> None:
    text = ("全县在建工程项目96个，其中落实工资专用账户的项目90个、实行实名制管理的项目96个、"
            "按规定存储保证金的项目81个。")
    assert sums(tmp_path, text) == []
    assert sorted(operands_of(tmp_path, text, "bound")) == [(81, 96, "pass"), (90, 96, "pass"), (96, 96, "pass")]


def test_a_property_beside_its_negation_is_a_partition(tmp_path) -> None:
    text = "全县在建工程项目96个，其中落实工资专用账户的项目90个、未落实工资专用账户的项目7个。"
    assert [s for _, _, s in sums(tmp_path, text)] == ["fail"]


# 2. The statuses after a 其中 list of kinds of problems found: past the list's ";" they are of all
# problems found (the head of the 其中), not of its last kind; after a "," they may be of that kind
# or of all: no sum then.
@pytest.mark.parametrize(("text", "status"), [
    ("全年共排查消防隐患640处，其中重大隐患12处、一般隐患628处；已整改611处，未整改的29处均已落实管控措施。", "pass"),
    ("全年共排查消防隐患640处，其中重大隐患12处、一般隐患628处；已整改605处，未整改的29处均已落实管控措施。", "fail"),
])
def test_statuses_after_a_list_of_kinds_are_of_the_whole(tmp_path, text, status) -> None:
    got = [(t, s) for t, parts, s in sums(tmp_path, text) if len(parts) == 2 and parts[1] == 29]
    assert got == [(640, status)]


def test_statuses_right_after_a_kind_are_open(tmp_path) -> None:
    text = "全年共排查消防隐患640处，其中重大隐患12处，已整改10处，未整改2处。"
    assert [r for r in sums(tmp_path, text) if r[1] == (10, 2)] == []


# 3. "…;52起案件中,A类…其他…": the figure naming the set again is the list's whole, none of its parts.
@pytest.mark.parametrize(("last", "status"), [(7, "pass"), (9, "fail")])
def test_a_figure_naming_its_set_again_is_no_part(tmp_path, last, status) -> None:
    text = (f"全年办理一般程序案件52起，其中简易程序案件未计入；52起案件中，环境卫生类21起、"
            f"违法建设类15起、占道经营类9起、其他{last}起。")
    got = sums(tmp_path, text)
    assert all(52 not in parts for _, parts, _ in got)
    assert {s for t, _, s in got if t == 52} == {status}


# 4. "…其中A类60处、…;已整改231处,剩余9处": the ";" closes the 其中 list; the rest is of another
# breakdown -- of the whole (one figure after the ";"), or of the first figure after it.
@pytest.mark.parametrize(("rest", "status"), [(9, "pass"), (12, "fail")])
def test_the_rest_after_a_closed_list_is_of_its_whole(tmp_path, rest, status) -> None:
    text = (f"全年排查发现问题240处，其中乱占60处、乱采30处、乱堆90处、乱建60处；已完成整治231处，"
            f"剩余{rest}处正在推进。")
    got = [r for r in sums(tmp_path, text) if rest in r[1]]
    assert got == [(240, (231, rest), status)]


@pytest.mark.parametrize(("rest", "status"), [(3, "pass"), (5, "fail")])
def test_the_rest_of_the_first_figure_after_the_semicolon(tmp_path, rest, status) -> None:
    text = (f"一季度共收到评价12,400条，其中好评12,360条，好评率99.7%；差评40条，已回访整改37条，"
            f"剩余{rest}条正在核实。")
    got = [r for r in sums(tmp_path, text) if rest in r[1]]
    assert got == [(40, (37, rest), status)]


# 5. The months of a quarter named before 分别 are all of it: a shortfall past rounding fails; a
# change of the measure over the period compared "与上年同期" is of the quarter, not of a month.
@pytest.mark.parametrize(("june", "status"), [("14.90", "pass"), ("14.81", "fail")])
def test_the_months_of_a_quarter_are_all_of_it(tmp_path, june, status) -> None:
    text = f"二季度共接收各类诉求40.00万件。其中4月、5月、6月分别接收12.00万件、13.10万件和{june}万件。"
    assert [s for t, _, s in sums(tmp_path, text) if t == 400000] == [status]


def test_a_change_over_the_period_is_of_no_month(tmp_path) -> None:
    text = ("一季度共受理各类事项30,000件，办结29,900件。1月、2月、3月分别受理9,000件、8,000件和13,000件，"
            "2月受假期影响明显回落。与上年同期的27,000件相比，受理量增长11.1%。")
    assert [c for c in operands_of(tmp_path, text, "change") if c[0] == 9000] == []


# 6. A rate per N of a period named ("二季度每万人") counts that period's figure, not another's.
@pytest.mark.parametrize(("rate", "status"), [(800, "pass"), (1520, "fail")])
def test_a_rate_per_n_of_a_named_period(tmp_path, rate, status) -> None:
    text = ("二季度共接收各类诉求40.00万件，环比一季度的36.00万件增长11.1%。上半年累计接收诉求76.00万件。"
            f"按全市常住人口500.0万人计算，二季度每万人诉求量为{rate}件。")
    got = [c for c in operands_of(tmp_path, text, "ratio") if c[1] == 5000000]
    assert [(c[0], c[3]) for c in got] == [(400000, status)]


# 7. "有8个区县…按期办结率超过98%": the bar the places cleared, no rate of their count; a rate of the
# count itself still is one.
def test_a_bar_places_cleared_is_no_rate_of_them(tmp_path) -> None:
    text = "全市11个区县中，有8个区县转派工单按期办结率超过98%，有3个区县回访满意率低于90%。"
    assert operands_of(tmp_path, text, "ratio") == []


@pytest.mark.parametrize(("rate", "status"), [("72.7", "pass"), ("75.0", "fail")])
def test_a_rate_of_places_is_still_one(tmp_path, rate, status) -> None:
    text = f"全市11个区县中，有8个区县完成年度任务，完成率{rate}%。"
    assert [c[3] for c in operands_of(tmp_path, text, "ratio")] == [status]


# 8. 人均 beside people (名) and their visits (人次): per person may be over either, both are readings.
@pytest.mark.parametrize(("avg", "status"), [("80.0", "pass"), ("90.0", "fail")])
def test_per_person_over_the_people_or_their_visits(tmp_path, avg, status) -> None:
    text = f"分局现有持证执法人员25名。全年出动执法人员5,000人次，检查企业2,000家次，人均检查企业{avg}家次。"
    assert [c[3] for c in operands_of(tmp_path, text, "ratio")] == [status]


# 9. "占全县的5.0%": a base named by its scope alone is the scope's figure of the part's own measure.
def test_a_bare_scope_base_is_of_the_parts_measure(tmp_path) -> None:
    text = ("全县各执法机关共实施执法行为50,000件。其中，行政许可20,000件、行政处罚6,000件、行政检查24,000件。\n"
            "乡镇共实施行政处罚300件，占全县的5.0%。")
    assert [c for c in operands_of(tmp_path, text, "ratio") if c[1] == 50000] == []


@pytest.mark.parametrize(("pct", "status"), [("30.0", "pass"), ("33.0", "fail")])
def test_a_bare_scope_base_of_the_same_measure(tmp_path, pct, status) -> None:
    text = f"全县受理投诉1,000件。乡镇受理投诉300件，占全县的{pct}%。"
    assert [c[3] for c in operands_of(tmp_path, text, "ratio") if c[1] == 1000] == [status]


# 10. A purchase's savings rate is over the budget its flow defines (预算 = 中标 + 节约), the award
# named with its other word in an aside ("中标(成交)金额") as well: the budget leads the readings.
@pytest.mark.parametrize(("pct", "status"), [("8.3", "pass"), ("8.9", "fail")])
def test_a_savings_rate_is_over_the_budget(tmp_path, pct, status) -> None:
    text = f"政府采购预算金额60.00亿元，中标（成交）金额55.00亿元，节约资金5.00亿元，资金节约率{pct}%。"
    assert [c for c in operands_of(tmp_path, text, "ratio")] == [(5, 60, float(pct), status)]
    assert operands_of(tmp_path, text, "sum") == [(60, (55, 5), "pass")]


# 12. A classification of its own ("从案件类型看,…最多,共190件") after a list closed by its rest
# ("其他部门140件") classifies the list's whole, not its last item.
@pytest.mark.parametrize(("most", "status"), [(190, "pass"), (410, "fail")])
def test_a_new_classification_is_of_the_whole(tmp_path, most, status) -> None:
    text = ("全年依法受理行政复议案件400件。从被申请人看，县公安局、县市场监管局、县人社局为被申请人的案件"
            "分别为150件、60件、50件；其他部门140件。从案件类型看，行政处罚类案件最多，"
            f"共{most}件；其次为政府信息公开类70件、行政确认类50件。")
    got = [(s, big) for s, big, _ in operands_of(tmp_path, text, "bound") if s == most]
    assert got == [(most, 400)]
    assert [st for s, _, st in operands_of(tmp_path, text, "bound") if s == most] == [status]


# 13. A share named by an item of a 分别 list paragraphs above is of that item's position.
@pytest.mark.parametrize(("pct", "status"), [("30.0", "pass"), ("40.0", "fail")])
def test_a_far_share_of_a_listed_item(tmp_path, pct, status) -> None:
    text = ("接收热线转办工单5,000件。按诉求类别分，城市管理类、物业管理类、市场监管类和其他类工单分别为"
            "2,000件、1,500件、800件和700件。按时办结4,900件。\n二、存在的问题\n一是人员不足；二是老旧小区纠纷多发，"
            f"物业管理类工单占工单总量的{pct}%。")
    assert [c for c in operands_of(tmp_path, text, "ratio")] == [(1500, 5000, float(pct), status)]


def test_a_new_classification_is_of_no_rest_item(tmp_path) -> None:
    text = ("全年依法受理行政复议案件400件。\n从被申请人看，县公安局、县市场监管局、县人社局为被申请人的案件"
            "分别为150件、60件、50件，分别占受理案件的37.5%、15.0%、12.5%；其他部门40件。从案件类型看，"
            "行政处罚类案件最多，共190件；其次为政府信息公开类70件、行政确认类50件。")
    assert [r for r in operands_of(tmp_path, text, "bound") if r[1] == 40] == []
