from common import B, C, E, R, Report, S, span
from u39 import addt, gr, n, pc, tgrid

rep = Report("hulunhe-12345-2025m1", "txt", "呼伦河市人民政府办公室（12345热线服务中心）", 2025,
             kind="呼伦河市12345热线2025年1月诉求办理情况月报 (2025, 12345 月报, 内蒙古 市)",
             shape="txt copied from a web page; 受理 with 环比 and 同比 in one sentence with both previous figures printed (A), 供暖 诉求 share with the rate stated before its base (C), a space-aligned table of 供热单位 with 诉求 / 已解决 / 解决率 / 上月诉求 and a 合计 row (T: column sums, the rate per row; a planted 解决率 of 热电二公司), 供暖 类 parts after 包括 (F), 区 parts with shares (C), 12345 与 110 联动 (F), 满意率 over 回访 printed in brackets after the rate (C); 室温 标准 and 热线 numbers as traps")
units = [("热电一公司", 2318, 2261, 2794), ("热电二公司", 1642, 1587, 1906), ("城南供热公司", 1105, 1086, 1347),
         ("海拉河热力公司", 864, 842, 1013), ("其他单位", 527, 509, 688)]
H, Sv, Pm = sum(u[1] for u in units), sum(u[2] for u in units), sum(u[3] for u in units)
rows = [[u[0], n(u[1]), n(u[2]), pc(u[2], u[1]), n(u[3])] for u in units] + [["合计", n(H), n(Sv), pc(Sv, H), n(Pm)]]
rows[1][3] = "97.5"
tab, trels, rowt = tgrid(["供热单位", "本月诉求（件）", "已解决（件）", "解决率（%）", "上月诉求（件）"], rows, "txt", col_sums=(1, 2, 4), rates=((3, 2, 1),))
acc, prevm, prevy = 18462, 21307, 17935
rep.text = f"""呼伦河市12345热线2025年1月诉求办理情况

2025-02-06 09:15　　来源：市12345热线服务中心

　　1月份，市12345热线共受理群众诉求{n(acc)}件，比上月的{n(prevm)}件下降{gr(acc, prevm)}%，比上年同月的{n(prevy)}件增长{gr(acc, prevy)}%。其中电话受理{n(13926)}件，网络受理{n(acc - 13926)}件。

　　一、供暖诉求情况

　　受持续低温天气影响，供暖类诉求仍居首位，占全部诉求的{pc(H, acc)}%，共{n(H)}件，包括室温不达标{n(3871)}件、管道跑冒滴漏{n(1216)}件、供暖收费{n(684)}件、其他供暖问题{n(H - 3871 - 1216 - 684)}件。按照本市室温不低于18℃的标准，热线对室温不达标诉求全部派发现场测温。

　　各供热单位办理情况如下：

{tab}

　　注：解决率=已解决/本月诉求×100%。

　　从区域看，海拉河区{n(2846)}件、扎赉川区{n(1937)}件、满洲湾区{n(1673)}件，分别占供暖诉求的{pc(2846, H)}%、{pc(1937, H)}%和{pc(1673, H)}%。

　　二、其他热点诉求

　　除供暖外，排名靠前的诉求为：道路冰雪清理{n(1418)}件、物业服务{n(1127)}件、拖欠农民工工资{n(863)}件。春节前拖欠工资类诉求比上月增加{n(312)}件。

　　三、办理质效

　　1月份转办工单{n(11274)}件，按期办结{n(11036)}件，按期办结率{pc(11036, 11274)}%。回访满意率{pc(6215, 6682)}%（回访{n(6682)}件，满意{n(6215)}件）。12345与110联动处置警情{n(94)}件，其中转入12345的{n(61)}件、转入110的{n(33)}件。

　　热线电话：12345　　供暖专线：0470-8216345
"""
rep.text = rep.text.replace("　　热线电话：12345", f"""　　四、重点工作推进

　　（一）春节保障。1月25日至31日春节假期前后，热线开通“春节专席”12个，受理诉求{n(2846)}件，其中供暖{n(1327)}件、燃气{n(418)}件、物价{n(236)}件、其他{n(865)}件。

　　（二）一把手走流程。1月份共有6个部门主要负责人到热线接听来电，现场办结诉求{n(47)}件。

　　（三）督办通报。对超期未办结工单{n(238)}件发出督办单，其中热电二公司{n(64)}件、热电一公司{n(52)}件。对连续两个月按期办结率低于95%的3家单位进行通报。

　　五、下月预测

　　2月份仍处供暖季，预计受理量在1.7万件左右，供暖类诉求占比将维持在30%以上。

　　热线电话：12345""")
t = rep.text
addt(rep, trels)
rep.add(
    C(acc, -float(gr(acc, prevm)), span(t, f"受理群众诉求{n(acc)}件", f"下降{gr(acc, prevm)}%"), "A", prev=prevm),
    C(acc, float(gr(acc, prevy)), span(t, f"受理群众诉求{n(acc)}件", f"增长{gr(acc, prevy)}%"), "A", prev=prevy),
    S(acc, [13926, acc - 13926], span(t, f"受理群众诉求{n(acc)}件", f"网络受理{n(acc - 13926)}件"), "F"),
    R(H, acc, float(pc(H, acc)), span(t, f"受理群众诉求{n(acc)}件", f"共{n(H)}件"), "C"),
    S(H, [3871, 1216, 684, H - 3871 - 1216 - 684], span(t, f"共{n(H)}件", f"其他供暖问题{n(H - 3871 - 1216 - 684)}件"), "F"),
    E([H, H], span(t, f"共{n(H)}件", rowt[-1]), "H"),
    R(2846, H, float(pc(2846, H)), span(t, f"共{n(H)}件", f"{pc(2846, H)}%"), "C"),
    R(1937, H, float(pc(1937, H)), span(t, f"共{n(H)}件", f"、{pc(1937, H)}%"), "C"),
    R(1673, H, float(pc(1673, H)), span(t, f"共{n(H)}件", f"和{pc(1673, H)}%"), "C"),
    R(11036, 11274, float(pc(11036, 11274)), span(t, f"转办工单{n(11274)}件", f"按期办结率{pc(11036, 11274)}%"), "C"),
    R(6215, 6682, float(pc(6215, 6682)), span(t, f"回访满意率{pc(6215, 6682)}%", f"满意{n(6215)}件"), "C"),
    S(94, [61, 33], span(t, "联动处置警情94件", "转入110的33件"), "F"),
)
rep.never("室温不低于18℃", "a standard")
rep.never("比上月增加312件", "last month's count of this kind is not printed")
rep.never("0470-8216345", "a phone number")
rep.never("道路冰雪清理1,418件", "a count in no relation")
rep.metric("hotline.requests", acc, "件", f"市12345热线共受理群众诉求{n(acc)}件")
rep.add(
    S(2846, [1327, 418, 236, 865], span(t, "受理诉求2,846件", "其他865件"), "F"),
    B(64 + 0, 238, span(t, "超期未办结工单238件", "热电二公司64件"), "E"),
)
rep.never("“春节专席”12个", "seats")
rep.never("6个部门主要负责人", "a count of officials")
rep.never("低于95%的3家单位", "a threshold and a count")
rep.never("在1.7万件左右", "a forecast")
