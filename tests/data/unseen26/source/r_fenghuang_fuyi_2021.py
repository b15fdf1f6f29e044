from common import B, E, R, Report, S, span
from u26 import addt, tgrid

rep = Report("fenghuang-fuyi-2021", "html", "凤凰市人民政府行政复议办公室", 2022,
             kind="凤凰市2021年行政复议工作情况通报 (2022, 行政复议)",
             shape="HTML with a rowspan/colspan table of 审结 outcomes by 被申请人 类别 (维持/驳回/撤销/变更/确认违法/终止 and a 合计 column; a planted 合计 cell), prose: 收到 = 受理 + 不予受理 + 告知 without 其中, 受理 with the previous year, 审结 + 在审 = 受理 + 上年结转 (H), 纠错率 over 审结 (C), 调解和解 overlapping 终止, 听证 ≤ 审结, 复议 : 诉讼")
rows = [["市政府部门", 86, 12, 9, 1, 4, 14, 126], ["县（区）政府", 42, 6, 7, 0, 3, 8, 66],
        ["县（区）政府部门", 118, 21, 13, 2, 5, 19, 178], ["合计", 246, 39, 29, 3, 12, 41, 370]]
rows[2][7] = 187
head = ('<table border="1"><tr><th rowspan="2">被申请人</th><th colspan="6">审结情况（件）</th><th rowspan="2">合计</th></tr>'
        '<tr><th>维持</th><th>驳回</th><th>撤销</th><th>变更</th><th>确认违法</th><th>终止</th></tr>')
_, trels, rowt = tgrid(["被申请人", "维持", "驳回", "撤销", "变更", "确认违法", "终止", "合计"], rows, "html",
                       col_sums=(1, 2, 3, 4, 5, 6, 7), row_sums=((7, [1, 2, 3, 4, 5, 6]),),
                       note="县（区）政府部门 合计 178 printed 187 (digits swapped): the row and the 合计 column do not add up")
tab = head + "\n" + "\n".join(rowt) + "\n</table>"
rep.text = f"""
<html><body>
<h2>凤凰市2021年行政复议工作情况通报</h2>
<p>2021年，全市各级行政复议机构共收到行政复议申请452件。经审查，依法受理386件，受理率85.4%；不予受理41件；告知向其他机关申请25件。受理件数比上年的342件增加44件。</p>
<p>加上上年结转的31件，全年应办理417件，审结370件，尚未审结47件。</p>
<p>审结案件按被申请人分类情况如下：</p>
{tab}
<p>审结案件中，撤销、变更、确认违法合计44件，直接纠错率11.9%。终止的41件中，经调解和解后申请人撤回申请的34件。全年对重大复杂案件举行听证18件。</p>
<p>同期全市行政机关一审行政诉讼案件收案193件，复议案件与诉讼案件之比为2.0∶1。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
p = span(t, "收到行政复议申请452件", "增加44件")
rep.add(
    S(452, [386, 41, 25], p, "F"),
    R(386, 452, 85.4, p),
    S(386, [342, 44], p, "A"),
    S(417, [386, 31], span(t, "依法受理386件", "全年应办理417件"), "H"),
    S(417, [370, 47], span(t, "全年应办理417件", "尚未审结47件"), "H"),
    E([370, 370], span(t, "审结370件", "<td>合计</td><td>246</td><td>39</td><td>29</td><td>3</td><td>12</td><td>41</td><td>370</td>"), "H"),
    S(44, [29, 3, 12], span(t, "<td>合计</td><td>246", "合计44件"), "F"),
    R(44, 370, 11.9, span(t, "审结370件", "直接纠错率11.9%"), "C"),
    B(34, 41, span(t, "终止的41件中", "撤回申请的34件"), "E"),
    R(386, 193, 2.0, span(t, "依法受理386件", "2.0∶1"), "G", per=1),
)
rep.never("全年对重大复杂案件举行听证18件", "hearings as a part of 审结 with no total")
