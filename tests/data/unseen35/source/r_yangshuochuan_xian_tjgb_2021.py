from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, tgrid

rep = Report("yangshuochuan-xian-tjgb-2021", "md", "阳朔川县统计局", 2022,
             kind="阳朔川县2021年国民经济和社会发展统计公报 (2022, 统计公报, 广西 县)",
             shape="Markdown; GDP = 三次产业 (F) with 三产 share (C), 常住人口 with 城镇 share (C), 性别比 per 100 (G), 自然增长率 = 出生率 − 死亡率 in ‰ (a sum), 旅游 = 国内 + 入境 (F) with 过夜 share (C) and 比上年 (A), a table of 教育 by 学段 with 学校 / 在校生 / 专任教师 and a 合计 row (T: three column sums), prose restating (H), 生师比 (a ratio printed n∶1 over printed figures, G), 财政 (F)")
ed = [("幼儿园", 64, 9862, 712), ("小学", 86, 24316, 1538), ("初中", 14, 11208, 894), ("普通高中", 3, 6742, 468),
      ("中等职业学校", 2, 3184, 196)]
cs = [sum(x[i] for x in ed) for i in (1, 2, 3)]
rows = [[k, a, n(b), n(c)] for k, a, b, c in ed] + [["合计", cs[0], n(cs[1]), n(cs[2])]]
tab, trels, rowt = tgrid(["学段", "学校数（所）", "在校学生（人）", "专任教师（人）"], rows, "md", col_sums=(1, 2, 3))
g = [9.84, 6.27, 26.91]
G = round(sum(g), 2)
P, M, F_ = 31.64, 16.28, 15.36
rep.text = f"""# 阳朔川县2021年国民经济和社会发展统计公报

阳朔川县统计局　2022年4月15日

## 一、综合

全年全县地区生产总值{G}亿元，按可比价格计算，比上年增长7.2%。其中第一产业增加值{g[0]}亿元，增长8.1%；第二产业增加值{g[1]}亿元，增长5.4%；第三产业增加值{g[2]}亿元，增长7.5%。第三产业增加值占地区生产总值的比重为{pc(g[2], G)}%。

年末全县常住人口{P}万人，其中男性{M}万人，女性{F_}万人，性别比（以女性为100）为{pc(M, F_)}；城镇人口14.52万人，占常住人口的{pc(14.52, P)}%。全年人口出生率11.42‰，死亡率6.85‰，人口自然增长率4.57‰。

## 二、旅游业

全年接待游客1,642.8万人次，比上年的1,218.6万人次增长{gr(1642.8, 1218.6)}%，其中国内游客1,639.4万人次，入境游客3.4万人次；过夜游客486.2万人次，占接待游客总数的{pc(486.2, 1642.8)}%。实现旅游总消费218.64亿元，增长41.3%。全县星级饭店18家，A级旅游景区23家。

## 三、财政

全年一般公共预算收入5.62亿元，其中税收收入3.48亿元，非税收入2.14亿元。一般公共预算支出28.46亿元，其中教育支出6.12亿元。

## 四、教育

年末全县各级各类学校{cs[0]}所，在校学生{n(cs[1])}人，专任教师{n(cs[2])}人。小学生师比为{pc(24316, 1538, 1, 1)}∶1。

{tab}

小学学龄儿童入学率100%，初中阶段毛入学率103.6%。

## 五、人民生活

全年城镇居民人均可支配收入39,218元，增长7.9%；农村居民人均可支配收入19,642元，增长10.4%。

注：本公报部分数据为初步统计数。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(G, g, span(t, f"地区生产总值{G}亿元", f"第三产业增加值{g[2]}亿元"), "F"),
    R(g[2], G, float(pc(g[2], G)), span(t, f"地区生产总值{G}亿元", f"比重为{pc(g[2], G)}%"), "C"),
    S(P, [M, F_], span(t, f"常住人口{P}万人", f"女性{F_}万人"), "F"),
    R(M, F_, float(pc(M, F_)), span(t, f"男性{M}万人", f"为{pc(M, F_)}"), "G", per=100),
    R(14.52, P, float(pc(14.52, P)), span(t, f"常住人口{P}万人", f"占常住人口的{pc(14.52, P)}%"), "C"),
    S(4.57, [11.42, -6.85], span(t, "出生率11.42‰", "自然增长率4.57‰")),
    C(1642.8, float(gr(1642.8, 1218.6)), span(t, "接待游客1,642.8万人次", f"增长{gr(1642.8, 1218.6)}%"), "A", prev=1218.6),
    S(1642.8, [1639.4, 3.4], span(t, "接待游客1,642.8万人次", "入境游客3.4万人次"), "F"),
    R(486.2, 1642.8, float(pc(486.2, 1642.8)), span(t, "接待游客1,642.8万人次", f"占接待游客总数的{pc(486.2, 1642.8)}%"), "C"),
    C(218.64, 41.3, span(t, "旅游总消费218.64亿元", "增长41.3%")),
    S(5.62, [3.48, 2.14], span(t, "一般公共预算收入5.62亿元", "非税收入2.14亿元"), "F"),
    E([cs[1], cs[1]], span(t, f"在校学生{n(cs[1])}人", rowt[-1]), "H"),
    E([cs[2], cs[2]], span(t, f"专任教师{n(cs[2])}人", rowt[-1]), "H"),
    R(24316, 1538, float(pc(24316, 1538, 1, 1)), span(t, "小学生师比", rowt[1]), "G", per=1),
    C(39218, 7.9, span(t, "城镇居民人均可支配收入39,218元", "增长7.9%")),
    C(19642, 10.4, span(t, "农村居民人均可支配收入19,642元", "增长10.4%")),
)
rep.never("初中阶段毛入学率103.6%", "over an unprinted age population")
rep.never("星级饭店18家，A级旅游景区23家", "counts, no relation")
rep.never("其中教育支出6.12亿元", "a non-exhaustive 其中")
rep.never("按可比价格计算，比上年增长7.2%", "constant-price growth")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('economy.gdp', 43.02, '亿元', '全年全县地区生产总值43.02亿元')
rep.metric('economy.gdp.primary', 9.84, '亿元', '第一产业增加值9.84亿元')
rep.metric('economy.gdp.secondary', 6.27, '亿元', '第二产业增加值6.27亿元')
rep.metric('economy.gdp.tertiary', 26.91, '亿元', '第三产业增加值26.91亿元')
rep.metric('population.resident', 316400, '人', '年末全县常住人口31.64万人')
rep.metric('fiscal.revenue', 5.62, '亿元', '全年一般公共预算收入5.62亿元')
rep.metric('fiscal.tax_revenue', 3.48, '亿元', '其中税收收入3.48亿元')
rep.metric('fiscal.expenditure', 28.46, '亿元', '一般公共预算支出28.46亿元')
rep.metric('education.schools', 169, '所', '年末全县各级各类学校169所')
rep.metric('education.teachers', 3808, '人', '专任教师3,808人')
rep.metric('income.per_capita.urban', 39218, '元', '全年城镇居民人均可支配收入39,218元')
rep.metric('income.per_capita.rural', 19642, '元', '农村居民人均可支配收入19,642元')
