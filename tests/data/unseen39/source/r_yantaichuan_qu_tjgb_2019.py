from common import B, C, R, Report, S, span
from u39 import addt, gr, pc, tgrid

rep = Report("yantaichuan-qu-tjgb-2019", "txt", "烟台川市福山湾区统计局", 2020, wrap=36, page_every=20, page_style="— {n} —",
             kind="福山湾区2019年国民经济和社会发展统计公报 (2020, 统计公报, 山东 区)",
             shape="PDF copy wrapped at 36 with — n — footers; GDP with the sectors stated in a later sentence (F) and the structure a:b:c (C), 户籍 人口 with 出生 / 死亡 counts and rates (‰ over an unprinted average: traps; 出生率 − 死亡率 = 自然增长率, a sum, O), 城镇化率 (C), 规上工业 by 所有制 (F) with a share (C), 大樱桃 / 苹果 产量 with 比上年 (O), a space-aligned table of 金融 存贷款 with 年末余额 / 比年初增加 / 增长 (T: column sums; change rows are plain), 财政 收入 with 税收 share and 比上年 (A; a planted change), 居民收入 (O); 海岸线 and 温度 as traps")
p1, p2, p3 = 16.84, 142.37, 128.95
G = round(p1 + p2 + p3, 2)
fin = [("住户存款", 312.46, 28.17), ("非金融企业存款", 96.38, 7.42), ("其他存款", 21.05, 1.36)]
D_ = round(sum(f[1] for f in fin), 2)
Dd = round(sum(f[2] for f in fin), 2)
rows = [[f[0], f"{f[1]}", f"{f[2]}"] for f in fin] + [["各项存款合计", f"{D_}", f"{Dd}"]]
tab, trels, rowt = tgrid(["项目", "年末余额（亿元）", "比年初增加（亿元）"], rows, "txt", col_sums=(1, 2))
rep.text = f"""福山湾区2019年国民经济和社会发展统计公报

福山湾区统计局

2020年3月

　　一、综合

　　经市统计局统一核算，全区实现地区生产总值{G}亿元，按可比价格计算增长5.6%。分产业看，第一产业实现增加值{p1}亿元，第二产业实现增加值{p2}亿元，第三产业实现增加值{p3}亿元。三次产业结构调整为{pc(p1, G)}∶{pc(p2, G)}∶{pc(p3, G)}。

　　年末全区户籍人口27.83万人，其中城镇人口17.26万人，户籍人口城镇化率{pc(17.26, 27.83)}%。全年出生人口2,138人，出生率7.69‰；死亡人口2,247人，死亡率8.08‰；人口自然增长率-0.39‰。

　　二、农业

　　全年大樱桃产量4.26万吨，比上年增长8.1%；苹果产量31.48万吨，比上年下降2.7%。全区海岸线长43.6公里。

　　三、工业

　　全年规模以上工业企业实现营业收入826.47亿元，其中国有控股企业112.36亿元，股份制企业498.25亿元，外商及港澳台投资企业215.86亿元。股份制企业营业收入占规上工业营业收入的{pc(498.25, 826.47)}%。

　　四、金融

　　年末全区金融机构存款情况如下：

{tab}

　　五、财政

　　全年一般公共预算收入32.68亿元，比上年的30.94亿元增长6.6%；其中税收收入25.41亿元，占{pc(25.41, 32.68)}%。

　　六、人民生活

　　全年城镇居民人均可支配收入46,215元，增长{gr(46215, 43362)}%；农村居民人均可支配收入22,687元，增长{gr(22687, 20977)}%。全年平均气温13.4℃。
"""
rep.text = rep.text.replace("　　五、财政\n", """　　五、国内贸易和旅游

　　全年社会消费品零售总额142.36亿元，比上年增长7.8%。其中限额以上单位消费品零售额52.18亿元，限额以下单位消费品零售额90.18亿元。全年接待国内外游客612.7万人次，实现旅游消费总额58.42亿元。

　　六、固定资产投资

　　全年固定资产投资比上年增长9.2%。其中第一产业投资增长21.4%，第二产业投资增长12.6%，第三产业投资增长5.8%。工业技改投资占工业投资的比重为63.5%。

　　七、财政
""").replace("　　六、人民生活", "　　八、人民生活") + """
　　九、社会事业

　　年末全区共有各级各类学校68所，其中普通中学14所、小学23所、幼儿园29所、特殊教育学校1所、中等职业学校1所；在校学生41,836人，专任教师3,412人。全区共有卫生机构294个，卫生技术人员3,186人，其中执业（助理）医师1,264人、注册护士1,352人。

　　注：本公报中部分数据为初步统计数；地区生产总值及各产业增加值绝对数按现价计算，增长速度按可比价格计算。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(G, [p1, p2, p3], span(t, f"地区生产总值{G}亿元", f"第三产业实现增加值{p3}亿元"), "F"),
    R(p1, G, float(pc(p1, G)), span(t, f"地区生产总值{G}亿元", f"调整为{pc(p1, G)}"), "C"),
    R(p2, G, float(pc(p2, G)), span(t, f"地区生产总值{G}亿元", f"∶{pc(p2, G)}∶"), "C"),
    R(p3, G, float(pc(p3, G)), span(t, f"地区生产总值{G}亿元", f"∶{pc(p3, G)}。"), "C"),
    R(17.26, 27.83, float(pc(17.26, 27.83)), span(t, "户籍人口27.83万人", f"城镇化率{pc(17.26, 27.83)}%"), "C"),
    S(7.69, [8.08, -0.39], span(t, "出生率7.69‰", "自然增长率-0.39‰"), "O"),
    C(4.26, 8.1, span(t, "大樱桃产量4.26万吨", "比上年增长8.1%")),
    C(31.48, -2.7, span(t, "苹果产量31.48万吨", "比上年下降2.7%")),
    S(826.47, [112.36, 498.25, 215.86], span(t, "营业收入826.47亿元", "外商及港澳台投资企业215.86亿元"), "F"),
    R(498.25, 826.47, float(pc(498.25, 826.47)), span(t, "营业收入826.47亿元", f"的{pc(498.25, 826.47)}%"), "C"),
    C(32.68, 6.6, span(t, "一般公共预算收入32.68亿元", "增长6.6%"), "A", prev=30.94, bad=f"(32.68 − 30.94) / 30.94 = {gr(32.68, 30.94)}%, printed 6.6% (planted)"),
    R(25.41, 32.68, float(pc(25.41, 32.68)), span(t, "一般公共预算收入32.68亿元", f"占{pc(25.41, 32.68)}%"), "C"),
    C(46215, float(gr(46215, 43362)), span(t, "人均可支配收入46,215元", f"增长{gr(46215, 43362)}%")),
    C(22687, float(gr(22687, 20977)), span(t, "人均可支配收入22,687元", f"增长{gr(22687, 20977)}%")),
)
rep.never("按可比价格计算增长5.6%", "a growth at comparable prices")
rep.never("出生人口2,138人，出生率7.69‰", "the average population behind the rates is not printed")
rep.never("海岸线长43.6公里", "a length")
rep.never("平均气温13.4℃", "a temperature")
rep.metric("economy.gdp", G, "亿元", f"全区实现地区生产总值{G}亿元")
rep.metric("economy.gdp.primary", p1, "亿元", f"第一产业实现增加值{p1}亿元")
rep.metric("economy.gdp.secondary", p2, "亿元", f"第二产业实现增加值{p2}亿元")
rep.metric("economy.gdp.tertiary", p3, "亿元", f"第三产业实现增加值{p3}亿元")
rep.metric("population.registered", 278300, "人", "年末全区户籍人口27.83万人")
rep.metric("population.births", 2138, "人", "全年出生人口2,138人")
rep.metric("population.deaths", 2247, "人", "死亡人口2,247人")
rep.metric("fiscal.revenue", 32.68, "亿元", "全年一般公共预算收入32.68亿元")
rep.metric("fiscal.tax_revenue", 25.41, "亿元", "其中税收收入25.41亿元")
rep.metric("income.per_capita.urban", 46215, "元", "城镇居民人均可支配收入46,215元")
rep.metric("income.per_capita.rural", 22687, "元", "农村居民人均可支配收入22,687元")
rep.add(
    S(142.36, [52.18, 90.18], span(t, "零售总额142.36亿元", "限额以下单位消费品零售额90.18亿元"), "F"),
    S(68, [14, 23, 29, 1, 1], span(t, "各级各类学校68所", "中等职业学校1所"), "F"),
    B(1264 + 0, 3186, span(t, "卫生技术人员3,186人", "执业（助理）医师1,264人"), "E"),
)
rep.never("比上年增长9.2%", "investment growths without figures")
rep.never("工业技改投资占工业投资的比重为63.5%", "neither figure is printed")
rep.never("接待国内外游客612.7万人次", "visitors in no relation")
rep.never("比上年增长7.8%", "a retail growth without last year's figure (kept out)")
rep.metric("retail.total", 142.36, "亿元", "社会消费品零售总额142.36亿元")
rep.metric("education.schools", 68, "所", "各级各类学校68所")
rep.metric("education.teachers", 3412, "人", "专任教师3,412人")
