from common import C, E, R, Report, S, span
from u35 import addt, gr, mark, n, NOTE, pc, tgrid

rep = Report("xinbinchuan-xian-tjgb-2020", "html", "新宾川满族自治县统计局", 2021,
             kind="新宾川满族自治县2020年国民经济和社会发展统计公报 (2021, 统计公报, 辽宁 县)",
             shape="HTML; a table of 产业 with 增加值 / 增长% (constant prices: traps) / 比重 with a GDP row first and a nested 工业 + 建筑业 = 第二产业 (T: GDP = 三产业, the nested sum, the share per row over GDP), a table of 年末常住人口 by age with 人数 / 比重 and a nested 65岁以上 (T: the three groups add to the total, share per row), prose restating (H), 粮食 (F), 旅游 = 国内 + 入境 (F) with 比上年 decrease (A), 财政 (F), 存贷款 (O), 森林覆盖率 (a trap)")
gdp = [("地区生产总值", 84.26, "0.8"), ("第一产业", 21.47, "3.1"), ("第二产业", 18.92, "-1.6"), ("　其中：工业", 14.35, "-2.4"),
       ("　　　　建筑业", 4.57, "1.2"), ("第三产业", 43.87, "0.6")]
G = 84.26
r1 = [[k, f"{v:.2f}", g, pc(v, G)] for k, v, g in gdp]
r1[0][3] = "100.0"
tab1, _, rt1 = tgrid(["项目", "增加值（亿元）", "比上年增长（%）", "比重（%）"], r1, "html")
t1 = [S(G, [21.47, 18.92, 43.87], "\n".join(rt1), "T"), S(18.92, [14.35, 4.57], "\n".join(rt1[2:5]), "T")]
for i in (1, 2, 3, 4, 5):
    t1.append(mark(R(gdp[i][1], G, float(r1[i][3]), "\n".join(rt1[:i + 1]), "T"), NOTE))
pop = [("年末常住人口", 247316), ("0-14岁", 26184), ("15-59岁", 152847), ("60岁及以上", 68285), ("　其中：65岁及以上", 47962)]
Pt = pop[0][1]
r2 = [[k, n(v), pc(v, Pt)] for k, v in pop]
r2[0][2] = "100.0"
tab2, _, rt2 = tgrid(["指标", "人数（人）", "比重（%）"], r2, "html")
t2 = [S(Pt, [26184, 152847, 68285], "\n".join(rt2[:4]), "T")]
for i in (1, 2, 3, 4):
    t2.append(R(pop[i][1], Pt, float(r2[i][2]), "\n".join(rt2[:i + 1]), "T"))
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<h2>新宾川满族自治县2020年国民经济和社会发展统计公报</h2>
<p>新宾川满族自治县统计局　2021年4月28日</p>
<p>2020年，面对新冠肺炎疫情的严重冲击，全县统筹推进疫情防控和经济社会发展，经济运行逐步恢复。</p>
<h3>一、综合</h3>
<p>经辽宁省统计局统一核算，全县实现地区生产总值{G}亿元，按可比价格计算，比上年增长0.8%。其中第一产业增加值21.47亿元，第二产业增加值18.92亿元，第三产业增加值43.87亿元。</p>
{tab1}
<p>第七次全国人口普查结果显示，全县年末常住人口{n(Pt)}人，其中满族人口{n(158204)}人，占{pc(158204, Pt)}%。</p>
{tab2}
<h3>二、农业</h3>
<p>全年粮食总产量24.68万吨，其中玉米19.32万吨、水稻3.87万吨、大豆及其他1.49万吨。全县森林覆盖率达到72.6%，林业产值9.84亿元。</p>
<h3>三、旅游</h3>
<p>受疫情影响，全年接待游客186.4万人次，比上年的312.8万人次下降{gr(186.4, 312.8)}%，其中国内游客185.9万人次，入境游客0.5万人次；实现旅游综合收入14.62亿元，下降38.4%。</p>
<h3>四、财政和金融</h3>
<p>全年一般公共预算收入4.86亿元，其中税收收入3.12亿元、非税收入1.74亿元。年末金融机构各项存款余额168.74亿元，比年初增长9.6%；各项贷款余额72.18亿元，增长4.2%。</p>
<h3>五、人民生活</h3>
<p>全县城镇居民人均可支配收入30,214元，增长1.8%；农村居民人均可支配收入15,362元，增长7.6%。</p>
<p>注：各产业增加值增长速度按可比价格计算。</p>
</body></html>"""
t = rep.text
addt(rep, t1)
addt(rep, t2)
rep.add(
    S(G, [21.47, 18.92, 43.87], span(t, f"地区生产总值{G}亿元", "第三产业增加值43.87亿元"), "F"),
    E([G, G], span(t, f"地区生产总值{G}亿元", rt1[0]), "H"),
    E([Pt, Pt], span(t, f"常住人口{n(Pt)}人", rt2[0]), "H"),
    R(158204, Pt, float(pc(158204, Pt)), span(t, f"常住人口{n(Pt)}人", f"占{pc(158204, Pt)}%"), "C"),
    S(24.68, [19.32, 3.87, 1.49], span(t, "粮食总产量24.68万吨", "大豆及其他1.49万吨"), "F"),
    C(186.4, -float(gr(186.4, 312.8)), span(t, "接待游客186.4万人次", f"下降{gr(186.4, 312.8)}%"), "A", prev=312.8),
    S(186.4, [185.9, 0.5], span(t, "接待游客186.4万人次", "入境游客0.5万人次"), "F"),
    C(14.62, -38.4, span(t, "旅游综合收入14.62亿元", "下降38.4%")),
    S(4.86, [3.12, 1.74], span(t, "一般公共预算收入4.86亿元", "非税收入1.74亿元"), "F"),
    C(168.74, 9.6, span(t, "存款余额168.74亿元", "增长9.6%")),
    C(72.18, 4.2, span(t, "贷款余额72.18亿元", "增长4.2%")),
    C(30214, 1.8, span(t, "城镇居民人均可支配收入30,214元", "增长1.8%")),
    C(15362, 7.6, span(t, "农村居民人均可支配收入15,362元", "增长7.6%")),
)
rep.never("按可比价格计算，比上年增长0.8%", "constant-price growth")
rep.never("森林覆盖率达到72.6%", "over an unprinted land area")
rep.never("比重（%）", "the 比重 column of 三次产业 adds to 100.1 by rounding (25.5 + 22.5 + 52.1): not an error")
rep.never("林业产值9.84亿元", "not a part of anything stated")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('economy.gdp', 84.26, '亿元', '全县实现地区生产总值84.26亿元')
rep.metric('economy.gdp.primary', 21.47, '亿元', '第一产业增加值21.47亿元')
rep.metric('economy.gdp.secondary', 18.92, '亿元', '第二产业增加值18.92亿元')
rep.metric('economy.gdp.tertiary', 43.87, '亿元', '第三产业增加值43.87亿元')
rep.metric('population.resident', 247316, '人', '全县年末常住人口247,316人')
rep.metric('fiscal.revenue', 4.86, '亿元', '全年一般公共预算收入4.86亿元')
rep.metric('fiscal.tax_revenue', 3.12, '亿元', '其中税收收入3.12亿元')
rep.metric('income.per_capita.urban', 30214, '元', '全县城镇居民人均可支配收入30,214元')
rep.metric('income.per_capita.rural', 15362, '元', '农村居民人均可支配收入15,362元')
