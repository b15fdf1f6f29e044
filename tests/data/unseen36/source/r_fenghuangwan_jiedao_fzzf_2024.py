from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("fenghuangwan-jiedao-fzzf-2024", "html", "银川湾市兴庆湾区凤凰湾街道办事处", 2025,
             kind="凤凰湾街道办事处2024年法治政府建设工作报告 (2025, 法治政府建设, 宁夏 街道)",
             shape="HTML; a table of 社区 with 受理 / 化解 / 化解率 and a 合计 row (T: column sums and the rate per row), prose restating (H), 化解率 (C), 每万人 调解员 (G per 10000), 12345 工单 较上年 with the previous printed (A), 物业 share and 按时办结率 (C), 执法 = 简易 + 普通 (F); 社区 counts, 楼院 and 网格 as traps")
sq = [("丽景社区", 76, 75), ("民乐社区", 64, 62), ("凤凰社区", 58, 57), ("光明社区", 51, 50), ("其他7个社区", 183, 177)]
cs = [sum(x[1] for x in sq), sum(x[2] for x in sq)]
rows = [[a, b, c, pc(c, b)] for a, b, c in sq] + [["合计", *cs, pc(cs[1], cs[0])]]
tab, trels, rowt = tgrid(["社区", "受理纠纷（起）", "化解（起）", "化解率（%）"], rows, "html", col_sums=(1, 2), rates=((3, 2, 1),))
SL, HJ = cs
rep.text = f"""<div class="news_content">
<h2>凤凰湾街道办事处2024年法治政府建设工作报告</h2>
<p class="date">2025-01-16</p>
<p>　　2024年，凤凰湾街道在区委、区政府的坚强领导下，以“枫桥式”街道创建为抓手，推进基层治理法治化。街道辖11个社区、216个网格，常住人口8.64万人。现将全年法治政府建设情况报告如下。</p>
<p>　　<b>一、矛盾纠纷多元化解</b></p>
<p>　　全街道配备专兼职人民调解员135名，每万人拥有人民调解员{pc(135, 86400, 1, 10000)}名。全年各社区受理矛盾纠纷{SL}起，化解{HJ}起，化解率{pc(HJ, SL)}%。</p>
{tab}
<p>　　<b>二、12345热线诉求办理</b></p>
<p>　　全年承办12345热线工单{n(3846)}件，较上年的{n(4217)}件下降{gr(3846, 4217)}%。其中物业服务类{n(1482)}件，占{pc(1482, 3846)}%；按时办结{n(3821)}件，按时办结率{pc(3821, 3846)}%。</p>
<p>　　<b>三、综合行政执法</b></p>
<p>　　街道综合执法队全年查处占道经营、乱堆乱放等违法行为{n(1126)}起，其中适用简易程序{n(1089)}起、普通程序37起；清理楼院堆积物1,860处。</p>
<p>　　<b>四、下一步工作</b></p>
<p>　　深化“街道吹哨、部门报到”，推进社区法律顾问全覆盖。</p>
</div>"""
t = rep.text
addt(rep, trels)
rep.add(
    R(135, 86400, float(pc(135, 86400, 1, 10000)), span(t, "常住人口8.64万人", f"调解员{pc(135, 86400, 1, 10000)}名"), "G", per=10000),
    R(HJ, SL, float(pc(HJ, SL)), span(t, f"矛盾纠纷{SL}起", f"化解率{pc(HJ, SL)}%"), "C"),
    E([SL, SL], span(t, f"矛盾纠纷{SL}起", rowt[-1]), "H"),
    E([HJ, HJ], span(t, f"化解{HJ}起", rowt[-1]), "H"),
    C(3846, -float(gr(3846, 4217)), span(t, "工单3,846件", f"下降{gr(3846, 4217)}%"), "A", prev=4217),
    R(1482, 3846, float(pc(1482, 3846)), span(t, "工单3,846件", f"占{pc(1482, 3846)}%"), "C"),
    R(3821, 3846, float(pc(3821, 3846)), span(t, "工单3,846件", f"按时办结率{pc(3821, 3846)}%"), "C"),
    S(1126, [1089, 37], span(t, "违法行为1,126起", "普通程序37起"), "F"),
)
rep.never("辖11个社区、216个网格", "counts of places")
rep.never("清理楼院堆积物1,860处", "places")
