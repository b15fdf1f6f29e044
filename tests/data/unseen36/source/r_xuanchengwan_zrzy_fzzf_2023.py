from common import B, C, R, Report, S, span
from u36 import addt, gr, html_head, pc, tgrid

rep = Report("xuanchengwan-zrzy-fzzf-2023", "html", "宣城湾市自然资源和规划局", 2024,
             kind="宣城湾市自然资源和规划局2023年法治政府建设年度报告 (2024, 法治政府建设, 安徽 市级 自然资源)",
             shape="HTML; a table of 执法类别 with a two-row colspan header, 立案 / 结案 / 罚没款（万元） and a 合计 row (T: column sums), prose restating (H), 耕地 inside 土地 面积 (E), 结案率 (C, planted), 罚没 = 罚款 + 没收 (F), 复议 outcomes with 分别 (B) and 纠错率 (C), 应诉 较上年 with the previous printed (A), 败诉率 and 出庭率 (C); 不动产 登记, 听证, 1个工作日 as traps")
cat = [("土地违法", 57, 52, 241.6), ("矿产违法", 11, 11, 38.2), ("测绘地理信息违法", 3, 3, 2.5), ("城乡规划违法", 8, 6, 4.1)]
cs = [sum(c[1] for c in cat), sum(c[2] for c in cat), round(sum(c[3] for c in cat), 1)]
rows = [list(c) for c in cat] + [["合计", *cs]]
tab, trels, rowt = tgrid(["执法类别", "立案", "结案", "罚没款"], rows, "html", col_sums=(1, 2, 3))
tab = html_head(tab, '<tr><th rowspan="2">执法类别</th><th colspan="2">案件数（件）</th><th rowspan="2">罚没款（万元）</th></tr>\n<tr><th>立案</th><th>结案</th></tr>')
L, J, M = cs
fk = 211.9
rep.text = f"""<html><head><meta charset="utf-8"><title>宣城湾市自然资源和规划局2023年法治政府建设年度报告</title></head><body>
<h2>宣城湾市自然资源和规划局2023年法治政府建设年度报告</h2>
<p>发布日期：2024-01-26　　来源：宣城湾市自然资源和规划局　　浏览次数：1,108</p>
<p>2023年，市自然资源和规划局深入学习贯彻习近平法治思想，严格落实法治政府建设各项任务，依法履行自然资源“两统一”职责。现将有关情况报告如下。</p>
<h3>一、严格自然资源执法</h3>
<p>全年共立案查处各类自然资源违法案件{L}件，结案{J}件，结案率92.1%。其中立案查处土地违法案件57件，涉及土地面积38.62公顷，其中耕地12.47公顷。全年收缴罚没款{M}万元，其中罚款{fk}万元、没收违法所得{round(M - fk, 1)}万元。分类情况见下表。</p>
{tab}
<p>以上合计立案{L}件。举行行政处罚听证3次，对2宗非法采矿案件依法移送公安机关。</p>
<h3>二、优化营商环境</h3>
<p>全年办理不动产登记12.6万件，一般登记、抵押登记压缩至1个工作日内办结。</p>
<h3>三、化解行政争议</h3>
<p>全年收到行政复议决定9件，其中维持、驳回、确认违法、终止的分别为5件、2件、1件、1件，被纠错1件，纠错率{pc(1, 9)}%。发生一审行政诉讼案件14件，较上年的19件减少5件、下降{gr(14, 19)}%；审结14件，败诉1件，败诉率{pc(1, 14)}%；局负责人出庭应诉14件次，出庭率{pc(14, 14)}%。</p>
<h3>四、下一步工作</h3>
<p>持续推进“大棚房”“乱占耕地建房”问题常态化整治，确保耕地保有量不低于省下达的任务。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
from common import E
rep.add(
    R(J, L, 92.1, span(t, f"违法案件{L}件", "结案率92.1%"), "C", bad=f"{J} / {L} = {pc(J, L)}%, printed 92.1% (digits swapped)"),
    B(12.47, 38.62, span(t, "土地面积38.62公顷", "耕地12.47公顷"), "E"),
    S(M, [fk, round(M - fk, 1)], span(t, f"罚没款{M}万元", f"没收违法所得{round(M - fk, 1)}万元"), "F"),
    E([L, L], span(t, rowt[-1], f"以上合计立案{L}件"), "H"),
    E([57, 57], span(t, "土地违法案件57件", rowt[0]), "H"),
    S(9, [5, 2, 1, 1], span(t, "行政复议决定9件", "1件、1件"), "B"),
    R(1, 9, float(pc(1, 9)), span(t, "行政复议决定9件", f"纠错率{pc(1, 9)}%"), "C"),
    C(14, -float(gr(14, 19)), span(t, "案件14件，较上年的19件", f"下降{gr(14, 19)}%"), "A", prev=19),
    S(19, [14, 5], span(t, "案件14件，较上年的19件", "减少5件")),
    R(1, 14, float(pc(1, 14)), span(t, "审结14件", f"败诉率{pc(1, 14)}%"), "C"),
    R(14, 14, float(pc(14, 14)), span(t, "审结14件", f"出庭率{pc(14, 14)}%"), "C"),
)
rep.never("办理不动产登记12.6万件", "a count with no relation")
rep.never("举行行政处罚听证3次，对2宗非法采矿案件", "hearings and transfers, not parts of a total")
rep.never("浏览次数：1,108", "page furniture")
