from common import B, C, E, R, Report, S, span
from u39 import addt, gr, n, pc, share_sum, shares, tgrid

rep = Report("huzhouhe-tiaojie-2024", "html", "安吉河县司法局", 2025,
             kind="安吉河县2024年人民调解工作统计分析 (2025, 人民调解 年度统计, 浙江 县)",
             shape="HTML; 调解 纠纷 with 调解成功 and 成功率 (C), 纠纷 类型 table with 件数 / 占比 / 调解成功 / 成功率 and a 合计 row (T: column sums, share per row and the rate per row; a planted 成功率 of 邻里纠纷), 调委会 by level (F), 协议 口头/书面 (F), 涉及 金额 with 件均 (G), 同比 with the previous printed (A), 个人调解工作室 share (C), 诉前 委派 (F) and 司法确认 bound (E); 调解员 and 工作室 counts as traps")
ks = [("婚姻家庭纠纷", 1826, 1791), ("邻里纠纷", 2413, 2386), ("合同纠纷", 974, 921), ("损害赔偿纠纷", 1208, 1163),
      ("山林土地纠纷", 386, 372), ("劳动争议", 517, 489), ("其他纠纷", 1342, 1318)]
K, OK = sum(k[1] for k in ks), sum(k[2] for k in ks)
rows = [[k[0], n(k[1]), pc(k[1], K), n(k[2]), pc(k[2], k[1])] for k in ks] + [["合计", n(K), "100.0", n(OK), pc(OK, K)]]
rows[1][4] = "99.9"
tab, trels, rowt = tgrid(["纠纷类型", "件数", "占比（%）", "调解成功", "成功率（%）"], rows, "html", col_sums=(1, 3), rates=((4, 3, 1),))
srels = shares(rows, rowt, 1, 2, -1)
oral, written = 5126, OK - 5126
rep.text = f"""<html><head><meta charset="utf-8"><title>2024年全县人民调解工作统计分析</title></head><body>
<h1>安吉河县2024年人民调解工作统计分析</h1>
<p>安吉河县司法局　2025年1月24日</p>
<h2>一、组织队伍</h2>
<p>全县共有人民调解委员会268个，其中村（社区）调委会215个、乡镇（街道）调委会15个、行业性专业性调委会38个。全县人民调解员1,942名，个人调解工作室27个。</p>
<h2>二、纠纷调解总体情况</h2>
<p>全年各级人民调解组织共调解矛盾纠纷{n(K)}件，比上年的{n(8126)}件增长{gr(K, 8126)}%；调解成功{n(OK)}件，调解成功率{pc(OK, K)}%。达成调解协议中，口头协议{n(oral)}件，书面协议{n(written)}件。协议涉及金额共计1.2846亿元，件均{pc(12846, OK, 0, 10000)}元。</p>
<h2>三、纠纷类型</h2>
{tab}
<p>邻里纠纷和婚姻家庭纠纷合计{n(2413 + 1826)}件，占调解总量的{pc(2413 + 1826, K)}%，仍是基层最主要的纠纷类型。</p>
<h2>四、品牌调解与诉调对接</h2>
<p>全县27个个人调解工作室全年调解纠纷{n(1386)}件，占全县调解总量的{pc(1386, K)}%。法院诉前委派调解案件{n(1124)}件，调解成功{n(783)}件、未成功退回{n(341)}件；调解成功案件中申请司法确认{n(416)}件。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
addt(rep, srels)
rep.add(share_sum(rows, rowt, 2))
rep.add(
    S(268, [215, 15, 38], span(t, "人民调解委员会268个", "行业性专业性调委会38个"), "F"),
    C(K, float(gr(K, 8126)), span(t, f"调解矛盾纠纷{n(K)}件", f"增长{gr(K, 8126)}%"), "A", prev=8126),
    R(OK, K, float(pc(OK, K)), span(t, f"调解矛盾纠纷{n(K)}件", f"调解成功率{pc(OK, K)}%"), "C"),
    S(OK, [oral, written], span(t, f"调解成功{n(OK)}件", f"书面协议{n(written)}件"), "F"),
    R(12846, OK, int(pc(12846, OK, 0, 10000)), span(t, f"调解成功{n(OK)}件", f"件均{pc(12846, OK, 0, 10000)}元"), "G", per=10000),
    E([K, K], span(t, f"调解矛盾纠纷{n(K)}件", rowt[-1]), "H"),
    S(2413 + 1826, [2413, 1826], span(t, rowt[0], f"合计{n(2413 + 1826)}件"), "H"),
    R(2413 + 1826, K, float(pc(2413 + 1826, K)), span(t, rowt[-1], f"占调解总量的{pc(2413 + 1826, K)}%"), "C"),
    R(1386, K, float(pc(1386, K)), span(t, rowt[-1], f"占全县调解总量的{pc(1386, K)}%"), "C"),
    S(1124, [783, 341], span(t, "诉前委派调解案件1,124件", "未成功退回341件"), "F"),
    B(416, 783, span(t, "调解成功783件", "申请司法确认416件"), "E"),
)
rep.never("人民调解员1,942名，个人调解工作室27个", "staff and rooms")
