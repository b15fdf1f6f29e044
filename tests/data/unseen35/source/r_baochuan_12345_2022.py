from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, shares, tgrid

rep = Report("baochuan-12345-2022", "html", "包川市12345政务服务便民热线管理办公室", 2023,
             kind="包川市12345政务服务便民热线2022年度工作报告 (2023, 12345 年报, 内蒙古 市)",
             shape="HTML; 受理 = 电话 + 网络 (F), 直接办结 + 转办 = 受理 (F), 同比 with 2021 printed (A), 一次办结率 and 满意率 (C), a table of 诉求类型 with 件数 / 占比 / 同比 and a 合计 row (T: column sum, share per row; plain changes per row, O), prose restating it (H), a table of 旗县区 with 转办 / 办结 / 办结率 (T: column sums and the rate per row), 月均 and 知识库 as traps")
types = [("咨询", 248612, "12.4"), ("求助", 96354, "21.7"), ("投诉", 102871, "18.2"), ("建议", 18246, "9.6"),
         ("举报", 9872, "-4.3"), ("其他", 6361, "30.5")]
A = sum(v for _, v, _ in types)
r1 = [[k, n(v), pc(v, A), g] for k, v, g in types] + [["合计", n(A), "100.0", gr(A, 416508)]]
tab1, t1rels, rt1 = tgrid(["诉求类型", "件数", "占比（%）", "同比增长（%）"], r1, "html", col_sums=(1,))
areas = [("昆都湾区", 38216, 37684), ("青山湾区", 31452, 31018), ("东河湾区", 29874, 29356), ("九原湾区", 22613, 22341),
         ("石拐湾区", 4126, 4098), ("白云湾矿区", 2318, 2307), ("土右川旗", 16742, 16455), ("固阳川县", 9865, 9712),
         ("达茂川旗", 7431, 7324), ("市直部门", 42744, 41863)]
Z, B = sum(a[1] for a in areas), sum(a[2] for a in areas)
r2 = [[a, n(z), n(b), pc(b, z, 2)] for a, z, b in areas] + [["合计", n(Z), n(B), pc(B, Z, 2)]]
tab2, t2rels, rt2 = tgrid(["地区（单位）", "转办件数", "办结件数", "办结率（%）"], r2, "html", col_sums=(1, 2), rates=((3, 2, 1),))
tel, net = 351874, A - 351874
rep.text = f"""<html><head><meta charset="utf-8"><title>包川市12345政务服务便民热线2022年度工作报告</title></head><body>
<div class="position">您现在的位置：首页 &gt; 政务公开 &gt; 12345热线</div>
<h1>包川市12345政务服务便民热线2022年度工作报告</h1>
<p>2022年，市12345政务服务便民热线认真落实国务院办公厅关于推进政务服务便民热线归并的要求，全年整合归并非紧急类热线23条，实现“一号对外、一线通办”。现将全年工作情况报告如下。</p>
<h2>一、受理办理总体情况</h2>
<p>全年共受理群众诉求{n(A)}件，比2021年的{n(416508)}件增长{gr(A, 416508)}%，月均受理约4.0万件。从受理渠道看，电话受理{n(tel)}件，“蒙速办”APP、微信公众号、门户网站等网络渠道受理{n(net)}件，网络渠道占比{pc(net, A)}%。</p>
<p>全年热线直接办结{n(276935)}件，一次办结率{pc(276935, A)}%；转办各地区、各部门{n(Z)}件，办结{n(B)}件，办结率{pc(B, Z, 2)}%。全年回访{n(168420)}件，满意和基本满意{n(159246)}件，满意率{pc(159246, 168420)}%。</p>
<h2>二、诉求类型分析</h2>
{tab1}
<p>投诉类诉求{n(102871)}件，比上年增长18.2%，主要集中在供热质量、物业服务和房屋交付三个方面；建议类诉求{n(18246)}件，其中被采纳的建议236条。</p>
<h2>三、各地区、各部门办理情况</h2>
{tab2}
<p>转办量最多的昆都湾区办结率{pc(37684, 38216, 2)}%，石拐湾区、白云湾矿区办结率均在99%以上。</p>
<h2>四、知识库和队伍建设</h2>
<p>全年新增知识库条目3,416条，更新2,108条，知识库有效条目达2.86万条。话务坐席由126席扩充至168席，话务员平均每日接听电话约96个。</p>
<h2>五、2023年工作打算</h2>
<p>推动热线与110报警服务台高效对接联动，完善重点诉求“日研判、周调度、月通报”机制。</p>
<p>包川市12345政务服务便民热线管理办公室　2023年1月30日</p>
</body></html>"""
t = rep.text
addt(rep, t1rels)
addt(rep, shares(r1, rt1, 1, 2, -1))
for (_k, v, g), row in zip(types, rt1[:-1], strict=False):
    rep.add(C(v, float(g), row, "O"))
rep.add(C(A, float(gr(A, 416508)), rt1[-1], "O"))
addt(rep, t2rels)
rep.add(
    C(A, float(gr(A, 416508)), span(t, f"受理群众诉求{n(A)}件", f"增长{gr(A, 416508)}%"), "A", prev=416508),
    S(A, [tel, net], span(t, f"受理群众诉求{n(A)}件", f"网络渠道受理{n(net)}件"), "F"),
    R(net, A, float(pc(net, A)), span(t, f"受理群众诉求{n(A)}件", f"网络渠道占比{pc(net, A)}%"), "C"),
    S(A, [276935, Z], span(t, f"受理群众诉求{n(A)}件", f"转办各地区、各部门{n(Z)}件"), "F"),
    R(276935, A, float(pc(276935, A)), span(t, f"受理群众诉求{n(A)}件", f"一次办结率{pc(276935, A)}%"), "C"),
    R(B, Z, float(pc(B, Z, 2)), span(t, f"转办各地区、各部门{n(Z)}件", f"办结率{pc(B, Z, 2)}%"), "C"),
    R(159246, 168420, float(pc(159246, 168420)), span(t, "全年回访168,420件", f"满意率{pc(159246, 168420)}%"), "C"),
    E([A, A], span(t, f"受理群众诉求{n(A)}件", rt1[-1]), "H"),
    E([102871, 102871], span(t, rt1[2], f"投诉类诉求{n(102871)}件"), "H"),
    E([Z, Z], span(t, f"转办各地区、各部门{n(Z)}件", rt2[-1]), "H"),
    R(37684, 38216, float(pc(37684, 38216, 2)), span(t, rt2[0], f"昆都湾区办结率{pc(37684, 38216, 2)}%"), "H"),
)
rep.never("月均受理约4.0万件", "a rounded monthly mean with 约")
rep.never("新增知识库条目3,416条，更新2,108条，知识库有效条目达2.86万条", "a stock beside flows")
rep.never("由126席扩充至168席", "seats: no rate stated")
rep.never("被采纳的建议236条", "adopted suggestions, a non-exhaustive 其中")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 482316, '件', '全年共受理群众诉求482,316件')
