from common import B, C, E, R, Report, S, span
from u39 import addt, gr, mark, n, pc, tgrid

rep = Report("datongwan-12345-2024q3", "html", "大同湾市政务服务中心（12345热线）", 2024,
             kind="大同湾市12345热线2024年第三季度运行情况通报 (2024, 12345 季报, 山西 市)",
             shape="HTML; the quarter = 7月 + 8月 + 9月 (F), 环比 over 二季度 printed in brackets (A), 同比 (O), the 工单 funnel 转办 → 签收 → 办结 → 回访 → 满意 with each rate over its own base (C) and bounds (E), a table of 诉求 类别 with 本季度 / 上年同期 / 同比 and a 合计 row (T: column sums, the change per row over the printed 上年同期; a planted 同比 of 供水供气), 热点 top five with 占比 stated before their counts (C), a share over a 合计 named in the table (C); 接通率 and 平均通话时长 as traps")
m7, m8, m9 = 41826, 44315, 39672
Q = m7 + m8 + m9
prevq = 118904
cats = [("城市管理", 28417, 26935), ("住房物业", 23106, 24218), ("供水供气", 9842, 8317), ("劳动社保", 11263, 10875),
        ("交通出行", 8915, 9462), ("市场监管", 10374, 9108), ("其他", 33896, 32745)]
cur, old = sum(c[1] for c in cats), sum(c[2] for c in cats)
assert cur == Q, (cur, Q)
rows = [[c[0], n(c[1]), n(c[2]), gr(c[1], c[2]) if c[1] >= c[2] else "-" + gr(c[1], c[2])] for c in cats]
rows.append(["合计", n(cur), n(old), gr(cur, old)])
rows[2][3] = "16.3"
tab, trels, rowt = tgrid(["诉求类别", "本季度（件）", "上年同期（件）", "同比（%）"], rows, "html", col_sums=(1, 2))
crels = []
for r_, t_ in zip(rows, rowt, strict=True):
    crels.append(mark(C(int(r_[1].replace(",", "")), float(r_[3]), t_, "T", prev=int(r_[2].replace(",", ""))), "a printed cell does not add up (planted typo)"))
zb, qs, bj, hf, my = 76318, 76102, 74895, 31264, 29583
rep.text = f"""<html><head><meta charset="utf-8"><title>大同湾市12345热线2024年第三季度运行情况通报</title></head><body>
<h1>大同湾市12345热线2024年第三季度运行情况通报</h1>
<p class="src">来源：市政务服务中心　　发布日期：2024-10-12</p>
<h2>一、受理情况</h2>
<p>三季度，市12345热线共受理群众诉求{n(Q)}件，环比（二季度{n(prevq)}件）增长{gr(Q, prevq)}%，同比增长{gr(Q, old)}%。分月看，7月受理{n(m7)}件，8月受理{n(m8)}件，9月受理{n(m9)}件，8月受超强降雨影响受理量最高。热线接通率96.4%，平均通话时长3分12秒。</p>
<h2>二、办理情况</h2>
<p>三季度转办承办单位工单{n(zb)}件，承办单位按时签收{n(qs)}件，签收率{pc(qs, zb)}%；已办结{n(bj)}件，办结率{pc(bj, zb)}%。对已办结工单回访{n(hf)}件，回访率{pc(hf, bj)}%，其中满意{n(my)}件，满意率{pc(my, hf)}%。</p>
<h2>三、诉求分类</h2>
{tab}
<p>从热点看，排名前五位的诉求分别占本季度诉求总量的{pc(6842, Q)}%、{pc(5316, Q)}%、{pc(4127, Q)}%、{pc(3908, Q)}%和{pc(3315, Q)}%，依次为：雨后道路积水6,842件、物业服务5,316件、拖欠工资4,127件、停水3,908件、公交线路调整3,315件。</p>
<p>供水供气类诉求{n(9842)}件，占合计的{pc(9842, cur)}%，主要集中在8月强降雨期间的停水和管网抢修。</p>
<h2>四、下一步工作</h2>
<p>四季度将进入供暖期，热线将设立供暖专席20个，对供暖诉求实行“2小时响应、24小时办结”。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
addt(rep, crels)
rep.add(
    S(Q, [m7, m8, m9], span(t, f"共受理群众诉求{n(Q)}件", f"9月受理{n(m9)}件"), "F"),
    C(Q, float(gr(Q, prevq)), span(t, f"共受理群众诉求{n(Q)}件", f"增长{gr(Q, prevq)}%"), "A", prev=prevq),
    C(Q, float(gr(Q, old)), span(t, f"共受理群众诉求{n(Q)}件", f"同比增长{gr(Q, old)}%")),
    R(qs, zb, float(pc(qs, zb)), span(t, f"转办承办单位工单{n(zb)}件", f"签收率{pc(qs, zb)}%"), "C"),
    R(bj, zb, float(pc(bj, zb)), span(t, f"转办承办单位工单{n(zb)}件", f"办结率{pc(bj, zb)}%"), "C"),
    R(hf, bj, float(pc(hf, bj)), span(t, f"已办结{n(bj)}件", f"回访率{pc(hf, bj)}%"), "C"),
    R(my, hf, float(pc(my, hf)), span(t, f"回访{n(hf)}件", f"满意率{pc(my, hf)}%"), "C"),
    B(qs, zb, span(t, f"转办承办单位工单{n(zb)}件", f"按时签收{n(qs)}件"), "E"),
    E([Q, cur], span(t, f"共受理群众诉求{n(Q)}件", rowt[-1]), "H"),
    R(6842, Q, float(pc(6842, Q)), span(t, f"共受理群众诉求{n(Q)}件", "雨后道路积水6,842件"), "C"),
    R(5316, Q, float(pc(5316, Q)), span(t, f"共受理群众诉求{n(Q)}件", "物业服务5,316件"), "C"),
    R(4127, Q, float(pc(4127, Q)), span(t, f"共受理群众诉求{n(Q)}件", "拖欠工资4,127件"), "C"),
    R(3908, Q, float(pc(3908, Q)), span(t, f"共受理群众诉求{n(Q)}件", "停水3,908件"), "C"),
    R(3315, Q, float(pc(3315, Q)), span(t, f"共受理群众诉求{n(Q)}件", "公交线路调整3,315件"), "C"),
    R(9842, cur, float(pc(9842, cur)), span(t, rowt[-1], f"占合计的{pc(9842, cur)}%"), "C"),
    E([9842, 9842], span(t, rowt[2], f"供水供气类诉求{n(9842)}件"), "H"),
)
rep.never("热线接通率96.4%", "the calls offered are not printed")
rep.never("平均通话时长3分12秒", "a duration")
rep.never("供暖专席20个", "seats")
rep.never("2小时响应、24小时办结", "time limits")
rep.metric("hotline.requests", Q, "件", f"三季度，市12345热线共受理群众诉求{n(Q)}件")
