from common import C, R, Report, S, span
from u37 import addt, n, pc, tgrid

rep = Report("anshunhe-xian-tjgb-2022", "md", "安顺河县统计局", 2023,
             kind="安顺河县2022年国民经济和社会发展统计公报 (2023, 统计公报, 贵州 县)",
             shape="Markdown; GDP = 三次产业 in a heading line with the parts in a list (F) and 'X和Y分别占A%和B%' (C), 人口 常住 = 城镇 + 乡村 (F) with 城镇化率 (C), 出生 / 死亡 千分之 with 自然增长率 (a sum, O), a table of 主要农产品 with 产量 / 上年 / 增长% (T: the change per row over the printed 上年; a planted 增长 of 茶叶), 旅游 = 过夜 + 一日游 (F) with 人均 花费 (G), 财政 税收 share (C) and 比上年 (A), 存贷款 (F); 海拔 and 森林覆盖率 as traps")
g1, g2, g3 = 48.63, 37.92, 92.17
G = round(g1 + g2 + g3, 2)
crops = [("粮食（万吨）", 14.26, 13.98), ("油菜籽（万吨）", 1.87, 1.79), ("蔬菜（万吨）", 42.38, 39.64), ("茶叶（吨）", 6418, 5836), ("肉类（万吨）", 3.12, 3.07)]
rows = [[c[0], n(c[1]) if isinstance(c[1], int) else f"{c[1]:.2f}", n(c[2]) if isinstance(c[2], int) else f"{c[2]:.2f}", pc(c[1] - c[2], c[2])] for c in crops]
rows[3][3] = "9.7"
tab, _, rowt = tgrid(["产品", "2022年", "2021年", "增长（%）"], rows, "md", total_row=None)
from u37 import mark, val, NOTE
trels = [mark(C(val(r[1]), val(r[3]), rt_, "T", prev=val(r[2])), NOTE) for r, rt_ in zip(rows, rowt, strict=False)]
pop, urb = 28.46, 12.83
tv = 1186.4
rep.text = f"""# 安顺河县2022年国民经济和社会发展统计公报

安顺河县统计局　2023年3月28日

## 一、综合

**全年全县地区生产总值{G}亿元，比上年增长4.6%。**其中：

- 第一产业增加值{g1}亿元，增长3.8%；
- 第二产业增加值{g2}亿元，增长2.9%；
- 第三产业增加值{g3}亿元，增长5.8%。

第一产业和第三产业增加值分别占地区生产总值的{pc(g1, G)}%和{pc(g3, G)}%。

年末全县常住人口{pop}万人，其中城镇人口{urb}万人，乡村人口{round(pop - urb, 2)}万人，常住人口城镇化率{pc(urb, pop, 2)}%。全年出生人口3,406人，出生率11.92‰；死亡人口2,118人，死亡率7.41‰；自然增长率4.51‰。全县平均海拔1,380米，森林覆盖率63.2%。

## 二、农业

全年粮食播种面积58.46万亩。主要农产品产量如下：

{tab}

## 三、旅游

全年接待游客{tv}万人次，比上年增长14.7%，其中过夜游客312.6万人次、一日游游客873.8万人次；实现旅游总收入98.37亿元，游客人均花费{pc(98.37 * 10000, tv, 0, 1)}元。

## 四、财政和金融

全年一般公共预算收入8.74亿元，比上年（8.16亿元）增长{pc(8.74 - 8.16, 8.16)}%，其中税收收入5.62亿元，占{pc(5.62, 8.74)}%。年末金融机构人民币各项存款余额236.48亿元，其中住户存款168.92亿元、非金融企业存款41.37亿元、广义政府存款26.19亿元；各项贷款余额201.76亿元。

注：地区生产总值及各产业增加值绝对数按现价计算，增长速度按不变价格计算。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(G, [g1, g2, g3], span(t, f"地区生产总值{G}亿元", f"第三产业增加值{g3}亿元"), "F"),
    R(g1, G, float(pc(g1, G)), span(t, f"地区生产总值{G}亿元", f"分别占地区生产总值的{pc(g1, G)}%"), "C"),
    R(g3, G, float(pc(g3, G)), span(t, f"地区生产总值{G}亿元", f"和{pc(g3, G)}%"), "C"),
    S(pop, [urb, round(pop - urb, 2)], span(t, f"常住人口{pop}万人", f"乡村人口{round(pop - urb, 2)}万人"), "F"),
    R(urb, pop, float(pc(urb, pop, 2)), span(t, f"常住人口{pop}万人", f"城镇化率{pc(urb, pop, 2)}%"), "C"),
    S(4.51, [11.92, -7.41], span(t, "出生率11.92‰", "自然增长率4.51‰"), "O"),
    S(tv, [312.6, 873.8], span(t, f"接待游客{tv}万人次", "一日游游客873.8万人次"), "F"),
    C(tv, 14.7, span(t, f"接待游客{tv}万人次", "比上年增长14.7%")),
    R(98.37, tv, int(pc(98.37 * 10000, tv, 0, 1)), span(t, f"接待游客{tv}万人次", f"人均花费{pc(98.37 * 10000, tv, 0, 1)}元"), "G", per=10000),
    C(8.74, float(pc(8.74 - 8.16, 8.16)), span(t, "一般公共预算收入8.74亿元", f"增长{pc(8.74 - 8.16, 8.16)}%"), "A", prev=8.16),
    R(5.62, 8.74, float(pc(5.62, 8.74)), span(t, "一般公共预算收入8.74亿元", f"占{pc(5.62, 8.74)}%"), "C"),
    S(236.48, [168.92, 41.37, 26.19], span(t, "存款余额236.48亿元", "广义政府存款26.19亿元"), "F"),
)
rep.never("比上年增长4.6%", "a growth at constant prices")
rep.never("出生人口3,406人", "出生率 is over the average population, not printed")
rep.never("森林覆盖率63.2%", "the county's area is not printed")
rep.never("粮食播种面积58.46万亩", "an area")
