from common import B, C, R, Report, S, span
from u39 import addt, gr, mark, n, pc, tgrid

rep = Report("zhangjiakouhe-xian-tjgb-2021", "md", "张北河县统计局", 2022,
             kind="张北河县2021年国民经济和社会发展统计公报 (2022, 统计公报, 河北 县)",
             shape="Markdown; GDP = 三次产业 with the total stated after its parts (F), 三次产业结构 a:b:c closing at 100 (a sum, O) and each over GDP (C), 拉动 百分点 and comparable-price growths as traps, 人口 常住 = 城镇 + 乡村 (F) with 城镇化率 (C) and 出生率 − 死亡率 = 自然增长率 in ‰ (a sum, O), 新能源 装机 by 风电 / 光伏 (F) with shares (C), a table of 主要农产品 with 产量 / 上年 / 增长 (T: the change per row over the printed 上年; a planted 增长 of 马铃薯), 社零 城镇/乡村 (F), 财政 with 税收 share (C) and 比上年 (A), 居民收入 城乡 ratio (G); 海拔 and 草原 面积 as traps")
p1, p2, p3 = 38.36, 41.57, 62.84
G = round(p1 + p2 + p3, 2)
s1, s2, s3 = pc(p1, G), pc(p2, G), pc(p3, G)
assert round(float(s1) + float(s2) + float(s3), 1) == 100.0, (s1, s2, s3)
crops = [("粮食", 28.46, 26.93), ("马铃薯", 41.27, 38.65), ("蔬菜", 63.84, 60.17), ("燕麦", 3.12, 3.38), ("肉类", 2.06, 1.97)]
rows = [[c[0], f"{c[1]:.2f}", f"{c[2]:.2f}", ("" if c[1] >= c[2] else "-") + gr(c[1], c[2])] for c in crops]
rows[1][3] = "8.8"
tab, trels, rowt = tgrid(["产品", "产量（万吨）", "上年（万吨）", "增长（%）"], rows, "md")
crels = [mark(C(float(r_[1]), float(r_[3]), t_, "T", prev=float(r_[2])), "a printed cell does not add up (planted typo)") for r_, t_ in zip(rows, rowt, strict=True)]
pop, urb = 23.68, 10.27
wind, pv, other = 386.5, 214.3, 18.6
W = round(wind + pv + other, 1)
rep.text = f"""# 张北河县2021年国民经济和社会发展统计公报

张北河县统计局

2022年3月18日

## 一、综合

初步核算，全县第一产业增加值{p1}亿元，增长6.8%；第二产业增加值{p2}亿元，增长9.4%；第三产业增加值{p3}亿元，增长7.1%。全年地区生产总值（GDP）{G}亿元，按可比价格计算，比上年增长7.6%，拉动全市经济增长0.4个百分点。三次产业结构为{s1}∶{s2}∶{s3}，第三产业增加值占地区生产总值的比重为{s3}%。

年末全县常住人口{pop}万人，其中城镇常住人口{urb}万人，乡村常住人口{round(pop - urb, 2)}万人，常住人口城镇化率为{pc(urb, pop)}%。全年出生人口1,862人，出生率7.84‰；死亡人口1,653人，死亡率6.96‰；自然增长率0.88‰。

## 二、能源

年末全县新能源并网装机容量{W}万千瓦，其中风电{wind}万千瓦、光伏{pv}万千瓦、生物质及其他{other}万千瓦。风电装机占新能源装机的{pc(wind, W)}%，光伏占{pc(pv, W)}%。全年新能源发电量{n(96.4)}亿千瓦时。

## 三、农业

全年粮食播种面积{n(86.5)}万亩。主要农产品产量如下：

{tab}

全县平均海拔1,400米，天然草原面积285万亩。

## 四、国内贸易

全年社会消费品零售总额{n(41.36)}亿元，比上年增长{gr(41.36, 38.82)}%。按经营地分，城镇消费品零售额29.84亿元，乡村消费品零售额11.52亿元。

## 五、财政

全年一般公共预算收入8.74亿元，比上年的7.96亿元增长{gr(8.74, 7.96)}%，其中税收收入6.12亿元，占一般公共预算收入的{pc(6.12, 8.74)}%。一般公共预算支出38.65亿元，增长3.2%。

## 六、人民生活

全年全体居民人均可支配收入21,486元，增长8.7%。其中城镇居民人均可支配收入33,215元，农村居民人均可支配收入14,627元，城乡居民收入比为{pc(33215, 14627, 2, 1)}∶1。

注：本公报部分数据为初步统计数，地区生产总值及各产业增加值绝对数按现价计算，增长速度按不变价格计算。
"""
rep.text = rep.text.rstrip("\n") + "\n" + """
## 七、交通、邮电和旅游

年末全县公路通车里程3,862公里，其中高速公路146公里。全年完成邮政业务总量1.26亿元，快递业务量1,386万件。全年接待游客612.4万人次，其中草原天路景区接待218.6万人次；实现旅游收入54.18亿元。

## 八、社会事业

年末全县共有各级各类学校94所，在校学生38,412人，专任教师2,946人。全县共有医疗卫生机构386个，卫生技术人员2,318人。年末城乡居民基本医疗保险参保人数33.46万人。

## 九、生态环境

全年空气质量优良天数327天，优良天数比例89.6%。全县森林覆盖率41.3%，比上年提高0.8个百分点。全年完成造林绿化12.6万亩。
"""
t = rep.text
addt(rep, crels)
rep.add(
    S(G, [p1, p2, p3], span(t, f"第一产业增加值{p1}亿元", f"地区生产总值（GDP）{G}亿元"), "F"),
    R(p2, G, float(s2), span(t, f"第二产业增加值{p2}亿元", f"∶{s2}∶"), "C"),
    R(p3, G, float(s3), span(t, f"第三产业增加值{p3}亿元", f"比重为{s3}%"), "C"),
    R(p1, G, float(s1), span(t, f"第一产业增加值{p1}亿元", f"三次产业结构为{s1}"), "C"),
    S(pop, [urb, round(pop - urb, 2)], span(t, f"常住人口{pop}万人", f"乡村常住人口{round(pop - urb, 2)}万人"), "F"),
    R(urb, pop, float(pc(urb, pop)), span(t, f"常住人口{pop}万人", f"城镇化率为{pc(urb, pop)}%"), "C"),
    S(7.84, [6.96, 0.88], span(t, "出生率7.84‰", "自然增长率0.88‰"), "O"),
    S(W, [wind, pv, other], span(t, f"装机容量{W}万千瓦", f"生物质及其他{other}万千瓦"), "F"),
    R(wind, W, float(pc(wind, W)), span(t, f"装机容量{W}万千瓦", f"风电装机占新能源装机的{pc(wind, W)}%"), "C"),
    R(pv, W, float(pc(pv, W)), span(t, f"装机容量{W}万千瓦", f"光伏占{pc(pv, W)}%"), "C"),
    C(41.36, float(gr(41.36, 38.82)), span(t, "零售总额41.36亿元", f"增长{gr(41.36, 38.82)}%")),
    S(41.36, [29.84, 11.52], span(t, "零售总额41.36亿元", "乡村消费品零售额11.52亿元"), "F"),
    C(8.74, float(gr(8.74, 7.96)), span(t, "一般公共预算收入8.74亿元", f"增长{gr(8.74, 7.96)}%"), "A", prev=7.96),
    R(6.12, 8.74, float(pc(6.12, 8.74)), span(t, "一般公共预算收入8.74亿元", f"的{pc(6.12, 8.74)}%"), "C"),
    R(33215, 14627, float(pc(33215, 14627, 2, 1)), span(t, "城镇居民人均可支配收入33,215元", f"{pc(33215, 14627, 2, 1)}∶1"), "G", per=1),
    B(14627, 21486, span(t, "全体居民人均可支配收入21,486元", "农村居民人均可支配收入14,627元"), "E"),
)
rep.never("按可比价格计算，比上年增长7.6%", "a growth at comparable prices")
rep.never("拉动全市经济增长0.4个百分点", "a contribution over the city's GDP, not printed")
rep.never("出生人口1,862人，出生率7.84‰", "the average population behind the rates is not printed")
rep.never("平均海拔1,400米，天然草原面积285万亩", "an altitude and an area")
rep.never("增长3.2%", "expenditure growth without last year's figure; kept out (one of many)")
rep.metric("economy.gdp", G, "亿元", f"地区生产总值（GDP）{G}亿元")
rep.metric("economy.gdp.primary", p1, "亿元", f"第一产业增加值{p1}亿元")
rep.metric("economy.gdp.secondary", p2, "亿元", f"第二产业增加值{p2}亿元")
rep.metric("economy.gdp.tertiary", p3, "亿元", f"第三产业增加值{p3}亿元")
rep.metric("population.resident", int(pop * 10000), "人", f"年末全县常住人口{pop}万人")
rep.metric("population.births", 1862, "人", "出生人口1,862人")
rep.metric("population.deaths", 1653, "人", "死亡人口1,653人")
rep.metric("retail.total", 41.36, "亿元", "社会消费品零售总额41.36亿元")
rep.metric("fiscal.revenue", 8.74, "亿元", "一般公共预算收入8.74亿元")
rep.metric("fiscal.tax_revenue", 6.12, "亿元", "其中税收收入6.12亿元")
rep.metric("fiscal.expenditure", 38.65, "亿元", "一般公共预算支出38.65亿元")
rep.metric("income.per_capita", 21486, "元", "全体居民人均可支配收入21,486元")
rep.metric("income.per_capita.urban", 33215, "元", "城镇居民人均可支配收入33,215元")
rep.metric("income.per_capita.rural", 14627, "元", "农村居民人均可支配收入14,627元")
rep.add(
    B(218.6, 612.4, span(t, "接待游客612.4万人次", "接待218.6万人次"), "E"),
)
rep.never("优良天数327天，优良天数比例89.6%", "a rate over days of the year; 327 / 365 = 89.6% but the base is not printed")
rep.never("森林覆盖率41.3%，比上年提高0.8个百分点", "last year's rate not printed")
rep.metric("education.schools", 94, "所", "各级各类学校94所")
rep.metric("education.teachers", 2946, "人", "专任教师2,946人")
