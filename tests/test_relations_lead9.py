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
