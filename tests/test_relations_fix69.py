"""False alarms of a set written blind to the engine (session 27, helper fix69). Each rule is a statement about
how Chinese reports state figures, tested on project sentences, each with a variant whose arithmetic is broken
that must still fail where the reading is unique (or a stated reason it abstains)."""

from __future__ import annotations

from helpers import operands_of

# --- a two-row HTML header: a 小计 column under a colspan group adds the group's columns only; a column
# under a cell spanning both header rows ("登记", rowspan) stands outside the group ---

GROUPED = ("<html><body><p>信访事项办理情况如下表。</p><table>"
           "<tr><th rowspan=\"2\">事项类别</th><th rowspan=\"2\">登记（件）</th><th colspan=\"4\">办理结果（件）</th></tr>"
           "<tr><th>调解</th><th>转送</th><th>不予受理</th><th>小计</th></tr>"
           "<tr><td>土地纠纷</td><td>52</td><td>20</td><td>17</td><td>9</td><td>{a}</td></tr>"
           "<tr><td>劳资纠纷</td><td>41</td><td>25</td><td>8</td><td>5</td><td>38</td></tr>"
           "<tr><td>邻里纠纷</td><td>30</td><td>18</td><td>6</td><td>4</td><td>28</td></tr>"
           "<tr><td>合计</td><td>123</td><td>63</td><td>31</td><td>18</td><td>112</td></tr>"
           "</table></body></html>")


def test_a_group_subtotal_is_no_sum_of_the_row(tmp_path) -> None:
    # 登记 stands outside the group 小计 adds; where the group sits is lost with the spans (a group
    # before a "备注" column spanning both rows reads alike): the rows' 小计 are left unchecked
    rows = operands_of(tmp_path, GROUPED.format(a=46), "sum", ".html")
    assert not [r for r in rows if r[2] == "fail"], rows
    assert (112, (46, 38, 28), "pass") in rows  # the columns still add up to the 合计 row
    # a misprinted 小计 still fails, against its column's 合计
    rows = operands_of(tmp_path, GROUPED.format(a=48), "sum", ".html")
    assert (112, (48, 38, 28), "fail") in rows
    text = GROUPED.replace("<th colspan=\"4\">办理结果（件）</th>", "<th colspan=\"4\">办理结果（件）</th><th rowspan=\"2\">备注</th>")
    text = text.replace("</td></tr>", "</td><td>3</td></tr>")
    rows = operands_of(tmp_path, text.format(a=46), "sum", ".html")
    assert not [r for r in rows if r[2] == "fail"], rows
