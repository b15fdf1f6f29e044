from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, tgrid

rep = Report("xininghu-12345-2021", "txt", "西宁湖市12345政府服务热线中心", 2022, wrap=36, page_every=24,
             page_style="- {n} -", header="西宁湖市12345政府服务热线2021年度运行报告",
             kind="西宁湖市12345政府服务热线2021年度运行报告 (2022, 12345 年报, 青海 市)",
             shape="PDF copy wrapped at 36 with - n - footers and a running header; a table by 季度 with 受理 / 转办 / 办结 / 办结率 / 满意率 and a 全年 row (T: column sums, the 办结率 per row; 满意率 over unprinted bases: a trap), prose restating the 全年 row (H), 受理 by 渠道 with 分别 (B), 比上年 with 2020 printed (A), 诉求 by 类型 with 分别 (B) and shares (C, one planted), 转办 share (C), 疫情 诉求 and 联动 110 as traps")
q = [("一季度", 52318, 21406, 21117, "93.6"), ("二季度", 58742, 24815, 24563, "94.2"), ("三季度", 61209, 26112, 25874, "95.1"),
     ("四季度", 67436, 29508, 29012, "94.8")]
A, Z, B = (sum(x[i] for x in q) for i in (1, 2, 3))
rows = [[a, n(x), n(z), n(b), pc(b, z), s] for a, x, z, b, s in q] + [["全年", n(A), n(Z), n(B), pc(B, Z), "94.5"]]
tab, trels, rowt = tgrid(["季度", "受理量（件）", "转办量（件）", "办结量（件）", "办结率（%）", "满意率（%）"], rows, "txt",
                         col_sums=(1, 2, 3), rates=((4, 3, 2),))
ch = [178326, 43518, 16842, 1019]
ty = [131204, 52648, 41872, 9316, 4665]
rep.text = f"""西宁湖市12345政府服务热线2021年度运行报告

　　2021年，市12345政府服务热线中心坚持以人民为中心的发展思想，紧扣“一号响应、接诉即办”目标，全年热线运行平稳有序。现将全年运行情况报告如下。

　　一、受理情况

　　全年共受理群众诉求{n(A)}件，比2020年的211,846件增长{gr(A, 211846)}%。按受理渠道分，电话、微信、网站、信件分别受理{n(ch[0])}件、{n(ch[1])}件、{n(ch[2])}件、{n(ch[3])}件。全年直接答复群众咨询{n(A - Z)}件，转办各区县和市直部门{n(Z)}件，转办率为{pc(Z, A)}%。

　　按诉求类型分，咨询、求助、投诉、建议、其他类诉求分别为{n(ty[0])}件、{n(ty[1])}件、{n(ty[2])}件、{n(ty[3])}件、{n(ty[4])}件，分别占{pc(ty[0], A)}%、{pc(ty[1], A)}%、15.7%、{pc(ty[3], A)}%和{pc(ty[4], A)}%。

　　全年涉及疫情防控的诉求3.48万件，主要集中在核酸检测、隔离管控和疫苗接种三方面。

　　二、办理情况

　　全年转办件办结{n(B)}件，办结率{pc(B, Z)}%。各季度办理情况见下表：

{tab}

　　注：满意率为对办结件电话回访的满意比例。

　　三、联动机制

　　全年向110转接警情类来电1,286件，接收110转来非警务类诉求2,054件，与12319城建热线、12315市场监管热线实现双向转接。

　　四、存在的问题

　　一是部分承办单位答复不规范，“以文件答复诉求”现象仍存在；二是季度间受理量逐季上升，话务高峰期接通率下降。

　　五、2022年工作思路

　　扩充坐席至120席，推进热线数据与“城市大脑”平台共享，每月发布热线数据分析报告。

　　西宁湖市12345政府服务热线中心
　　2022年1月20日
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(A, float(gr(A, 211846)), span(t, f"受理群众诉求{n(A)}件", f"增长{gr(A, 211846)}%"), "A", prev=211846),
    S(A, ch, span(t, f"受理群众诉求{n(A)}件", f"{n(ch[3])}件"), "B"),
    S(A, [A - Z, Z], span(t, f"受理群众诉求{n(A)}件", f"市直部门{n(Z)}件"), "F"),
    R(Z, A, float(pc(Z, A)), span(t, f"受理群众诉求{n(A)}件", f"转办率为{pc(Z, A)}%"), "C"),
    S(A, ty, span(t, f"受理群众诉求{n(A)}件", f"{n(ty[4])}件"), "B"),
    R(ty[0], A, float(pc(ty[0], A)), span(t, f"受理群众诉求{n(A)}件", f"分别占{pc(ty[0], A)}%"), "B"),
    R(ty[1], A, float(pc(ty[1], A)), span(t, f"受理群众诉求{n(A)}件", f"{pc(ty[1], A)}%"), "B"),
    R(ty[2], A, 15.7, span(t, f"受理群众诉求{n(A)}件", "15.7%"), "B", bad=f"{n(ty[2])} / {n(A)} = {pc(ty[2], A)}%, printed 15.7% (planted)"),
    R(ty[3], A, float(pc(ty[3], A)), span(t, f"受理群众诉求{n(A)}件", f"{pc(ty[3], A)}%和"), "B"),
    R(ty[4], A, float(pc(ty[4], A)), span(t, f"受理群众诉求{n(A)}件", f"和{pc(ty[4], A)}%"), "B"),
    R(B, Z, float(pc(B, Z)), span(t, f"市直部门{n(Z)}件", f"办结率{pc(B, Z)}%"), "C"),
    E([A, A], span(t, f"受理群众诉求{n(A)}件", rowt[-1]), "H"),
    E([B, B], span(t, f"办结{n(B)}件", rowt[-1]), "H"),
)
rep.never("疫情防控的诉求3.48万件", "a topic across types, not a part of any sum")
rep.never("向110转接警情类来电1,286件，接收110转来非警务类诉求2,054件", "transfers both ways: no relation")
rep.never("扩充坐席至120席", "a plan")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 239705, '件', '全年共受理群众诉求239,705件')
