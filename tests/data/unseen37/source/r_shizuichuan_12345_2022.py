from common import C, E, R, Report, S, span
from u37 import addt, gr, n, pc, shares, tgrid

rep = Report("shizuichuan-12345-2022", "txt", "石嘴川市12345便民服务热线中心", 2023,
             kind="石嘴川市12345便民服务热线2022年工作总结 (2023, 12345 年报, 宁夏 市)",
             shape="txt copied from a web page; 受理 with '一是…二是…三是' figures (F), 万 and 件 mixed (a total in 万件, parts in 件), 同比 for many figures in one sentence (O), a space-aligned table of 诉求类型 with 件数 / 占比 and a 合计 row (T: the column sum and shares; a planted 占比 of 求助), prose restating (H), 办结率 / 满意率 (C), 重复来电 (C), 县区 counts (F), 环比 of 12月 with 11月 printed (A); 疫情 诉求 and 坐席 as traps")
acc = 412638
typ = [("咨询", 218416), ("求助", 86217), ("投诉", 72904), ("建议", 9842), ("举报", 17365), ("表扬及其他", 7894)]
assert sum(x[1] for x in typ) == acc
rows = [[x[0], n(x[1]), pc(x[1], acc)] for x in typ] + [["合计", n(acc), "100.0"]]
rows[1][2] = "21.9"
tab, trels, rowt = tgrid(["诉求类型", "件数", "占比（%）"], rows, "txt", col_sums=(1,))
tel, net, h5 = 296104, 98372, acc - 296104 - 98372
dist = [("大武口湾区", 168204), ("惠农川区", 103517), ("平罗河县", 140917)]
rep.text = f"""石嘴川市12345便民服务热线2022年工作总结

发布时间：2023-01-13　　来源：市12345便民服务热线中心

　　2022年，市12345便民服务热线中心坚持以人民为中心，全年共受理群众诉求41.26万件，同比增长18.4%。一是电话受理{n(tel)}件；二是网络平台受理{n(net)}件；三是“我的宁夏”APP受理{n(h5)}件。全年办结{n(406312)}件，办结率{pc(406312, acc)}%；回访{n(284107)}件，满意率{pc(263918, 284107)}%（满意{n(263918)}件）。受理量、办结量、回访量同比分别增长18.4%、19.1%和12.7%。

　　全年受理涉疫诉求6.8万件，主要集中在4月和11月。热线共设坐席96席，高峰时段增开临时坐席40席。

　　一、诉求类型

{tab}

　　咨询类诉求{n(218416)}件，居各类诉求首位；投诉类{n(72904)}件，同比下降3.5%。

　　二、区县分布

　　按诉求发生地划分，大武口湾区、惠农川区、平罗河县分别为{n(dist[0][1])}件、{n(dist[1][1])}件、{n(dist[2][1])}件，合计{n(sum(d[1] for d in dist))}件。

　　三、重复来电

　　同一诉求人对同一事项重复来电{n(31286)}件，占受理量的{pc(31286, acc)}%。经分析，重复来电中因承办单位答复不到位的{n(12408)}件。

　　四、12月运行情况

　　12月受理{n(42618)}件，比11月（{n(51904)}件）下降{gr(42618, 51904)}%。

　　2023年，中心将围绕“一号响应”目标，力争重复来电率下降2个百分点以上。
"""
t = rep.text
addt(rep, trels)
addt(rep, shares(rows, rowt, 1, 2, -1))
rep.add(
    S(412600, [tel, net, h5], span(t, "受理群众诉求41.26万件", f"APP受理{n(h5)}件"), "F", approx=True),
    C(412600, 18.4, span(t, "受理群众诉求41.26万件", "同比增长18.4%")),
    R(406312, 412600, float(pc(406312, acc)), span(t, "受理群众诉求41.26万件", f"办结率{pc(406312, acc)}%"), "C", approx=True),
    R(263918, 284107, float(pc(263918, 284107)), span(t, f"回访{n(284107)}件", f"满意{n(263918)}件"), "C"),
    C(406312, 19.1, span(t, f"全年办结{n(406312)}件", "19.1%"), "B"),
    C(284107, 12.7, span(t, f"回访{n(284107)}件", "12.7%"), "B"),
    E([218416, 218416], span(t, rowt[0], f"咨询类诉求{n(218416)}件"), "H"),
    C(72904, -3.5, span(t, f"投诉类{n(72904)}件", "同比下降3.5%")),
    S(acc, [d[1] for d in dist], span(t, "大武口湾区、惠农川区", f"合计{n(acc)}件"), "B"),
    E([acc, acc], span(t, rowt[-1], f"合计{n(acc)}件"), "H"),
    R(31286, acc, float(pc(31286, acc)), span(t, rowt[-1], f"占受理量的{pc(31286, acc)}%"), "C"),
    C(42618, -float(gr(42618, 51904)), span(t, f"12月受理{n(42618)}件", f"下降{gr(42618, 51904)}%"), "A", prev=51904),
)
rep.never("受理涉疫诉求6.8万件", "a topic count across the types")
rep.never("坐席96席，高峰时段增开临时坐席40席", "seats")
rep.never("因承办单位答复不到位的12,408件", "a non-exhaustive 其中 of repeats")
rep.never("下降2个百分点以上", "a target")
