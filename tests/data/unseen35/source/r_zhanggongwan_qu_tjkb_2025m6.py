from common import C, E, R, Report, S, span
from u35 import addt, gr, pc, shares, tgrid

rep = Report("zhanggongwan-qu-tjkb-2025m6", "txt", "赣川市章贡湾区统计局", 2025,
             kind="章贡湾区2025年上半年统计快报 (2025, 统计快报, 江西 区)",
             shape="txt (no wrapping); GDP = 三次产业 (F), 上半年 = 一季度 + 二季度 (H), 增速 比一季度 加快 个百分点 with both printed (a sum), a space-aligned table of 服务业 行业 with 增加值 / 增长% / 占服务业比重% and a 服务业合计 row (T: the column sum and the share per row; a planted 比重 of 金融业; growths at constant prices: traps), prose restating (H), 进出口 = 出口 + 进口 (F) with 出口 share (C) and 比上年同期 (A), 社零 (O), 财政 (F, C)")
sv = [("批发和零售业", 42.18, "6.2"), ("交通运输、仓储和邮政业", 18.64, "4.9"), ("住宿和餐饮业", 9.27, "7.8"),
      ("金融业", 31.56, "3.6"), ("房地产业", 24.83, "-2.1"), ("其他服务业", 86.42, "5.4")]
S3 = round(sum(v for _, v, _ in sv), 2)
rows = [[k, f"{v:.2f}", g, pc(v, S3)] for k, v, g in sv] + [["服务业合计", f"{S3:.2f}", "4.8", "100.0"]]
rows[3][3] = "14.5"
tab, trels, rowt = tgrid(["行业", "增加值（亿元）", "增长（%）", "占服务业比重（%）"], rows, "txt", col_sums=(1,))
trels += shares(rows, rowt, 1, 3, -1)
trels.append(S(100.0, [float(r[3]) for r in rows[:-1]], "\n".join(rowt), "T",
               bad="the 比重 cells add to 99.8 (the planted 金融业 14.5, true 14.8), the 合计 row prints 100.0"))
g1, g2 = 12.46, 118.35
G = round(g1 + g2 + S3, 2)
q1 = 148.62
rep.text = f"""章贡湾区2025年上半年统计快报

　　上半年，全区经济运行稳中有进，主要指标保持较快增长。

　　一、地区生产总值

　　经赣川市统计局统一核算，上半年全区实现地区生产总值{G}亿元，同比增长5.6%，增速比一季度加快0.4个百分点（一季度增长5.2%）。其中一季度实现{q1}亿元，二季度实现{round(G - q1, 2)}亿元。分产业看，第一产业增加值{g1}亿元，第二产业增加值{g2}亿元，第三产业增加值{S3}亿元，第三产业增加值占地区生产总值的{pc(S3, G)}%。

　　二、服务业

　　上半年，全区服务业增加值{S3}亿元，增长4.8%。分行业情况如下：

{tab}

　　其中，批发和零售业增加值42.18亿元，占服务业增加值的{pc(42.18, S3)}%，是服务业第一大行业。

　　三、工业

　　上半年，全区规模以上工业增加值增长7.3%，其中稀土和有色金属冶炼、电子信息、现代家具三大主导产业分别增长9.6%、14.2%和5.1%。

　　四、消费和外贸

　　上半年，全区社会消费品零售总额186.74亿元，同比增长5.9%。全区外贸进出口总额48.62亿元，比上年同期的41.35亿元增长{gr(48.62, 41.35)}%，其中出口36.87亿元，进口11.75亿元，出口占进出口总额的{pc(36.87, 48.62)}%。

　　五、财政

　　上半年，全区一般公共预算收入21.86亿元，其中税收收入15.43亿元、非税收入6.43亿元，税收收入占比{pc(15.43, 21.86)}%。

　　注：地区生产总值和各行业增加值增速按不变价计算。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(G, [g1, g2, S3], span(t, f"地区生产总值{G}亿元", f"第三产业增加值{S3}亿元"), "F"),
    S(5.6, [5.2, 0.4], span(t, "同比增长5.6%", "一季度增长5.2%")),
    S(G, [q1, round(G - q1, 2)], span(t, f"地区生产总值{G}亿元", f"二季度实现{round(G - q1, 2)}亿元"), "H"),
    R(S3, G, float(pc(S3, G)), span(t, f"地区生产总值{G}亿元", f"地区生产总值的{pc(S3, G)}%"), "C"),
    E([S3, S3], span(t, f"服务业增加值{S3}亿元", rowt[-1]), "H"),
    R(42.18, S3, float(pc(42.18, S3)), span(t, rowt[0], f"占服务业增加值的{pc(42.18, S3)}%"), "H"),
    C(186.74, 5.9, span(t, "社会消费品零售总额186.74亿元", "同比增长5.9%")),
    C(48.62, float(gr(48.62, 41.35)), span(t, "进出口总额48.62亿元", f"增长{gr(48.62, 41.35)}%"), "A", prev=41.35),
    S(48.62, [36.87, 11.75], span(t, "进出口总额48.62亿元", "进口11.75亿元"), "F"),
    R(36.87, 48.62, float(pc(36.87, 48.62)), span(t, "进出口总额48.62亿元", f"进出口总额的{pc(36.87, 48.62)}%"), "C"),
    S(21.86, [15.43, 6.43], span(t, "一般公共预算收入21.86亿元", "非税收入6.43亿元"), "F"),
    R(15.43, 21.86, float(pc(15.43, 21.86)), span(t, "一般公共预算收入21.86亿元", f"税收收入占比{pc(15.43, 21.86)}%"), "C"),
)
rep.never("三大主导产业分别增长9.6%、14.2%和5.1%", "growths of parts with no levels")
rep.never("增长（%）", "the table's growths at constant prices")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('economy.gdp', 343.71, '亿元', '上半年全区实现地区生产总值343.71亿元')
rep.metric('economy.gdp.primary', 12.46, '亿元', '第一产业增加值12.46亿元')
rep.metric('economy.gdp.secondary', 118.35, '亿元', '第二产业增加值118.35亿元')
rep.metric('economy.gdp.tertiary', 212.9, '亿元', '第三产业增加值212.9亿元')
rep.metric('retail.total', 186.74, '亿元', '全区社会消费品零售总额186.74亿元')
rep.metric('fiscal.revenue', 21.86, '亿元', '全区一般公共预算收入21.86亿元')
rep.metric('fiscal.tax_revenue', 15.43, '亿元', '其中税收收入15.43亿元')
