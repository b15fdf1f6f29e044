"""Session 9 (lead): shares and tables on sentences written for the project. Each consistent
variant must raise no failing check; each wrong variant must still be flagged."""

from __future__ import annotations

import toolkit


def statuses(tmp_path, text: str, rule: str, name: str = "r.txt") -> list[tuple]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [(c.operands.get("numerator", c.operands.get("total")), c.operands.get("denominator"), c.status)
            for c in toolkit.audit(p).checks if c.rule == rule]


# -- "X中," naming a set no figure before states: its shares are of that set, not of an earlier stage --

UNSTATED_SET = "全年共收到行政复议申请1,245件,受理1,120件。审结案件中,维持670件,占63.8%;撤销150件,占14.3%。"
STATED_SET = "全年共收到行政复议申请1,245件,受理1,120件,审结1,050件。审结的案件中,维持670件,占{p}%;撤销150件,占14.3%。"
TABLE_SET = """<html><body><p>全年共收到行政复议申请1,245件,受理1,120件。</p>
<table>
<tr><th>类别</th><th>受理</th><th>审结</th><th>维持</th><th>撤销</th><th>其他</th></tr>
<tr><td>区县政府</td><td>420</td><td>400</td><td>250</td><td>60</td><td>90</td></tr>
<tr><td>市直部门</td><td>700</td><td>650</td><td>420</td><td>90</td><td>140</td></tr>
<tr><td>合计</td><td>1,120</td><td>1,050</td><td>670</td><td>150</td><td>230</td></tr>
</table>
<p>审结案件中,维持670件,占63.8%;撤销150件,占14.3%。</p></body></html>"""


def test_shares_of_a_set_no_prose_figure_states_are_not_of_an_earlier_stage(tmp_path):
    # 670 / 1,120 = 59.8% and 670 / 1,245 = 53.8%: neither is what 审结 names
    assert not [s for s in statuses(tmp_path, UNSTATED_SET, "ratio.share") if s[2] == "fail"]


def test_shares_of_a_set_stated_in_a_table_only_raise_nothing(tmp_path):
    found = statuses(tmp_path, TABLE_SET, "ratio.share", "r.html")
    assert not [s for s in found if s[2] == "fail"]


def test_shares_of_the_set_named_and_stated_are_checked(tmp_path):
    good = statuses(tmp_path, STATED_SET.format(p="63.8"), "ratio.share")
    assert (670, 1050, "pass") in good
    bad = statuses(tmp_path, STATED_SET.format(p="60.8"), "ratio.share")
    assert (670, 1050, "fail") in bad


def test_shares_of_the_stage_the_opener_names_are_of_that_figure(tmp_path):
    text = "全年共收到行政复议申请1,245件,受理1,120件。受理的案件中,维持670件,占{p}%。"
    assert (670, 1120, "pass") in statuses(tmp_path, text.format(p="59.8"), "ratio.share")
    assert (670, 1120, "fail") in statuses(tmp_path, text.format(p="63.8"), "ratio.share")


# -- tables: a column that is the sum of the run of columns beside it; years printed newest first --

OUTCOMES_TABLE = """表3 行政复议案件办理情况
被申请人\t收到\t受理\t审结\t维持\t撤销\t驳回\t其他
区政府\t120\t110\t100\t60\t15\t17\t8
区直部门\t380\t350\t330\t210\t40\t55\t25
街道办事处\t90\t80\t{x}\t45\t10\t14\t6
合计\t590\t540\t505\t315\t65\t86\t39
"""


def test_a_middle_column_summing_the_outcomes_after_it_is_their_total(tmp_path):
    good = statuses(tmp_path, OUTCOMES_TABLE.format(x=75), "sum.table_row")
    assert {(100, "pass"), (330, "pass"), (75, "pass"), (505, "pass")} == {(t, s) for t, _, s in good}
    bad = statuses(tmp_path, OUTCOMES_TABLE.format(x=78), "sum.table_row")
    assert (78, None, "fail") in bad and len([s for s in bad if s[2] == "pass"]) == 3


def test_columns_that_fit_by_chance_in_too_few_rows_are_no_total(tmp_path):
    two_rows = "\n".join(OUTCOMES_TABLE.format(x=75).splitlines()[:4])
    assert statuses(tmp_path, two_rows, "sum.table_row") == []


def test_a_column_two_runs_read_differently_is_left_alone(tmp_path):
    # 审结 = 维持+撤销 in two rows and = 维持+撤销+驳回 in none: no run fits three rows
    text = """被申请人\t审结\t维持\t撤销\t驳回
甲\t10\t6\t4\t3
乙\t20\t12\t8\t5
丙\t30\t10\t9\t11
"""
    assert statuses(tmp_path, text, "sum.table_row") == []


YEARS_NEWEST_FIRST = """| 指标 | 2024年 | 2023年 | 比上年增长(%) |
| --- | --- | --- | --- |
| 检查企业(家次) | 1,860 | 1,620 | {p} |
| 发现隐患(项) | 4,312 | 3,980 | 8.3 |
| 结案(起) | 90 | 100 | -10.0 |
"""


def test_a_change_column_after_years_printed_newest_first(tmp_path):
    p = tmp_path / "t.md"
    p.write_text(YEARS_NEWEST_FIRST.format(p="14.8"), encoding="utf-8")
    good = [(c.operands["current"], c.operands["previous"], c.status)
            for c in toolkit.audit(p).checks if c.rule == "change.table"]
    assert good == [(1860, 1620, "pass"), (4312, 3980, "pass"), (90, 100, "pass")]
    p.write_text(YEARS_NEWEST_FIRST.format(p="18.4"), encoding="utf-8")
    assert next(c.status for c in toolkit.audit(p).checks if c.rule == "change.table") == "fail"
