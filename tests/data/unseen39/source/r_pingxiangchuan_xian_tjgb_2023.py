from common import B, E, R, Report, S, span
from u39 import addt, pc, share_sum, shares, tgrid

rep = Report("pingxiangchuan-xian-tjgb-2023", "txt", "莲花川县统计局", 2024, wrap=34,
             header="莲花川县2023年国民经济和社会发展统计公报", page_every=15, page_style="第{n}页",
             kind="莲花川县2023年国民经济和社会发展统计公报 (2024, 统计公报, 江西 县)",
             shape="PDF copy wrapped at 34 with 第n页 footers and a running header; a space-aligned table of 三次产业 with 增加值 / 比重 and a 地区生产总值 row first (T: the column sum to the first row, the share per row over it; a planted 比重 of 第二产业), prose restating GDP (H), 户籍人口 by 性别 (F) and by 城乡 with shares (C), 固定资产投资 with 民间投资 share (C), 存款 = 住户 + 非金融企业 + 其他 (F), 贷款 short/long (F), 财政 税收 share (C; a planted share), 一般公共预算支出 民生 share (C), 学校 and 医院 counts; comparable-price growths as traps")
p1, p2, p3 = 21.47, 58.36, 72.91
G = round(p1 + p2 + p3, 2)
rows = [["地区生产总值", f"{G}", "100.0"], ["第一产业", f"{p1}", pc(p1, G)], ["第二产业", f"{p2}", "39.2"], ["第三产业", f"{p3}", pc(p3, G)]]
tab, trels, rowt = tgrid(["指标", "增加值（亿元）", "比重（%）"], rows, "txt", col_sums=(1,), total_row=0)
srels = shares(rows, rowt, 1, 2, 0)
hz, male, fem = 27.46, 14.21, 13.25
dep = [("住户存款", 162.38), ("非金融企业存款", 31.26), ("其他存款", 18.47)]
D = round(sum(d[1] for d in dep), 2)
rep.text = f"""莲花川县2023年国民经济和社会发展统计公报

莲花川县统计局
（2024年3月26日）

　　一、综合

　　经市统计局统一核算，2023年全县实现地区生产总值{G}亿元，按不变价格计算，比上年增长4.8%。三次产业增加值及构成如下：

{tab}

　　年末全县户籍人口{hz}万人，其中男性{male}万人，女性{fem}万人；城镇人口11.38万人，占户籍人口的{pc(11.38, hz)}%。全年出生人口2,014人，死亡人口1,978人。

　　二、工业和建筑业

　　年末全县规模以上工业企业86户，全年规模以上工业增加值按可比价格计算增长6.1%。全县资质等级以上建筑业企业23户，完成建筑业总产值31.46亿元。

　　三、固定资产投资

　　全年固定资产投资比上年增长3.7%，其中民间投资增长1.2%，民间投资占全部投资的比重为{pc(24.38, 46.15)}%（全年完成投资46.15亿元，其中民间投资24.38亿元）。

　　四、金融

　　年末全县金融机构人民币各项存款余额{D}亿元，其中住户存款{dep[0][1]}亿元，非金融企业存款{dep[1][1]}亿元，其他存款{dep[2][1]}亿元。各项贷款余额148.62亿元，其中短期贷款52.17亿元、中长期贷款96.45亿元。

　　五、财政

　　全年一般公共预算收入10.28亿元，其中税收收入6.84亿元，占一般公共预算收入的67.5%。一般公共预算支出41.76亿元，其中民生支出33.62亿元，占{pc(33.62, 41.76)}%。

　　六、社会事业

　　年末全县共有各级各类学校142所，专任教师3,268人；医疗卫生机构315个，其中医院12个。

　　注：本公报中地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。
"""
rep.text = rep.text.replace("　　六、社会事业\n", f"""　　六、农业

　　全年粮食播种面积46.28万亩，粮食总产量18.47万吨，比上年增长1.3%。其中早稻5.26万吨、中稻及一季晚稻7.84万吨、双季晚稻5.37万吨。年末生猪存栏23.14万头。全县现有省级以上农业产业化龙头企业14家。

　　七、国内贸易和旅游

　　全年社会消费品零售总额62.38亿元，其中城镇消费品零售额47.16亿元、乡村消费品零售额15.22亿元。全年接待游客836.2万人次，实现旅游综合收入71.48亿元，人均消费{pc(71.48, 836.2, 0, 10000)}元。

　　八、社会事业
""")
t = rep.text
addt(rep, trels)
addt(rep, srels)
rep.add(share_sum(rows, rowt, 2, tr=0, planted="the 比重 cells add to " + f"{float(pc(p1, G)) + 39.2 + float(pc(p3, G)):.1f}" + " (the planted 第二产业 39.2, true " + pc(p2, G) + "), the 地区生产总值 row prints 100.0"))
rep.add(
    E([G, G], span(t, f"地区生产总值{G}亿元", rowt[0]), "H"),
    S(hz, [male, fem], span(t, f"户籍人口{hz}万人", f"女性{fem}万人"), "F"),
    R(11.38, hz, float(pc(11.38, hz)), span(t, f"户籍人口{hz}万人", f"占户籍人口的{pc(11.38, hz)}%"), "C"),
    R(24.38, 46.15, float(pc(24.38, 46.15)), span(t, f"比重为{pc(24.38, 46.15)}%", "民间投资24.38亿元"), "C"),
    B(24.38, 46.15, span(t, "全年完成投资46.15亿元", "民间投资24.38亿元"), "E"),
    S(D, [d[1] for d in dep], span(t, f"存款余额{D}亿元", f"其他存款{dep[2][1]}亿元"), "F"),
    S(148.62, [52.17, 96.45], span(t, "贷款余额148.62亿元", "中长期贷款96.45亿元"), "F"),
    R(6.84, 10.28, 67.5, span(t, "一般公共预算收入10.28亿元", "67.5%"), "C", bad=f"6.84 / 10.28 = {pc(6.84, 10.28)}%, printed 67.5% (planted)"),
    R(33.62, 41.76, float(pc(33.62, 41.76)), span(t, "一般公共预算支出41.76亿元", f"占{pc(33.62, 41.76)}%"), "C"),
    B(12, 315, span(t, "医疗卫生机构315个", "医院12个"), "E"),
)
rep.never("比上年增长4.8%", "a growth at comparable prices")
rep.never("按可比价格计算增长6.1%", "a growth at comparable prices")
rep.never("比上年增长3.7%，其中民间投资增长1.2%", "growths without last year's figures, the totals at current prices")
rep.never("出生人口2,014人，死亡人口1,978人", "births and deaths in no relation")
rep.metric("economy.gdp", G, "亿元", f"实现地区生产总值{G}亿元")
rep.metric("population.registered", round(hz * 10000), "人", f"年末全县户籍人口{hz}万人")
rep.metric("population.births", 2014, "人", "全年出生人口2,014人")
rep.metric("population.deaths", 1978, "人", "死亡人口1,978人")
rep.metric("fiscal.revenue", 10.28, "亿元", "全年一般公共预算收入10.28亿元")
rep.metric("fiscal.tax_revenue", 6.84, "亿元", "其中税收收入6.84亿元")
rep.metric("fiscal.expenditure", 41.76, "亿元", "一般公共预算支出41.76亿元")
rep.metric("education.schools", 142, "所", "各级各类学校142所")
rep.metric("education.teachers", 3268, "人", "专任教师3,268人")
rep.metric("economy.gdp.primary", p1, "亿元", rowt[1])
rep.metric("economy.gdp.secondary", p2, "亿元", rowt[2])
rep.metric("economy.gdp.tertiary", p3, "亿元", rowt[3])
rep.add(
    S(18.47, [5.26, 7.84, 5.37], span(t, "粮食总产量18.47万吨", "双季晚稻5.37万吨"), "F"),
    S(62.38, [47.16, 15.22], span(t, "零售总额62.38亿元", "乡村消费品零售额15.22亿元"), "F"),
    R(71.48, 836.2, int(pc(71.48, 836.2, 0, 10000)), span(t, "接待游客836.2万人次", f"人均消费{pc(71.48, 836.2, 0, 10000)}元"), "G", per=10000),
)
rep.never("比上年增长1.3%", "a growth without last year's figure (kept out)")
rep.never("龙头企业14家", "a count of firms")
rep.never("生猪存栏23.14万头", "a stock of animals")
rep.metric("retail.total", 62.38, "亿元", "社会消费品零售总额62.38亿元")
