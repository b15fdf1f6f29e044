from common import C, E, R, Report, S, span
from u33 import addt, gr, pc

rep = Report("yanshan-xian-tjyb-2024m10", "txt", "燕川县统计局", 2024, enc="gbk", dest="enc",
             kind="燕川县2024年1-10月统计月报 (2024, 统计 月报, 河北 县, GBK)",
             shape="GBK .txt (no wrapping); a space-aligned table of 指标 with 10月 / 1-9月 / 1-10月 / 去年同期1-10月 / 同比% (T: 1-10月 = 1-9月 + 10月 per row, the 同比 over the printed 去年同期; a planted 同比 of 非税), 税收 + 非税 = 一般公共预算收入 in each column (T), prose restating (H), 税收 share (C), 10月 环比 (A), 增速 个百分点 (a sum), 城乡居民 收入 (季度, not in the month table: a trap)")
hdr = "指标名称                    10月      1-9月     1-10月    去年同期    同比±%"
data = [("一般公共预算收入（万元）", 6842, 71264, 73138), ("  税收收入（万元）", 4516, 48932, 48212),
        ("  非税收入（万元）", 2326, 22332, 24926), ("社会消费品零售总额（万元）", 84620, 768240, 809165)]
lines, rowt, rels = [hdr], [], []
for i, (a, m, c9, ly) in enumerate(data):
    c10 = m + c9
    g = ("-" if c10 < ly else "") + gr(c10, ly)
    if i == 2:
        g = "-1.4"  # planted: (24,658 − 24,926) / 24,926 = −1.1
    ln = f"{a:　<14}{m:>10,}{c9:>11,}{c10:>11,}{ly:>11,}{g:>9}"
    lines.append(ln)
    rowt.append(ln)
    rels.append(S(c10, [c9, m], ln, "T"))
    r = C(c10, float(g), ln, "T", prev=ly)
    if i == 2:
        r["note"] = "(24,658 − 24,926) / 24,926 = −1.1%, printed −1.4 (planted)"
    rels.append(r)
tab = "\n".join(lines)
region = "\n".join(rowt[0:3])
for col in range(4):
    vals = [[d[1], d[2], d[1] + d[2], d[3]][col] for d in data[:3]]
    rels.append(S(vals[0], vals[1:], region, "T"))
rep.text = f"""燕川县2024年1-10月统计月报

燕川县统计局编印　　2024年11月

一、主要指标

{tab}

二、简要说明

1-10月，全县一般公共预算收入78,106万元，比去年同期（73,138万元）增长{gr(78106, 73138)}%。其中税收收入53,448万元，增长{gr(53448, 48212)}%，占一般公共预算收入的{pc(53448, 78106)}%；非税收入24,658万元，下降{gr(24658, 24926)}%（去年同期24,926万元）。10月当月一般公共预算收入6,842万元，环比下降{gr(6842, 7386)}%（9月为7,386万元）。

1-10月，全县社会消费品零售总额852,860万元，增长{gr(852860, 809165)}%，增速比1-9月加快0.3个百分点（1-9月增长5.1%）。

1-10月，全县规模以上工业增加值增长6.8%，固定资产投资增长4.2%。三季度全县城镇居民人均可支配收入32,486元，农村居民人均可支配收入16,842元。

说明：本月报数据为快报数，最终以年报为准。联系电话：0314-7012345。
"""
t = rep.text
addt(rep, rels)
rep.add(
    C(78106, float(gr(78106, 73138)), span(t, "一般公共预算收入78,106万元", "73,138万元）增长" + gr(78106, 73138) + "%"), "A", prev=73138),
    E([78106, 78106], span(t, rowt[0], "一般公共预算收入78,106万元"), "H"),
    R(53448, 78106, float(pc(53448, 78106)), span(t, "一般公共预算收入78,106万元", f"占一般公共预算收入的{pc(53448, 78106)}%"), "C"),
    S(78106, [53448, 24658], span(t, "一般公共预算收入78,106万元", "非税收入24,658万元"), "F"),
    C(24658, -float(gr(24658, 24926)), span(t, "非税收入24,658万元", "去年同期24,926万元"), "A", prev=24926),
    C(6842, -float(gr(6842, 7386)), span(t, "10月当月一般公共预算收入6,842万元", "9月为7,386万元"), "A", prev=7386),
    E([852860, 852860], span(t, rowt[3], "社会消费品零售总额852,860万元"), "H"),
    S(5.4, [5.1, 0.3], span(t, "增长5.4%，增速比1-9月加快", "1-9月增长5.1%")),
)
rep.never("三季度全县城镇居民人均可支配收入32,486元，农村居民人均可支配收入16,842元", "quarterly incomes with no base, change or ratio stated")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('fiscal.revenue', 78106, '万元', '全县一般公共预算收入78,106万元')
rep.metric('fiscal.tax_revenue', 53448, '万元', '其中税收收入53,448万元')
rep.metric('retail.total', 852860, '万元', '全县社会消费品零售总额852,860万元')
