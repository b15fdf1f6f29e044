from common import B, C, R, Report, S, span

rep = Report("anfu-xian-gongbao-2018", "txt", "安阜县统计局", 2019, wrap=38, page_every=14,
             page_style="— {n} —",
             kind="安阜县2018年国民经济和社会发展统计公报 (2019)",
             shape="PDF copy wrapped at 38 with footers; GDP = three industries (亿元) with growths at comparable prices, 三次产业结构 as a ratio, population by 城乡 (万人), 出生率 ‰ over an unprinted base, 税收 and 民生 shares, 粮食 with delta, a planted 消费品 breakdown, a stock with 比年初")
rep.text = """
安阜县2018年国民经济和社会发展统计公报

安阜县统计局
2019年3月

一、综合

初步核算，全年全县地区生产总值（GDP）186.47亿元，按可比价格计算，比上年增长7.2%。其中，第一产业增加值28.63亿元，增长3.4%；第二产业增加值71.29亿元，增长8.1%；第三产业增加值86.55亿元，增长7.5%。三次产业结构为15.4∶38.2∶46.4。

年末全县户籍人口52.38万人，其中城镇人口21.46万人，乡村人口30.92万人。全年出生人口5,862人，出生率11.21‰。常住人口城镇化率42.6%。

二、农业

全年粮食总产量38.62万吨，比上年增产1.27万吨，增长3.4%。

三、国内贸易

全年社会消费品零售总额78.43亿元，增长10.2%。按经营地分，城镇零售额57.36亿元，乡村零售额20.17亿元。

四、财政和金融

全年一般公共预算收入9.86亿元，增长6.3%；其中税收收入6.42亿元，占65.1%。一般公共预算支出31.27亿元，增长8.9%。其中民生支出25.14亿元，占80.4%。年末金融机构各项存款余额245.6亿元，比年初增加21.8亿元。

注：本公报部分数据为初步统计数，地区生产总值及各产业增加值绝对数按现价计算，增长速度按可比价格计算。
"""
t = rep.text
p1 = span(t, "地区生产总值（GDP）186.47亿元", "15.4∶38.2∶46.4")
rep.add(
    S(186.47, [28.63, 71.29, 86.55], p1),
    R(28.63, 186.47, 15.4, p1, "C"),
    R(71.29, 186.47, 38.2, p1, "C"),
    R(86.55, 186.47, 46.4, p1, "C"),
    S(523800, [214600, 309200], span(t, "户籍人口52.38万人", "乡村人口30.92万人")),
    C(38.62, 3.4, span(t, "粮食总产量38.62万吨", "增长3.4%"), "A"),
    S(78.43, [57.36, 20.17], span(t, "社会消费品零售总额78.43亿元", "乡村零售额20.17亿元"), "F", bad="57.36 + 20.17 = 77.53, printed 78.43"),
    R(6.42, 9.86, 65.1, span(t, "一般公共预算收入9.86亿元", "占65.1%")),
    R(25.14, 31.27, 80.4, span(t, "一般公共预算支出31.27亿元", "占80.4%")),
)
rep.never("增长7.2%。其中，第一产业增加值28.63亿元，增长3.4%", "growths at comparable prices: not computable from the current-price values")
rep.never("全年出生人口5,862人，出生率11.21‰", "over the average population, not printed")
rep.never("常住人口城镇化率42.6%", "over the resident population, not printed (户籍 is another base)")
rep.never("存款余额245.6亿元，比年初增加21.8亿元", "a stock with its change since the start of the year, no percent")
rep.never("增产1.27万吨，增长3.4%。", "3.4% equal to the 第一产业 growth by chance")
