from common import B, C, R, Report, S, span
from u39 import addt, gr, mark, pc, tgrid

rep = Report("qionghaihe-shi-tjgb-2022", "html", "琼海河市统计局", 2023,
             kind="琼海河市2022年国民经济和社会发展统计公报 (2023, 统计公报, 海南 县级市)",
             shape="HTML; GDP and the three sectors with shares stated before the amounts (C), a table of 主要农产品 with 产量 / 上年 / 增长 (T: change per row over 上年; a planted 上年 of 槟榔), 人口 出生 − 死亡 = 自然增长 in 人 (F) and the rates in ‰ (a sum, O), 城镇化率 (C), 固定资产投资 with 产业投资 / 房地产 / 基础设施 non-exhaustive (E), 社零 城乡 (F), 财政 收入 and 支出 with 税收 share (C), 居民收入 城乡 with 比上年 (O) and the 城乡收入比 (G); 热带 气温 and 降雨 as traps")
crops = [("天然橡胶（吨）", 31426, 29873), ("槟榔（吨）", 58217, 54236), ("胡椒（吨）", 4318, 4562), ("热带水果（万吨）", 27.36, 25.91), ("水产品（万吨）", 18.47, 17.82)]
rows = [[c[0], f"{c[1]:,}" if isinstance(c[1], int) else f"{c[1]}", f"{c[2]:,}" if isinstance(c[2], int) else f"{c[2]}", ("" if c[1] >= c[2] else "-") + gr(c[1], c[2])] for c in crops]
rows[1][2] = "54,326"
tab, trels, rowt = tgrid(["产品", "2022年", "上年", "增长（%）"], rows, "html")
crels = [mark(C(float(r_[1].replace(",", "")), float(r_[3]), t_, "T", prev=float(r_[2].replace(",", ""))), "a printed cell does not add up (planted typo)") for r_, t_ in zip(rows, rowt, strict=True)]
p1, p2, p3 = 84.27, 31.58, 172.46
G = round(p1 + p2 + p3, 2)
rep.text = f"""<html><head><meta charset="utf-8"><title>琼海河市2022年国民经济和社会发展统计公报</title></head><body>
<h1>琼海河市2022年国民经济和社会发展统计公报</h1>
<p>琼海河市统计局　2023年4月3日</p>
<h2>一、综合</h2>
<p>全年全市地区生产总值{G}亿元，按不变价格计算，比上年增长1.6%。三次产业占比分别为{pc(p1, G)}%、{pc(p2, G)}%和{pc(p3, G)}%，对应增加值为：第一产业{p1}亿元，第二产业{p2}亿元，第三产业{p3}亿元。</p>
<p>年末全市常住人口53.26万人，其中城镇人口29.84万人，城镇化率{pc(29.84, 53.26)}%。全年出生人口4,126人，死亡人口3,358人，人口自然增长768人；出生率7.76‰，死亡率6.31‰，自然增长率1.45‰。</p>
<h2>二、农业</h2>
<p>全年农林牧渔业总产值146.28亿元。主要农产品产量如下：</p>
{tab}
<h2>三、固定资产投资</h2>
<p>全年固定资产投资126.47亿元，比上年下降6.2%。其中产业投资58.36亿元，房地产开发投资41.92亿元，基础设施投资23.15亿元。</p>
<h2>四、国内贸易</h2>
<p>全年社会消费品零售总额96.38亿元，其中城镇市场71.54亿元，乡村市场24.84亿元。</p>
<h2>五、财政</h2>
<p>全年地方一般公共预算收入18.26亿元，其中税收收入13.07亿元，占{pc(13.07, 18.26)}%；一般公共预算支出62.14亿元。</p>
<h2>六、人民生活</h2>
<p>全年城镇常住居民人均可支配收入42,168元，比上年增长{gr(42168, 40623)}%；农村常住居民人均可支配收入21,836元，比上年增长{gr(21836, 20512)}%。城乡居民收入比为{pc(42168, 21836, 2, 1)}。</p>
<h2>七、气候</h2>
<p>全年平均气温24.6℃，降雨量2,318毫米。</p>
</body></html>
"""
t = rep.text
addt(rep, crels)
rep.add(
    S(G, [p1, p2, p3], span(t, f"地区生产总值{G}亿元", f"第三产业{p3}亿元"), "F"),
    R(p1, G, float(pc(p1, G)), span(t, f"地区生产总值{G}亿元", f"第一产业{p1}亿元"), "B"),
    R(p2, G, float(pc(p2, G)), span(t, f"地区生产总值{G}亿元", f"第二产业{p2}亿元"), "B"),
    R(p3, G, float(pc(p3, G)), span(t, f"地区生产总值{G}亿元", f"第三产业{p3}亿元"), "B"),
    R(29.84, 53.26, float(pc(29.84, 53.26)), span(t, "常住人口53.26万人", f"城镇化率{pc(29.84, 53.26)}%"), "C"),
    S(4126, [3358, 768], span(t, "出生人口4,126人", "自然增长768人"), "F"),
    S(7.76, [6.31, 1.45], span(t, "出生率7.76‰", "自然增长率1.45‰"), "O"),
    B(58.36, 126.47, span(t, "固定资产投资126.47亿元", "产业投资58.36亿元"), "E"),
    B(41.92, 126.47, span(t, "固定资产投资126.47亿元", "房地产开发投资41.92亿元"), "E"),
    S(96.38, [71.54, 24.84], span(t, "零售总额96.38亿元", "乡村市场24.84亿元"), "F"),
    R(13.07, 18.26, float(pc(13.07, 18.26)), span(t, "一般公共预算收入18.26亿元", f"占{pc(13.07, 18.26)}%"), "C"),
    C(42168, float(gr(42168, 40623)), span(t, "人均可支配收入42,168元", f"比上年增长{gr(42168, 40623)}%")),
    C(21836, float(gr(21836, 20512)), span(t, "人均可支配收入21,836元", f"比上年增长{gr(21836, 20512)}%")),
    R(42168, 21836, float(pc(42168, 21836, 2, 1)), span(t, "人均可支配收入42,168元", f"城乡居民收入比为{pc(42168, 21836, 2, 1)}"), "G", per=1),
)
rep.never("比上年增长1.6%", "a growth at comparable prices")
rep.never("比上年下降6.2%", "a growth without last year's figure (kept out)")
rep.never("平均气温24.6℃，降雨量2,318毫米", "climate")
rep.never("农林牧渔业总产值146.28亿元", "a total whose parts are not printed")
rep.metric("economy.gdp", G, "亿元", f"全市地区生产总值{G}亿元")
rep.metric("economy.gdp.primary", p1, "亿元", f"第一产业{p1}亿元")
rep.metric("economy.gdp.secondary", p2, "亿元", f"第二产业{p2}亿元")
rep.metric("economy.gdp.tertiary", p3, "亿元", f"第三产业{p3}亿元")
rep.metric("population.resident", 532600, "人", "年末全市常住人口53.26万人")
rep.metric("population.births", 4126, "人", "全年出生人口4,126人")
rep.metric("population.deaths", 3358, "人", "死亡人口3,358人")
rep.metric("retail.total", 96.38, "亿元", "社会消费品零售总额96.38亿元")
rep.metric("fiscal.revenue", 18.26, "亿元", "地方一般公共预算收入18.26亿元")
rep.metric("fiscal.tax_revenue", 13.07, "亿元", "其中税收收入13.07亿元")
rep.metric("fiscal.expenditure", 62.14, "亿元", "一般公共预算支出62.14亿元")
rep.metric("income.per_capita.urban", 42168, "元", "城镇常住居民人均可支配收入42,168元")
rep.metric("income.per_capita.rural", 21836, "元", "农村常住居民人均可支配收入21,836元")
