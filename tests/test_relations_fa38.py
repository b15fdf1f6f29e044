"""Session 19, helper fa38: false alarms on consistent 法治政府 / 行政执法 / 复议应诉 / 12345 / 政务服务
reports -- a count of bodies read as the whole of their cases, a closing's carried-in aside read as the
intake's, a percent the words deny, a rate within a time limit, the two ways a hotline deals with its
intake read as base and part, a rate over the act the figure's own words name before 并, a total row's
share printed as the sum of the rounded shares, an amount per case read as a total. Project
sentences, written for these tests."""

from __future__ import annotations

import pytest
from helpers import audit_text


def checks(tmp_path, text: str, rule: str | None = None, suffix: str = ".txt") -> list[str]:
    """The statuses of every check (of ``rule``) of ``text``, in order."""
    return [c.status for c in audit_text(tmp_path, text, suffix) if rule is None or c.rule == rule]


def failing(tmp_path, text: str, suffix: str = ".txt") -> list[str]:
    """The rules of the failing checks of ``text``."""
    return [c.rule for c in audit_text(tmp_path, text, suffix) if c.status == "fail"]


# 1. "全县22个执法部门共作出处罚6,245件": 22 counts bodies (a scope noun after a word of what they are),
# not the cases any of them handled; a body's cases are bounded by the 6,245, never by the 22.
@pytest.mark.parametrize("text", [
    "全县22个执法部门全年共作出行政处罚决定6,245件,其中县综合行政执法局1,914件,占30.6%。",
    "全市46个成员单位全年共办理工单12,318件,其中市住建局3,406件。",
    "全区15个承办单位承办工单8,412件,区住建局1,204件,区城管局986件。",
    "全省13个设区市共受理行政复议申请9,406件,其中省会城市2,118件。",
])
def test_a_count_of_bodies_is_no_whole_of_their_cases(tmp_path, text):
    assert "bound.level" not in failing(tmp_path, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("全县22个执法部门全年共作出行政处罚决定6,245件,其中县综合行政执法局1,914件。", ["pass"]),
    ("全县22个执法部门全年共作出行政处罚决定2,245件,其中县综合行政执法局2,914件。", ["fail"]),
])
def test_the_cases_are_still_bounded_by_the_cases(tmp_path, text, expected):
    assert checks(tmp_path, text, "bound.part") == expected


# 2. "受理437件,审结417件(含上年结转21件),结转下年41件": the carried-in work is the closing's aside, beside
# the intake -- the whole handled (458) is printed nowhere, no balance of the intake is read. Listed
# under the intake ("其中新收…、上年结转…") the balance holds as before, and a misprint still fails.
@pytest.mark.parametrize(("text", "expected"), [
    ("2023年,市政府共受理行政复议案件437件,审结417件(含上年结转21件),结转下年41件。", []),
    ("全年收案268件,结案251件(其中上年结转17件),未结34件。", []),
    ("全年受理申请52件,其中新收48件、上年结转4件;审结47件,结转下年5件。", ["pass"]),
    ("全年受理申请52件,其中新收48件、上年结转4件;审结47件,结转下年6件。", ["fail"]),
])
def test_a_closings_carried_in_aside_is_no_part_of_the_intake(tmp_path, text, expected):
    assert checks(tmp_path, text, "sum.flow_balance") == expected


# 3. "(各项占比经四舍五入,合计不等于100%)": a percent the words deny is no value of any figure.
@pytest.mark.parametrize("text", [
    "从诉求类别看,物业管理612件,占29.0%;市容环境418件,占19.8%;其他1,083件,占51.3%(各项占比经四舍五入,合计不等于100%)。共2,113件。",
    "从问题类别看,城乡建设1,487件次,占29.0%;劳动社保862件次,占16.8%;其他2,780件次,占54.2%(各项占比之和不等于100%)。信访总量5,129件次。",
    "咨询类5,102件,占59.0%;投诉类2,413件,占27.9%;建议类1,127件,占13.0%,各类占比之和并非100%。共8,642件。",
])
def test_a_denied_percent_is_no_share(tmp_path, text):
    assert failing(tmp_path, text) == []


def test_a_misprinted_share_beside_a_denied_total_still_fails(tmp_path):
    text = "物业管理612件,占29.0%;市容环境418件,占19.8%;其他1,083件,占53.1%(各项占比经四舍五入,合计不等于100%)。共2,113件。"
    assert failing(tmp_path, text) == ["ratio.share"]


# 4. "15秒接通率88.6%", "3个工作日办结率86.2%": a rate within a time limit counts the work done within it,
# a figure printed only under words naming the limit ("15秒内接通…").
@pytest.mark.parametrize("text", [
    "全年呼入电话1,508,233个,接通1,431,306个,接通率94.9%,15秒接通率88.6%。",
    "受理诉求12,406件,办结12,215件,3个工作日办结率86.2%。",
    "收到留言4,318条,回复4,302条,24小时内回复率91.5%。",
])
def test_a_rate_within_a_time_limit_is_not_the_plain_rate(tmp_path, text):
    assert failing(tmp_path, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("全年呼入电话1,508,233个,15秒内接通1,336,294个,15秒接通率88.6%。", ["pass"]),
    ("全年呼入电话1,508,233个,15秒内接通1,336,294个,15秒接通率89.6%。", ["fail"]),
])
def test_a_timed_rate_over_its_timed_figure_is_checked(tmp_path, text, expected):
    assert checks(tmp_path, text, "ratio.rate") == expected


# 5. "直接办理722,772件,转派513,708件,转派率41.5%": handled at once and passed on are the two ways a
# hotline deals with what came in; a rate of one is over all that came in, never over the other.
@pytest.mark.parametrize("text", [
    "热线直接办理722,772件,转派承办单位513,708件,转派率41.5%。",
    "热线直接答复41,236件,派单27,179件,派单率39.7%。",
    "全年转办工单27,179件,直接答复41,236件,直办率60.3%。",
])
def test_handled_at_once_is_no_base_of_passed_on(tmp_path, text):
    assert failing(tmp_path, text) == []


def test_a_rate_of_the_intake_still_fails(tmp_path):
    assert checks(tmp_path, "受理4,000件,办结3,800件,办结率96.0%。", "ratio.rate") == ["fail"]


# 6. "抽查发现问题并依法处理的68件,处理率100%": the figure's words name the act the rate is over (发现)
# before its own (处理): the rate is of those found, the same 68 -- not of a figure before.
@pytest.mark.parametrize("text", [
    "完成国家双随机监督抽查任务587件,任务完成率100%;抽查发现问题并依法处理的68件,处理率100%。",
    "检查企业1,206家次,排查出隐患并督促整改的318处,整改率100%。",
])
def test_a_rate_over_the_act_the_figure_names_first(tmp_path, text):
    assert failing(tmp_path, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("印发规范性文件2件,公开并解读2件,公开率和解读率均为100%。", ["pass"]),
    ("印发规范性文件2件,公开并解读1件,公开率和解读率均为100%。", ["fail"]),
])
def test_a_rate_naming_both_acts_is_still_over_the_figure_before(tmp_path, text, expected):
    assert checks(tmp_path, text, "ratio.full") == expected


# 7. A table's 合计 row under a share column prints the sum of the rounded shares above it (100.1%),
# not its own figure over the base (100%); another total share still fails.
_WINDOWS = """10月份,县政务服务大厅共受理办件41,286件。

窗口类别            10月办件量(件)   1-10月累计(件)   占比(10月)
综合受理窗口            18,604           193,472          45.1%
不动产登记窗口           9,418            98,265          22.8%
社保医保窗口             7,206            81,937          17.5%
税务窗口                 4,377            45,810          10.6%
公安窗口                 1,681            17,433           4.1%
合计                    41,286           436,917         {total}
"""


@pytest.mark.parametrize(("total", "expected"), [("100.1%", []), ("101.1%", ["ratio.table_share"])])
def test_a_total_rows_share_is_the_sum_of_the_rounded_shares(tmp_path, total, expected):
    assert failing(tmp_path, _WINDOWS.format(total=total)) == expected


# 8. "单件罚没款约为5.13万元": an amount per case is an average, not the total fines the catalog pairs
# with the count of cases.
@pytest.mark.parametrize("text", [
    "普通程序案件1,158件,全部适用普通程序,单件罚没款分别约为5.13万元和6.66万元。",
    "适用普通程序办理案件412件,案均罚款2.36万元。",
])
def test_an_amount_per_case_is_no_total(tmp_path, text):
    assert failing(tmp_path, text) == []


def test_a_total_amount_of_the_procedure_is_still_read(tmp_path):
    text = "全年适用普通程序的行政处罚案件1,158件,罚没款6,422.7万元。"
    assert checks(tmp_path, text, "catalog.penalties.general_procedure.fines") == ["pass"]


# 9. "审结611件,其中调解结案287件、裁决结案259件…;仲裁结案率96.4%": every item of the 其中 list names a
# kind of the closed cases, the later ones as much as the first; the plain rate counts them all (611).
@pytest.mark.parametrize(("text", "expected"), [
    ("全年受理案件634件,审结611件,其中调解结案287件、裁决结案259件、撤诉及其他65件;结案率96.4%。", ["pass"]),
    ("全年受理案件634件,审结611件,其中调解结案287件、裁决结案259件、撤诉及其他65件;结案率94.6%。", ["fail"]),
    ("仲裁院全年受理案件634件,审结611件,其中调解结案287件、裁决结案259件、撤诉及其他65件;仲裁结案率96.4%。", ["pass"]),
])
def test_a_plain_rate_over_a_later_item_of_a_kind_list(tmp_path, text, expected):
    assert checks(tmp_path, text, "ratio.rate") == expected


# 10. "…上升的2个;进京访总量同比下降42.1%,赴省访下降18.6%": after a ";", changes whose clauses name
# measures of their own are of those measures (levels not printed), not of the figures before the ";".
def test_changes_naming_their_measures_after_a_semicolon(tmp_path):
    text = "全市9个县(市、区)中,信访总量同比下降的7个,上升的2个;进京访总量同比下降42.1%,赴省访下降18.6%。"
    assert checks(tmp_path, text, "change.yoy") == []


def test_unnamed_changes_after_a_semicolon_are_still_read(tmp_path):
    text = "全市信访总量23,418件次,来访6,214批次;同比分别下降7.6%、5.1%。"
    assert checks(tmp_path, text, "change.yoy") == ["pass", "pass"]


# 11. "办结工单中问题得到解决的8,695件,解决率95.4%": the set the clause opens with is named by its act
# (办结), not by the noun of the work (工单) every figure of the hotline shares.
@pytest.mark.parametrize(("rate", "expected"), [("95.4%", ["pass"]), ("93.4%", ["fail"])])
def test_a_set_opened_by_its_act_is_the_base(tmp_path, rate, expected):
    text = ("11月份,全市共派发接诉即办工单9,350件,已办结9,117件,办结率97.5%;"
            f"办结工单中问题得到解决的8,695件,解决率{rate}。")
    assert checks(tmp_path, text, "ratio.own_name") == expected


# 12. "反映办事效率的58条": a count of items about a rate's topic is a count, a part of its list.
@pytest.mark.parametrize(("other", "expected"), [("16", ["pass"]), ("26", ["fail"])])
def test_items_about_a_rates_topic_are_counted(tmp_path, other, expected):
    text = f"181条差评中,反映服务态度的47条、办事效率的58条、材料要求不清的39条、系统故障的21条,其他{other}条。"
    assert checks(tmp_path, text, "sum.breakdown") == expected


# 13. "…不属实的55条已向评价人作出说明。与2022年相比,评价总量增长18.7%": a change naming a measure by its
# total (评价总量, no period between) is that measure's; the words after a figure that open another act
# (已向评价人…) name nothing of the figure -- the change is not the last figure's.
def test_words_of_another_act_after_a_figure_name_nothing_of_it(tmp_path):
    text = ("全市共收到评价474,992条,其中好评474,811条、差评181条。差评已全部回访核实,经核实属实的126条;"
            "不属实的55条已向评价人作出说明。与2022年相比,评价总量增长18.7%,差评减少64条。")
    assert checks(tmp_path, text, "change.yoy") == []


def test_a_measure_restated_after_a_comma_still_names_the_figure(tmp_path):
    text = "全年作出行政处罚决定1,204件,罚没款826.4万元,罚没款金额同比增长5.3%。"
    assert checks(tmp_path, text, "change.yoy") == ["pass"]
