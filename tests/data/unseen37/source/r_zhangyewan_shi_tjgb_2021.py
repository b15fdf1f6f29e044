from common import C, E, R, Report, S, span
from u37 import addt, n, pc, tgrid

HEAD = "张掖湾市2021年国民经济和社会发展统计公报"
rep = Report("zhangyewan-shi-tjgb-2021", "txt", "张掖湾市统计局", 2022, wrap=34, page_every=14, page_style="第 {n} 页", header=HEAD,
             kind="张掖湾市2021年国民经济和社会发展统计公报 (2022, 统计公报, 甘肃 市)",
             shape="PDF copy wrapped at 34 with 第n页 footers and a running header; GDP = 三次产业 (F) with shares (C), 人口 常住 by 城乡 (F) with 城镇化率 (C) and 出生率 − 死亡率 = 自然增长率 (a sum, O), 户籍 by 年龄 (F), a space-aligned table of 县区 with GDP / 比重 and a 全市 row (T: the column sum and the share per row; a planted 全市 合计), 规上工业 by 轻重 (F), 居民 收入 城乡 (A) and 消费支出 with 恩格尔 (C), 财政 (F) with 税收 share (C); 日照 and 降水 as traps")
g1, g2, g3 = 129.37, 118.46, 287.62
G = round(g1 + g2 + g3, 2)
cty = [("甘州湾区", 186.42), ("临泽河县", 71.38), ("高台川县", 78.64), ("山丹湾县", 63.27), ("民乐川县", 69.81), ("肃南河县", 65.93)]
assert round(sum(c[1] for c in cty), 2) == G, (sum(c[1] for c in cty), G)
rows = [[c[0], f"{c[1]:.2f}", pc(c[1], G)] for c in cty] + [["全市", f"{G + 1:.2f}", "100.0"]]
tab, trels, rowt = tgrid(["县区", "地区生产总值（亿元）", "占全市比重（%）"], rows, "txt", col_sums=(1,))
from u37 import shares
pop, urb = 113.62, 62.41
ur, ru, exp, food = 34862, 18427, 22318, 6542
rep.text = f"""{HEAD}

张掖湾市统计局　国家统计局张掖湾调查队

（2022年3月30日）

　　一、综合

　　经初步核算，全年全市实现地区生产总值{G}亿元，按可比价格计算，比上年增长7.1%。其中，第一产业增加值{g1}亿元，增长8.6%；第二产业增加值{g2}亿元，增长6.4%；第三产业增加值{g3}亿元，增长6.9%。第一产业、第二产业和第三产业增加值占地区生产总值的比重分别为{pc(g1, G)}%、{pc(g2, G)}%和{pc(g3, G)}%。

　　分县区看，各县区地区生产总值如下：

{tab}

　　年末全市常住人口{pop}万人，其中城镇常住人口{urb}万人，乡村常住人口{round(pop - urb, 2)}万人，城镇化率为{pc(urb, pop, 2)}%。全年出生人口9,126人，人口出生率8.03‰；死亡人口8,647人，人口死亡率7.61‰；人口自然增长率0.42‰。年末户籍人口121.36万人，其中0—17岁21.84万人、18—59岁72.63万人、60岁及以上26.89万人。

　　二、工业

　　全年规模以上工业增加值增长9.3%。规模以上工业总产值412.68亿元，其中轻工业127.94亿元、重工业284.74亿元。全年日照时数3,085小时，降水量214毫米。

　　三、居民收入与消费

　　全年城镇居民人均可支配收入{n(ur)}元，比上年的{n(32716)}元增长{pc(ur - 32716, 32716)}%；农村居民人均可支配收入{n(ru)}元，比上年的{n(16908)}元增长{pc(ru - 16908, 16908)}%。全体居民人均消费支出{n(exp)}元，其中食品烟酒支出{n(food)}元，恩格尔系数为{pc(food, exp)}%。

　　四、财政

　　全年一般公共预算收入48.26亿元，其中税收收入31.47亿元、非税收入16.79亿元，税收收入占比{pc(31.47, 48.26)}%。一般公共预算支出312.58亿元，增长3.9%。

　　注：本公报部分数据为初步统计数，各项数据均未包括中央、省属驻市单位。
"""
t = rep.text
addt(rep, trels)
addt(rep, shares(rows, rowt, 1, 2, -1))
rep.add(
    S(G, [g1, g2, g3], span(t, f"地区生产总值{G}亿元", f"第三产业增加值{g3}亿元"), "F"),
    R(g1, G, float(pc(g1, G)), span(t, f"地区生产总值{G}亿元", f"比重分别为{pc(g1, G)}%"), "C"),
    R(g2, G, float(pc(g2, G)), span(t, f"地区生产总值{G}亿元", f"、{pc(g2, G)}%"), "C"),
    R(g3, G, float(pc(g3, G)), span(t, f"地区生产总值{G}亿元", f"和{pc(g3, G)}%"), "C"),
    E([G, G + 1], span(t, f"地区生产总值{G}亿元", rowt[-1]), "H", bad=f"the prose gives {G}亿元, the table's 全市 row prints {G + 1:.2f} (planted)"),
    S(pop, [urb, round(pop - urb, 2)], span(t, f"常住人口{pop}万人", f"乡村常住人口{round(pop - urb, 2)}万人"), "F"),
    R(urb, pop, float(pc(urb, pop, 2)), span(t, f"常住人口{pop}万人", f"城镇化率为{pc(urb, pop, 2)}%"), "C"),
    S(0.42, [8.03, -7.61], span(t, "人口出生率8.03‰", "人口自然增长率0.42‰"), "O"),
    S(121.36, [21.84, 72.63, 26.89], span(t, "户籍人口121.36万人", "60岁及以上26.89万人"), "F"),
    S(412.68, [127.94, 284.74], span(t, "工业总产值412.68亿元", "重工业284.74亿元"), "F"),
    C(ur, float(pc(ur - 32716, 32716)), span(t, f"城镇居民人均可支配收入{n(ur)}元", f"增长{pc(ur - 32716, 32716)}%"), "A", prev=32716),
    C(ru, float(pc(ru - 16908, 16908)), span(t, f"农村居民人均可支配收入{n(ru)}元", f"增长{pc(ru - 16908, 16908)}%"), "A", prev=16908),
    R(food, exp, float(pc(food, exp)), span(t, f"人均消费支出{n(exp)}元", f"恩格尔系数为{pc(food, exp)}%"), "C"),
    S(48.26, [31.47, 16.79], span(t, "一般公共预算收入48.26亿元", "非税收入16.79亿元"), "F"),
    R(31.47, 48.26, float(pc(31.47, 48.26)), span(t, "一般公共预算收入48.26亿元", f"税收收入占比{pc(31.47, 48.26)}%"), "C"),
)
rep.never("按可比价格计算，比上年增长7.1%", "a growth at comparable prices")
rep.never("全年日照时数3,085小时，降水量214毫米", "weather")
