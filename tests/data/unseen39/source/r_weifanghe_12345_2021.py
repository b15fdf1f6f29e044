from common import B, C, E, R, Report, S, span
from u39 import addt, gr, n, pc, shares, share_sum, tgrid

rep = Report("weifanghe-12345-2021", "md", "潍坊河市12345政务服务便民热线办公室", 2022,
             kind="潍坊河市12345政务服务便民热线2021年工作总结 (2022, 12345 年报, 山东 市)",
             shape="Markdown; 受理 in 万件 against parts in 件 (F, approx), 整合 热线 (F), 工单 funnel 受理 → 转办 → 办结 with rates (C), 诉求 渠道 shares (C), a table of 县（市、区） with 受理 / 占比 / 万人诉求量 and a 合计 row (T: column sum, share per row, 占比 closing at 100.0; 万人诉求量 over unprinted population: traps), 疫情 诉求 (F), 满意率 with 上年 (a sum in 个百分点, O) and 同比 in % (O); 话务员 and 座席 as traps")
cty = [("奎文湾区", 112846), ("潍城河区", 86237), ("寒亭川区", 51408), ("坊子湾区", 47316), ("青州河市", 93572),
       ("诸城川市", 98145), ("寿光湾市", 104683), ("其他县（市、区）", 263918)]
T = sum(c[1] for c in cty)
per = [118.6, 126.3, 97.4, 88.5, 99.1, 104.7, 92.8, 81.2]
rows = [[c[0], n(c[1]), pc(c[1], T), f"{p_}"] for c, p_ in zip(cty, per)] + [["合计", n(T), "100.0", "96.3"]]
tab, trels, rowt = tgrid(["县（市、区）", "受理量（件）", "占比（%）", "万人诉求量（件）"], rows, "md", col_sums=(1,))
srels = shares(rows, rowt, 1, 2, -1)
ss = share_sum(rows, rowt, 2)
tel, net = 641328, T - 641328
zb, bj = 503416, 497208
rep.text = f"""# 潍坊河市12345政务服务便民热线2021年工作总结

## 一、基本情况

2021年，市12345热线共受理群众诉求{T / 10000:.2f}万件，同比增长{gr(T, 781694)}%。其中电话渠道{n(tel)}件、网络渠道{n(net)}件，电话渠道占{pc(tel, T)}%。全年整合市级非紧急类政务服务热线31条，其中整体并入21条、双号并行10条。热线现有座席180个、话务员296名。

## 二、办理情况

全年转办承办单位工单{n(zb)}件，占受理量的{pc(zb, T)}%；承办单位办结{n(bj)}件，办结率{pc(bj, zb)}%。直接答复{n(T - zb)}件。

群众满意率为{pc(271643, 283506)}%（回访{n(283506)}件，满意{n(271643)}件），较上年的94.2%提高{float(pc(271643, 283506)) - 94.2:.1f}个百分点。

## 三、区域分布

{tab}

注：万人诉求量按各县（市、区）常住人口计算。

## 四、疫情防控相关诉求

全年受理疫情防控相关诉求{n(46218)}件，同比下降{gr(46218, 92745)}%，其中核酸检测{n(18306)}件、疫苗接种{n(15927)}件、出行管控{n(11985)}件。

## 五、2022年工作计划

2022年将推进热线知识库向基层开放，力争一次办结率提高到40%以上。
"""
t = rep.text
addt(rep, trels)
addt(rep, srels)
rep.add(ss)
m = float(pc(271643, 283506))
TW = round(T / 100) * 100  # the 万件 figure as printed, multiplied out
rep.add(
    S(TW, [tel, net], span(t, f"受理群众诉求{T / 10000:.2f}万件", f"网络渠道{n(net)}件"), "F", approx=True),
    C(TW, float(gr(T, 781694)), span(t, f"受理群众诉求{T / 10000:.2f}万件", f"同比增长{gr(T, 781694)}%"), approx=True),
    R(tel, TW, float(pc(tel, T)), span(t, f"受理群众诉求{T / 10000:.2f}万件", f"电话渠道占{pc(tel, T)}%"), "C", approx=True),
    S(31, [21, 10], span(t, "政务服务热线31条", "双号并行10条"), "F"),
    R(zb, T, float(pc(zb, T)), span(t, f"转办承办单位工单{n(zb)}件", rowt[-1]), "C"),
    R(bj, zb, float(pc(bj, zb)), span(t, f"转办承办单位工单{n(zb)}件", f"办结率{pc(bj, zb)}%"), "C"),
    S(T, [zb, T - zb], span(t, f"转办承办单位工单{n(zb)}件", rowt[-1]), "H"),
    R(271643, 283506, m, span(t, f"群众满意率为{m}%", f"满意{n(271643)}件"), "C"),
    S(m, [94.2, round(m - 94.2, 1)], span(t, f"群众满意率为{m}%", f"提高{m - 94.2:.1f}个百分点"), "O"),
    S(46218, [18306, 15927, 11985], span(t, f"疫情防控相关诉求{n(46218)}件", f"出行管控{n(11985)}件"), "F"),
    C(46218, -float(gr(46218, 92745)), span(t, f"疫情防控相关诉求{n(46218)}件", f"同比下降{gr(46218, 92745)}%")),
)
rep.never("座席180个、话务员296名", "seats and staff")
rep.never("| 合计 | " + n(T) + " | 100.0 | 96.3 |", "万人诉求量 over unprinted populations")
rep.never("提高到40%以上", "a target")
rep.metric("hotline.requests", TW, "件", f"共受理群众诉求{T / 10000:.2f}万件")
