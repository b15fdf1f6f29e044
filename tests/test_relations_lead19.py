"""Session 19 (lead): rules found by reading `check` on reports written for the project."""

from __future__ import annotations

import pytest

from tests.helpers import audit_text


def _rule(tmp_path, text: str, rule: str) -> list[str]:
    """The statuses of every check of ``rule`` found in ``text``."""
    return [c.status for c in audit_text(tmp_path, text, ".txt") if c.rule == rule]


# A previous level printed right before a difference ("22件(上年17件),增加5件", "上年为70件,增加16件")
# sets the reference as 比上年 does: the difference is a delta, not this year's level, and the
# level, the previous and the difference add up.
@pytest.mark.parametrize("text,status", [
    ("全年发生行政诉讼案件22件（上年17件），增加5件，增长29.4%。", "pass"),
    ("全年发生行政诉讼案件22件（上年17件），增加6件，增长29.4%。", "fail"),
    ("收到依申请公开86件，上年为70件，增加16件，增幅22.9%。", "pass"),
    ("收到依申请公开86件，上年为70件，增加19件，增幅22.9%。", "fail"),
    ("2023年受理信访事项120件，2024年受理150件，增加30件，增长25.0%。", "pass"),
    ("2024年办理人大代表建议45件（2023年41件），多4件，增长9.8%。", "pass"),
    ("查处案件38起（去年同期45起），减少7起，下降15.6%。", "pass"),
    ("查处案件38起（去年同期45起），减少8起，下降15.6%。", "fail"),
])
def test_a_difference_after_its_previous_level(tmp_path, text, status):
    assert _rule(tmp_path, text, "sum.difference") == [status]
    assert _rule(tmp_path, text, "change.yoy") == ["pass"]


@pytest.mark.parametrize("text", [
    # 新增 names what is new this year, no difference from the year before
    "上年受理120件，今年新增45件，增长12.0%。",
    # work carried in is no previous level
    "上年结转8件，增加12件，增长5.0%。",
])
def test_no_difference_without_a_previous_level(tmp_path, text):
    assert _rule(tmp_path, text, "sum.difference") == []


# "…45件,增加4件,增长9.8%" with the reference left unsaid (the report names its year): a difference
# right before a change percent is that change's absolute part -- never the level the percent is of.
@pytest.mark.parametrize("text,status", [
    ("2024年，全年办理人大代表建议45件，增加4件，增长9.8%。", "pass"),
    ("2024年，全年办理人大代表建议45件，增加5件，增长9.8%。", "fail"),
    ("2024年，全区受理案件1,200件，减少80件，下降6.3%。", "pass"),
    ("2024年，全区受理案件1,200件，减少80件，下降9.3%。", "fail"),
    ("2023年度共办理政务公开申请312件，增加40件，增幅14.7%。", "pass"),
    ("2023年度共办理政务公开申请312件，多40件，增幅14.7%。", "pass"),
    ("2022年全县发生火灾事故56起，减少14起，下降20.0%。", "pass"),
    ("全年办理人大代表建议45件（2023年41件），增加4件，增长9.8%。", "pass"),
])
def test_a_difference_before_its_percent(tmp_path, text, status):
    assert _rule(tmp_path, text, "change.yoy") == [status]


def test_a_year_in_brackets_names_the_previous_level(tmp_path):
    from tests.helpers import rule_messages
    text = "2024年，全年办理人大代表建议45件（2023年为41件），增加4件，增长9.8%。"
    msgs = [m for _, _, m in rule_messages(tmp_path, text, "sum.difference")]
    assert len(msgs) == 1 and "2023年 41件" in msgs[0]


# "与…的N相比" names the level compared with, whatever it is (another census, a base year): the
# difference and the percent after it are against that level; an average yearly change
# ("年平均下降0.53%") is no change of the two levels.
@pytest.mark.parametrize("text,statuses", [
    ("全县常住人口为48.72万人，与2010年第六次全国人口普查的51.36万人相比，减少2.64万人，下降5.14%，年平均下降0.53%。",
     {"change.yoy": ["pass"], "sum.difference": ["pass"]}),
    ("全县常住人口为48.72万人，与2010年第六次全国人口普查的51.36万人相比，减少2.64万人，下降6.14%。",
     {"change.yoy": ["fail"], "sum.difference": ["pass"]}),
    ("全市常住人口512,386人，同2010年第六次人口普查的487,219人相比，十年共增加25,167人，增长5.17%。",
     {"change.yoy": ["pass"], "sum.difference": ["pass"]}),
    ("全市常住人口512,386人，同2010年第六次人口普查的487,219人相比，十年共增加26,167人，增长5.17%。",
     {"change.yoy": ["pass"], "sum.difference": ["fail"]}),
    ("年末在校学生9,860人，与“十三五”末的8,420人相比，增加1,440人，增长17.1%。",
     {"change.yoy": ["pass"], "sum.difference": ["pass"]}),
])
def test_a_level_compared_with(tmp_path, text, statuses):
    checks = audit_text(tmp_path, text, ".txt")
    for rule, expected in statuses.items():
        assert [c.status for c in checks if c.rule == rule] == expected, rule


def test_a_change_against_a_named_level_says_so(tmp_path):
    from tests.helpers import rule_messages
    text = "全县常住人口为48.72万人，与2010年第六次全国人口普查的51.36万人相比，减少2.64万人，下降5.14%。"
    [(_, _, msg)] = rule_messages(tmp_path, text, "change.yoy")
    assert "第六次全国人口普查" in msg and "上年" not in msg and "同比" not in msg


# A 分别 list of periods ("7月、8月、9月分别受理…"): messages name each figure by its period.
def test_listed_periods_name_their_figures(tmp_path):
    from tests.helpers import rule_messages
    text = "第三季度，热线共受理群众诉求186,432件。7月、8月、9月分别受理58,204件、66,917件、61,311件。"
    [(_, status, msg)] = rule_messages(tmp_path, text, "sum.breakdown")
    assert status == "pass" and "7月 58,204件" in msg and "8月 66,917件" in msg and "9月 61,311件" in msg


# A prose count of requests that holds work carried in ("收到申请41件(含上年结转3件)", or a value equal
# to the table's 新收 plus 上年结转) restates no 新收 row: new and older work together.
_DISCLOSURE_TABLE = """
| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | 自然人 | 法人或其他组织 | 总计 |
| 一、本年新收政府信息公开申请数量 | {new_p} | {new_o} | {new} |
| 二、上年结转政府信息公开申请数量 | 3 | 0 | 3 |
| 三、本年度办理结果 |  |  |  |
| （一）予以公开 | 20 | 4 | 24 |
| （二）部分公开 | 5 | 1 | 6 |
| （三）无法提供 | 8 | 1 | 9 |
| （四）总计 | 33 | 6 | 39 |
| 四、结转下年度继续办理 | 2 | 0 | 2 |
"""


@pytest.mark.parametrize("prose,new_p,new_o,new,status", [
    ("本年度共收到政府信息公开申请41件（含上年结转3件），已办结39件。", 32, 6, 38, None),
    ("本年度共收到政府信息公开申请41件(其中上年结转3件)，已办结39件。", 32, 6, 38, None),
    ("本年度共收到政府信息公开申请41件，其中上年结转3件，已办结39件。", 32, 6, 38, None),
    ("本年度共收到政府信息公开申请41件，已办结39件。", 32, 6, 38, None),     # 38 new + 3 carried
    ("本年度新收政府信息公开申请38件，已办结39件。", 32, 6, 38, "pass"),
    ("本年度新收政府信息公开申请37件，已办结39件。", 32, 6, 38, "fail"),   # neither reading
])
def test_requests_with_carried_work_restate_no_new_row(tmp_path, prose, new_p, new_o, new, status):
    text = "某局2023年政府信息公开工作年度报告\n" + prose + "\n" + _DISCLOSURE_TABLE.format(
        new_p=new_p, new_o=new_o, new=new)
    checks = [c for c in audit_text(tmp_path, text, ".md") if c.rule.startswith("equal.restated")
              and any(str(e.get("printed", "") if isinstance(e, dict) else getattr(e, "printed", "")).startswith(("41", "38", "37"))
                      for e in c.evidence if (e.get("role") if isinstance(e, dict) else getattr(e, "role", "")) == "values")]
    statuses = {c.status for c in checks}
    if status is None:
        assert "fail" not in statuses
    else:
        assert status in statuses and ("fail" not in statuses if status == "pass" else True)


# What was due this year (应审理, 应办理, 需办理: intake and work carried in) is closed or carried forward.
@pytest.mark.parametrize("text,status", [
    ("加上上年结转的36件，全年应审理案件557件，已审结529件，结转下年度28件。", "pass"),
    ("加上上年结转的36件，全年应审理案件557件，已审结529件，结转下年度29件。", "fail"),
    ("加上2020年结转的36件，全年应审理案件557件，已审结529件，结转2022年28件。", "pass"),
    ("连同上年结转申请5件，本年度应当办理申请64件，已办结60件，结转下一年度4件。", "pass"),
    ("连同上年结转申请5件，本年度应处理申请64件，已办结60件，结转下一年度6件。", "fail"),
])
def test_due_work_is_closed_or_carried_forward(tmp_path, text, status):
    # (read by sum.status, or by sum.flow where the carried-in clause is a flow of its own)
    assert [c.status for c in audit_text(tmp_path, text, ".txt") if c.rule in ("sum.status", "sum.flow")] == [status]


# Fines after cases of both procedures (or said as a total, 罚没款合计) are of every case: no average
# fine of the summary procedure (capped by law at a few thousand 元 a case) is read from them.
@pytest.mark.parametrize("text,status", [
    ("全年共办理简易程序案件10件，普通程序案件23件，罚没款合计18.35万元。", None),
    ("全年办理普通程序案件23件、简易程序案件10件，罚款18.35万元。", None),
    ("全年共办理简易程序案件10件，罚没款合计18.35万元。", None),
    ("全年办理简易程序案件146件，罚款0.5万元；普通程序案件23件，罚没款17.85万元。", "pass"),
    ("全年办理简易程序案件14件，罚款13.5万元。", "fail"),
])
def test_fines_of_both_procedures_are_no_summary_fines(tmp_path, text, status):
    found = _rule(tmp_path, text, "catalog.penalties.simple_procedure.fines")
    assert found == ([] if status is None else [status])
