"""False alarms found on consistent texts written blind to the engine (session 21, helper fa46:
法治政府建设 reports of governments, bureaus, towns and streets, 行政执法年报, 行政复议/应诉/信访/调解,
12345 and 政务服务 reports). Each rule is a statement about how Chinese reports state figures, tested
on project sentences, with a variant whose arithmetic is broken that must still fail where the
reading is unique."""

from __future__ import annotations

from helpers import audit_text, failing, rule_messages

checks = rule_messages  # (rule, status, message) of every check


# --- a report may group the thousands of its figures by spaces ("1 268件", GB/T 15835): such a figure
# is one number. One spaced pair among figures written without spaces is two numbers ("转110 412件") ---

_SPACED = ("全年收到行政复议申请1 268件,其中受理1 137件,不予受理89件,告知其他途径42件。"
           "受理案件中,审结1 052件,占92.5%。")


def test_figures_grouped_by_spaces_are_one_number_each(tmp_path) -> None:
    assert failing(tmp_path, _SPACED) == []
    got = checks(tmp_path, _SPACED)
    assert ("sum.breakdown", "pass") in [(r, s) for r, s, _ in got]
    assert any("1268件" in m for _, _, m in got)
    # one such figure in a report that writes no other figure of four digits stands too
    one = "兑付征地补偿款3 308万元,涉及农户316户,户均10.47万元。"
    assert failing(tmp_path, one) == []
    assert any(s == "pass" and "3308万元" in m for _, s, m in checks(tmp_path, one))
    # a broken figure still fails
    assert failing(tmp_path, _SPACED.replace("不予受理89件", "不予受理79件"))
    # but one spaced pair among figures written without spaces is two numbers
    text = ("全年受理来电12680件,直接办理8412件,转办4268件,其中转110 412件。"
            "回访3120件,满意2964件,满意率95.0%。")
    got = checks(tmp_path, text)
    assert not any("110412" in m for _, _, m in got)
    assert ("bound.part", "pass") in [(r, s) for r, s, _ in got]  # 412件 of the 4268 passed on


_SPACED_TABLE = ("全年受理工单9 846件,转派承办单位6 127件,办结6 015件。\n\n| 单位 | 转派 | 办结 |\n|---|---|---|\n"
                 "| 住建局 | 1 386 | 1 352 |\n| 供电公司 | 4 741 | 4 663 |\n| 合计 | 6 127 | 6 015 |\n")


def test_table_cells_grouped_by_spaces_in_such_a_report(tmp_path) -> None:
    got = [(c.rule, c.status) for c in audit_text(tmp_path, _SPACED_TABLE, ".md")]
    assert ("sum.table_total", "pass") in got and ("sum.table_total", "fail") not in got
    broken = [(c.rule, c.status) for c in audit_text(tmp_path, _SPACED_TABLE.replace("| 4 663 |", "| 4 763 |"), ".md")]
    assert ("sum.table_total", "fail") in broken


# --- a base named by a qualified noun ("占转派工单的32.5%") is not a figure of that noun qualified
# otherwise ("回访工单84.6万件"): another set of the noun, the one named not being found so ---

def test_a_base_qualified_otherwise_is_not_the_named_base(tmp_path) -> None:
    text = ("全年受理群众诉求5,000件,其中直接答复3,000件,转派承办单位办理2,000件。回访工单1,200件,满意1,100件。"
            "反映物业管理问题650件,占转派工单的32.5%。")
    assert failing(tmp_path, text) == []
    for other in (text.replace("占转派工单的32.5%", "占回访工单的60.0%"),
                  text.replace("满意1,100件。", "满意1,100件,满意率81.7%。")):
        assert failing(tmp_path, other), other


# --- a 其中 inside brackets closed before a figure opens the brackets' own list: the figures after the
# brackets are in no breakdown of the figure the bracket follows ---

_BRACKETED = ("全年受理群众诉求21,630件,同比下降2.4%。重点领域:教育领域诉求2,170件(其中招生入学940件),"
              "住房领域3,050件,交通出行1,860件,三者合计7,080件,占32.7%。")


def test_a_bracketed_breakdown_ends_with_its_brackets(tmp_path) -> None:
    assert failing(tmp_path, _BRACKETED) == []
    assert ("ratio.share", "pass") in [(r, s) for r, s, _ in checks(tmp_path, _BRACKETED)]
    assert failing(tmp_path, _BRACKETED.replace("占32.7%", "占35.7%"))
    # the bracket's own part is still bounded by the figure it follows
    assert failing(tmp_path, _BRACKETED.replace("招生入学940件", "招生入学2,940件"))


# --- a count of places or bodies ("表中5个部门", "全县14个乡镇") is no whole of the work they did: a
# 其中 after it whose parts count cases (件/起/次) is of another figure, here of one not printed ---

def test_a_count_of_bodies_is_no_whole_of_their_cases(tmp_path) -> None:
    text = ("说明:\n1.表中5个部门行政处罚件数占全县总数(1754件)的77.5%。\n"
            "2.县交通运输局行政处罚件数居各部门首位,其中治超案件412件,占该局案件的63.3%。")
    assert failing(tmp_path, text) == []
    # a count of places still holds the places counted under it
    assert failing(tmp_path, "全县有12个乡镇,其中13个乡镇完成改革。")
    assert ("sum.breakdown", "pass") in [(r, s) for r, s, _ in checks(tmp_path, "全市共有医疗机构412个,其中医院17家、诊所395家。")]


# --- a list said to count one case under several kinds ("一案多罚的分别统计", "可多选") is no partition:
# each part is bounded by the whole, none summed ---

def test_kinds_counted_once_each_for_a_case_of_several(tmp_path) -> None:
    text = ("三、行政处罚\n全区作出行政处罚决定2,406件,罚没款合计1,215.30万元。按处罚种类分(一案多罚的分别统计):"
            "警告812件、罚款1,937件、没收违法所得和非法财物204件、责令停产停业11件、其他63件。")
    assert failing(tmp_path, text) == []
    assert ("bound.part", "pass") in [(r, s) for r, s, _ in checks(tmp_path, text)]  # each within the whole
    survey = ("二、满意度调查\n共回收问卷2,000份。群众最关注的问题(可多选):物业管理1,260份、停车难980份、"
              "噪声扰民640份。")
    assert failing(tmp_path, survey) == []
    # without the words, a list that does not add up is still a failing sum
    assert failing(tmp_path, text.replace("(一案多罚的分别统计)", ""))


# --- a figure under a heading announcing plans ("四、2024年目标", "三、下一步工作打算") is a target, not a
# figure of the year, even without 力争/争取 in its sentence; under a heading that also names results
# ("存在问题和下一步打算") only a level to reach (达到/提高到/不低于…) is ---

_DONE = "一、办件情况\n全年受理186.4万件,办结185.9万件;其中即办件121.6万件,占受理总量的65.2%。\n"


def test_a_share_under_a_plans_heading_is_a_target(tmp_path) -> None:
    for head in ("四、2024年目标", "三、下一步工作打算", "五、2024年工作计划", "(三)2025年工作安排"):
        text = _DONE + head + "\n全程网办率提高到90%,即办件占比达到70%以上。"
        assert failing(tmp_path, text) == [], head
    mixed = _DONE + "二、存在问题和下一步打算\n窗口人员流动较大。即办件占比达到70%以上。"
    assert failing(tmp_path, mixed) == []
    # the same words under a heading of results are a claim of the year, and a wrong one fails
    assert failing(tmp_path, _DONE.replace("占受理总量的65.2%", "即办件占比达到70%以上"))
    assert failing(tmp_path, _DONE + "二、主要成效\n即办件占比达到70%以上。")


# --- closed and carried forward split the set the clause names ("受理案件中,审结…,结转…"), not a received
# or due total before it ---

def test_a_split_of_the_set_its_clause_names(tmp_path) -> None:
    due = ("全年收到行政复议申请420件,加上上年结转的20件,全年共需办理440件。其中受理386件,不予受理34件;"
           "受理案件中,审结361件,结转下年25件。")
    assert failing(tmp_path, due) == []
    plain = "全年收到行政复议申请420件,受理386件,不予受理34件;受理案件中,审结361件,结转下年25件。"
    assert failing(tmp_path, plain) == []
    assert failing(tmp_path, plain.replace("结转下年25件", "结转下年35件"))


def test_a_heading_of_results_with_a_plan_word_is_no_plans_heading(tmp_path) -> None:
    for head in ("二、坚持目标导向,提升服务质效", "(四)计划生育和卫生监督", "(三)统筹安排,压实责任"):
        text = "一、概况\n窗口42个。\n" + head + "\n全年受理186.4万件,办结185.9万件;其中即办件121.6万件,即办件占比达到70%以上。"
        assert failing(tmp_path, text), head
