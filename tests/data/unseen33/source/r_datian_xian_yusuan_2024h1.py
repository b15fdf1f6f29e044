from common import B, E, R, Report, S, span
from u33 import addt, n, pc, tgrid

rep = Report("datian-xian-yusuan-2024h1", "txt", "大田溪县财政局", 2024,
             kind="大田溪县2024年上半年财政预算执行情况 (2024, 财政 半年 预算执行, 福建 县)",
             shape="txt copied from a web page; a tab-separated table of 收入 项目 with 年初预算 / 1-6月 / 完成预算% / 同比% (T: the 完成% per row, 税收 items adding to 税收, 税收 + 非税 = 合计 in two columns; a planted 完成% of 契税), prose restating (H), 时间过半 (a trap), 序时进度 bound (E), 支出 by 功能 with 分别 (B), 民生 share (C), 上级补助 (F), 库款 保障 (a trap)")
rows = [("增值税", 21400, 10862), ("企业所得税", 6800, 3846), ("个人所得税", 1600, 864), ("城市维护建设税", 2800, 1412),
        ("土地增值税", 3600, 1218), ("契税", 4200, 1646), ("其他税收", 5600, 2618)]
tx_b, tx_a = sum(r[1] for r in rows), sum(r[2] for r in rows)
nt_b, nt_a = 14000, 7486
body = [[a, n(b), n(c), pc(c, b), g] for (a, b, c), g in zip(rows, ["6.2", "4.8", "-3.6", "5.4", "-22.4", "-8.6", "3.2"], strict=True)]
body[5][3] = "42.6"  # planted: 1,646 / 4,200 = 39.2
body = [["税收收入", n(tx_b), n(tx_a), pc(tx_a, tx_b), "1.8"], *body, ["非税收入", n(nt_b), n(nt_a), pc(nt_a, nt_b), "7.6"],
        ["合计", n(tx_b + nt_b), n(tx_a + nt_a), pc(tx_a + nt_a, tx_b + nt_b), "3.3"]]
tab, trels, rowt = tgrid(["项目", "年初预算（万元）", "1-6月完成（万元）", "完成预算（%）", "同比增减（%）"], body, "tsv", rates=((3, 2, 1),),
                         note="契税 1,646 / 4,200 = 39.2%, printed 42.6 (planted)")
rep.text = f"""大田溪县2024年上半年财政预算执行情况

发布时间：2024-07-12　　来源：县财政局　　浏览量：864

一、一般公共预算收入情况

1-6月，全县一般公共预算收入{n(tx_a + nt_a)}万元，完成年初预算{n(tx_b + nt_b)}万元的{pc(tx_a + nt_a, tx_b + nt_b)}%，同比增长3.3%，未达到时间过半的序时进度（50%）。其中，税收收入{n(tx_a)}万元，增长1.8%；非税收入{n(nt_a)}万元，增长7.6%。税收收入占一般公共预算收入的{pc(tx_a, tx_a + nt_a)}%。收入分项目完成情况如下：

{tab}

土地增值税、契税分别下降22.4%和8.6%，主要受房地产市场持续调整影响。

二、一般公共预算支出情况

1-6月，全县一般公共预算支出186,482万元，完成年初预算342,000万元的{pc(186482, 342000)}%，高于时间进度（50%）4.5个百分点。其中，教育、社会保障和就业、卫生健康、农林水支出分别为42,648万元、28,416万元、18,642万元和24,186万元，四项合计113,892万元，占一般公共预算支出的{pc(113892, 186482)}%。

三、上级补助和库款保障

1-6月，收到上级补助资金148,624万元，其中一般性转移支付98,462万元、专项转移支付50,162万元。6月末国库库款余额42,186万元，库款保障水平0.86。

四、下半年工作

加强收入征管，确保全年一般公共预算收入完成年初预算。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(tx_a, [r[2] for r in rows], "\n".join(rowt[0:8]), "T"),
    S(tx_b, [r[1] for r in rows], "\n".join(rowt[0:8]), "T"),
    S(tx_a + nt_a, [tx_a, nt_a], "\n".join(rowt), "T"),
    S(tx_b + nt_b, [tx_b, nt_b], "\n".join(rowt), "T"),
    R(tx_a + nt_a, tx_b + nt_b, float(pc(tx_a + nt_a, tx_b + nt_b)), span(t, f"一般公共预算收入{n(tx_a + nt_a)}万元", f"{n(tx_b + nt_b)}万元的{pc(tx_a + nt_a, tx_b + nt_b)}%")),
    E([tx_a + nt_a, tx_a + nt_a], span(t, f"一般公共预算收入{n(tx_a + nt_a)}万元", rowt[-1]), "H"),
    S(tx_a + nt_a, [tx_a, nt_a], span(t, f"一般公共预算收入{n(tx_a + nt_a)}万元", f"非税收入{n(nt_a)}万元"), "F"),
    R(tx_a, tx_a + nt_a, float(pc(tx_a, tx_a + nt_a)), span(t, f"一般公共预算收入{n(tx_a + nt_a)}万元", f"占一般公共预算收入的{pc(tx_a, tx_a + nt_a)}%"), "C"),
    R(186482, 342000, float(pc(186482, 342000)), span(t, "一般公共预算支出186,482万元", f"342,000万元的{pc(186482, 342000)}%")),
    S(float(pc(186482, 342000)), [50, 4.5], span(t, f"342,000万元的{pc(186482, 342000)}%", "高于时间进度（50%）4.5个百分点")),
    B(float(pc(tx_a + nt_a, tx_b + nt_b)), 50, span(t, f"{n(tx_b + nt_b)}万元的{pc(tx_a + nt_a, tx_b + nt_b)}%", "序时进度（50%）"), "E"),
    S(113892, [42648, 28416, 18642, 24186], span(t, "分别为42,648万元", "四项合计113,892万元"), "B"),
    R(113892, 186482, float(pc(113892, 186482)), span(t, "一般公共预算支出186,482万元", f"占一般公共预算支出的{pc(113892, 186482)}%"), "C"),
    S(148624, [98462, 50162], span(t, "上级补助资金148,624万元", "专项转移支付50,162万元"), "F"),
)
rep.never("库款保障水平0.86", "over the month's 支出, not printed")
rep.never("分别下降22.4%和8.6%", "the table's 同比 restated, no previous printed")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('fiscal.revenue', 29952, '万元', '全县一般公共预算收入29,952万元')
rep.metric('fiscal.tax_revenue', 22466, '万元', '其中，税收收入22,466万元')
rep.metric('fiscal.expenditure', 186482, '万元', '全县一般公共预算支出186,482万元')
