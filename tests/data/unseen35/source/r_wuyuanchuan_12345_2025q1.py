from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, tgrid

rep = Report("wuyuanchuan-12345-2025q1", "txt", "婺源川县政务服务数据管理局", 2025,
             kind="婺源川县12345热线2025年一季度运行情况 (2025, 12345 季度, 江西 县)",
             shape="txt (no wrapping); 一季度 = 1月 + 2月 + 3月 with 分别 (B), 同比 with 去年同期 printed (A), 直接解答 + 转办 (F), a space-aligned table of 乡镇 and 县直部门 with 转办 / 按时办结 / 超期办结 / 未办结 / 按时办结率 and a 合计 row (T: row sums 转办 = 按时 + 超期 + 未办结, column sums, the rate per row; a planted 超期 cell of 紫阳镇), prose restating the 合计 (H), 旅游 诉求 share (C), 满意率 (C), 一次性告知 and 景区 counts as traps")
tw = [("紫阳镇", 812, 796, 4, 12), ("江湾镇", 436, 431, 2, 3), ("思口镇", 298, 295, 1, 2), ("赋春镇", 264, 260, 3, 1),
      ("镇头镇", 187, 186, 0, 1), ("许村镇", 243, 240, 1, 2), ("清华镇", 352, 345, 5, 2), ("其他9个乡镇", 1016, 1003, 6, 7),
      ("县直部门", 1628, 1598, 14, 16)]
Z = sum(x[1] for x in tw)
cols = [sum(x[i] for x in tw) for i in (2, 3, 4)]
rows = [[a, n(z), n(b), c, d, pc(b, z)] for a, z, b, c, d in tw] + [["合计", n(Z), n(cols[0]), cols[1], cols[2], pc(cols[0], Z)]]
rows[0][3] = 6
tab, trels, rowt = tgrid(["承办单位", "转办件数", "按时办结", "超期办结", "未办结", "按时办结率（%）"], rows, "txt",
                         col_sums=(1, 2, 3, 4), row_sums=((1, [2, 3, 4]),), rates=((5, 2, 1),))
m = [3126, 2874, 3518]
Q = sum(m)
rep.text = f"""婺源川县12345热线2025年一季度运行情况

（婺源川县政务服务数据管理局　2025年4月10日）

　　一季度，县12345政务服务便民热线共受理群众来电、来信及网络诉求{n(Q)}件，比去年同期（{n(8642)}件）增长{gr(Q, 8642)}%。1月、2月、3月分别受理{n(m[0])}件、{n(m[1])}件、{n(m[2])}件，春节假期（1月28日至2月4日）共受理612件。

　　一、办理情况

　　热线话务员直接解答{n(Q - Z)}件，转办各乡镇和县直部门{n(Z)}件。转办件中，按时办结{n(cols[0])}件，超期办结{cols[1]}件，截至3月31日尚未办结{cols[2]}件，按时办结率{pc(cols[0], Z)}%。一季度回访群众{n(3418)}人次，满意{n(3296)}人次，满意率{pc(3296, 3418)}%。

　　二、各单位办理情况

{tab}

　　三、诉求特点

　　一是旅游类诉求明显增多。受油菜花季影响，3月份涉及景区门票、停车、住宿价格的诉求{n(746)}件，占当月受理量的{pc(746, m[2])}%。全县27个A级景区中有19个景区被群众反映过停车难问题。二是农村饮水、农村道路诉求集中在江湾、清华、思口3个镇。

　　四、下一步工作

　　对超期工单实行“一单一督”，对“其他9个乡镇”中办结率偏低的单位开展点对点指导。全面推行“一次性告知”，一季度发放告知单2,380份。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(Q, float(gr(Q, 8642)), span(t, f"网络诉求{n(Q)}件", f"增长{gr(Q, 8642)}%"), "A", prev=8642),
    S(Q, m, span(t, f"网络诉求{n(Q)}件", f"{n(m[2])}件"), "B"),
    S(Q, [Q - Z, Z], span(t, f"网络诉求{n(Q)}件", f"县直部门{n(Z)}件"), "F"),
    S(Z, cols, span(t, f"县直部门{n(Z)}件", f"尚未办结{cols[2]}件"), "F"),
    R(cols[0], Z, float(pc(cols[0], Z)), span(t, f"县直部门{n(Z)}件", f"按时办结率{pc(cols[0], Z)}%"), "C"),
    R(3296, 3418, float(pc(3296, 3418)), span(t, "回访群众3,418人次", f"满意率{pc(3296, 3418)}%"), "C"),
    E([Z, Z], span(t, f"县直部门{n(Z)}件", rowt[-1]), "H"),
    R(746, m[2], float(pc(746, m[2])), span(t, f"{n(m[2])}件", f"占当月受理量的{pc(746, m[2])}%"), "C"),
)
rep.never("春节假期（1月28日至2月4日）共受理612件", "spans two months: not a part of one")
rep.never("27个A级景区中有19个", "places, no rate stated")
rep.never("发放告知单2,380份", "forms")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 9518, '件', '县12345政务服务便民热线共受理群众来电、来信及网络诉求9,518件')
