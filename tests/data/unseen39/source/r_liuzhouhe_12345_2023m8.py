from common import C, E, R, Report, S, span
from u39 import addt, gr, n, pc, tgrid

rep = Report("liuzhouhe-12345-2023m8", "html", "柳州河市大数据发展局（12345热线）", 2023,
             kind="柳州河市12345热线2023年8月运行月报 (2023, 12345 月报, 广西 市)",
             shape="HTML; 受理 with the parts first and the total after '共计' (F), 环比 with the previous month in brackets (A), 同比 (O), a table of 承办单位 ranked with 工单 / 按时办结 / 按时办结率 / 满意率 and a 合计 row (T: column sums and 按时办结率 per row; 满意率 over unprinted 回访: traps), '前5家' share of 合计 (C), 热点 top three with 占比 after their counts (C; a planted share), 重复来电 (C), 一次办结 rate (C); 排名 and 分数 as traps")
us = [("市住房城乡建设局", 3216, 3158, 96.2), ("市城市管理行政执法局", 2874, 2842, 97.8), ("市人力资源社会保障局", 1653, 1647, 98.9),
      ("市市场监管局", 1428, 1403, 97.1), ("国网柳州河供电公司", 1186, 1182, 99.3), ("柳北湾区", 2307, 2261, 95.4),
      ("城中川区", 1972, 1948, 96.8), ("其他单位", 4619, 4553, 97.5)]
W, D = sum(u[1] for u in us), sum(u[2] for u in us)
rows = [[str(i + 1), u[0], n(u[1]), n(u[2]), pc(u[2], u[1]), f"{u[3]}"] for i, u in enumerate(us)] + [["", "合计", n(W), n(D), pc(D, W), "97.0"]]
tab, trels, rowt = tgrid(["排名", "承办单位", "工单量", "按时办结", "按时办结率（%）", "满意率（%）"], rows, "html", col_sums=(2, 3), rates=((4, 3, 2),))
tel, web, wx = 21483, 6172, 3519
acc = tel + web + wx
top5 = sum(u[1] for u in us[:5])
rep.text = f"""<html><head><meta charset="utf-8"><title>柳州河市12345热线2023年8月运行月报</title></head><body>
<h2>柳州河市12345热线2023年8月运行月报</h2>
<p>（第8期）　柳州河市大数据发展局　2023年9月5日</p>
<h3>一、受理概况</h3>
<p>8月，热线通过电话受理{n(tel)}件，通过网站受理{n(web)}件，通过微信公众号、“爱柳州河”APP受理{n(wx)}件，共计受理群众诉求{n(acc)}件，环比（7月{n(29406)}件）增长{gr(acc, 29406)}%，同比增长{gr(acc, 28877)}%。话务员直接解答{n(acc - W)}件，一次办结率{pc(acc - W, acc)}%；其余{n(W)}件派发承办单位。</p>
<h3>二、热点诉求</h3>
<p>本月诉求量前三位的是：城区内涝积水{n(2418)}件，占{pc(2418, acc)}%；电动自行车充电桩{n(1764)}件，占6.4%；高温期间停电{n(1319)}件，占{pc(1319, acc)}%。同一诉求人7日内重复来电{n(2206)}件，占受理总量的{pc(2206, acc)}%。</p>
<h3>三、承办单位办理情况</h3>
{tab}
<p>工单量前5家承办单位共承办{n(top5)}件，占全部派发工单的{pc(top5, W)}%。柳北湾区本月按时办结率排名由上月第9位下降至第12位。</p>
<h3>四、下月预测</h3>
<p>预计9月受理量在3.0万件左右，开学季教育类诉求将明显增加。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(acc, [tel, web, wx], span(t, f"通过电话受理{n(tel)}件", f"共计受理群众诉求{n(acc)}件"), "F"),
    C(acc, float(gr(acc, 29406)), span(t, f"共计受理群众诉求{n(acc)}件", f"增长{gr(acc, 29406)}%"), "A", prev=29406),
    C(acc, float(gr(acc, 28877)), span(t, f"共计受理群众诉求{n(acc)}件", f"同比增长{gr(acc, 28877)}%")),
    S(acc, [acc - W, W], span(t, f"共计受理群众诉求{n(acc)}件", f"其余{n(W)}件"), "F"),
    R(acc - W, acc, float(pc(acc - W, acc)), span(t, f"共计受理群众诉求{n(acc)}件", f"一次办结率{pc(acc - W, acc)}%"), "C"),
    E([W, W], span(t, f"其余{n(W)}件", rowt[-1]), "H"),
    R(2418, acc, float(pc(2418, acc)), span(t, f"共计受理群众诉求{n(acc)}件", f"占{pc(2418, acc)}%"), "C"),
    R(1764, acc, 6.4, span(t, f"共计受理群众诉求{n(acc)}件", "占6.4%"), "C", bad=f"1,764 / {n(acc)} = {pc(1764, acc)}%, printed 6.4% (planted)"),
    R(1319, acc, float(pc(1319, acc)), span(t, f"共计受理群众诉求{n(acc)}件", f"占{pc(1319, acc)}%"), "C"),
    R(2206, acc, float(pc(2206, acc)), span(t, f"共计受理群众诉求{n(acc)}件", f"占受理总量的{pc(2206, acc)}%"), "C"),
    R(top5, W, float(pc(top5, W)), span(t, rowt[-1], f"占全部派发工单的{pc(top5, W)}%"), "C"),
    S(top5, [u[1] for u in us[:5]], span(t, rowt[0], f"共承办{n(top5)}件"), "H"),
)
rep.never("<td>97.0</td>", "the 满意率 column is over unprinted 回访 counts")
rep.never("由上月第9位下降至第12位", "ranks")
rep.never("在3.0万件左右", "a forecast")
rep.never("（第8期）", "an issue number")
rep.metric("hotline.requests", acc, "件", f"共计受理群众诉求{n(acc)}件")
