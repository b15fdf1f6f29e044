from common import B, C, E, R, Report, S, span
from u26 import addt, tgrid

rep = Report("mingshan-falvyuanzhu-2023", "html", "明山市法律援助中心", 2024,
             kind="明山市2023年法律援助工作年度报告 (2024, 法律援助)",
             shape="HTML; a table of 法律援助案件 by 县区 with 刑事/民事/行政 and a 合计 column and row (a planted 民事 cell), prose restating the 合计 and the 刑事 share (C), 受援人 by 群体 with 其中 non-exhaustive (农民工, 老年人, 未成年人 overlap), 申请 ≥ 批准, 经费 with the previous year, 值班律师 人次")
rows = [["明山区", 426, 612, 8, "1,046"], ["东桥区", 318, 486, 5, 809], ["北河县", 212, 394, 3, 609],
        ["南岭县", 186, 342, 2, 530], ["合计", "1,142", "1,834", 18, "2,994"]]
rows[2][2] = 349
tab, trels, rowt = tgrid(["县区", "刑事（件）", "民事（件）", "行政（件）", "合计（件）"], rows, "html",
                         col_sums=(1, 2, 3, 4), row_sums=((4, [1, 2, 3]),),
                         note="北河县 民事 394 printed 349 (digits swapped): its row and the 民事 column do not add up")
rep.text = f"""
<html><body>
<h2>明山市2023年法律援助工作年度报告</h2>
<p>一、案件办理。全市法律援助机构全年受理法律援助申请3,126件，经审查批准2,994件，批准率95.8%。各县区办理情况如下表：</p>
{tab}
<p>全年办结法律援助案件2,994件，其中刑事案件1,142件，占38.1%；民事案件1,834件；行政案件18件。</p>
<p>二、受援人群。全年受援人3,218人，其中农民工1,286人，老年人624人，未成年人412人，残疾人186人。</p>
<p>三、经费保障。全市法律援助经费1,862.4万元，较上年增长9.2%（上年1,705.5万元）。</p>
<p>四、值班律师。值班律师在看守所、法院提供法律帮助18,642人次。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
rep.add(
    B(2994, 3126, span(t, "受理法律援助申请3,126件", "批准2,994件"), "E"),
    R(2994, 3126, 95.8, span(t, "受理法律援助申请3,126件", "批准率95.8%")),
    E([2994, 2994], span(t, "<td>合计</td><td>1,142</td><td>1,834</td><td>18</td><td>2,994</td>", "办结法律援助案件2,994件"), "H"),
    S(2994, [1142, 1834, 18], span(t, "办结法律援助案件2,994件", "行政案件18件")),
    R(1142, 2994, 38.1, span(t, "办结法律援助案件2,994件", "占38.1%")),
    C(1862.4, 9.2, span(t, "法律援助经费1,862.4万元", "上年1,705.5万元"), "A", prev=1705.5),
)
rep.never("受援人3,218人，其中农民工1,286人，老年人624人，未成年人412人，残疾人186人", "overlapping groups; a non-exhaustive 其中")
rep.never("提供法律帮助18,642人次", "人次 beside 件")
rep.never("受援人3,218人", "受援人 beside 件: one case may have several")
