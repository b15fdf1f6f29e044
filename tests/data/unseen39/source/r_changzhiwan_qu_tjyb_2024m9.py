from common import B, C, E, R, Report, S, span
from u39 import addt, gr, mark, pc, tgrid

rep = Report("changzhiwan-qu-tjyb-2024m9", "html", "长治湾市潞州河区统计局", 2024,
             kind="潞州河区2024年1—9月统计月报 (2024, 统计月报, 山西 区)",
             shape="HTML; a table of 主要指标 with 1—9月 / 上年同期 / 增长 (T: the change per row over the printed 上年同期; a planted 增长 of 一般公共预算收入), prose: 规上工业 by 门类 (F) with comparable-price growths as traps, 煤炭 share (C), 固定资产投资 分产业 with shares (C) and its growth stated in 个百分点 against 1—6月 with both printed (a sum, O), 社零 限上/限下 (F), 财政 税收 share (C), 居民收入 with 上年同期 printed (A); 企业 户数 and 项目 个数 as traps")
ind = [("规上工业总产值（亿元）", 286.43, 271.58), ("固定资产投资（亿元）", 68.27, 61.94), ("社会消费品零售总额（亿元）", 94.16, 89.35),
       ("一般公共预算收入（亿元）", 15.82, 14.67), ("城镇居民人均可支配收入（元）", 34218, 32746)]
rows = [[k, f"{a}", f"{b}", ("" if a >= b else "-") + gr(a, b)] for k, a, b in ind]
rows[3][3] = "8.9"
tab, trels, rowt = tgrid(["指标", "1—9月", "上年同期", "增长（%）"], rows, "html")
crels = [mark(C(float(r_[1]), float(r_[3]), t_, "T", prev=float(r_[2])), "a printed cell does not add up (planted typo)") for r_, t_ in zip(rows, rowt, strict=True)]
coal, power, chem, other = 158.37, 46.82, 31.15, 50.09
IND = round(coal + power + chem + other, 2)
assert IND == 286.43, IND
a1, a2, a3 = 3.16, 29.84, 35.27
inv = round(a1 + a2 + a3, 2)
assert inv == 68.27, inv
ig, ig6 = float(gr(68.27, 61.94)), 7.8
rep.text = f"""<html><head><meta charset="utf-8"><title>潞州河区2024年1—9月统计月报</title></head><body>
<h1>潞州河区2024年1—9月统计月报</h1>
<p>潞州河区统计局　2024年10月21日</p>
<h2>一、主要指标完成情况</h2>
{tab}
<h2>二、工业</h2>
<p>1—9月，全区规模以上工业企业63户，完成工业总产值286.43亿元。分行业看，煤炭开采和洗选业{coal}亿元，电力热力生产和供应业{power}亿元，化学原料和化学制品制造业{chem}亿元，其他行业{other}亿元。煤炭行业产值占规上工业总产值的{pc(coal, IND)}%。规上工业增加值按可比价格计算增长6.3%。</p>
<h2>三、投资</h2>
<p>1—9月，全区固定资产投资68.27亿元，增长{ig}%，增速比1—6月提高{ig - ig6:.1f}个百分点（1—6月增长{ig6}%）。分产业看，第一产业投资{a1}亿元，第二产业投资{a2}亿元，第三产业投资{a3}亿元，分别占{pc(a1, inv)}%、{pc(a2, inv)}%和{pc(a3, inv)}%。全区在库亿元以上项目37个，完成投资41.26亿元。</p>
<h2>四、消费</h2>
<p>1—9月，社会消费品零售总额94.16亿元。其中限额以上单位消费品零售额38.52亿元，限额以下单位消费品零售额55.64亿元。</p>
<h2>五、财政</h2>
<p>1—9月，一般公共预算收入15.82亿元，其中税收收入12.47亿元，税收占比{pc(12.47, 15.82)}%。</p>
<h2>六、居民收入</h2>
<p>前三季度，城镇居民人均可支配收入34,218元，比上年同期的32,746元增长{gr(34218, 32746)}%。</p>
</body></html>
"""
t = rep.text
addt(rep, crels)
rep.add(
    S(IND, [coal, power, chem, other], span(t, "完成工业总产值286.43亿元", f"其他行业{other}亿元"), "F"),
    E([IND, IND], span(t, rowt[0], "完成工业总产值286.43亿元"), "H"),
    R(coal, IND, float(pc(coal, IND)), span(t, "完成工业总产值286.43亿元", f"的{pc(coal, IND)}%"), "C"),
    C(68.27, ig, span(t, "固定资产投资68.27亿元", f"增长{ig}%")),
    S(ig, [ig6, round(ig - ig6, 1)], span(t, f"增长{ig}%", f"1—6月增长{ig6}%"), "O"),
    S(inv, [a1, a2, a3], span(t, "固定资产投资68.27亿元", f"第三产业投资{a3}亿元"), "F"),
    R(a1, inv, float(pc(a1, inv)), span(t, "固定资产投资68.27亿元", f"{pc(a1, inv)}%"), "B"),
    R(a2, inv, float(pc(a2, inv)), span(t, "固定资产投资68.27亿元", f"、{pc(a2, inv)}%"), "B"),
    R(a3, inv, float(pc(a3, inv)), span(t, "固定资产投资68.27亿元", f"和{pc(a3, inv)}%"), "B"),
    B(41.26, 68.27, span(t, "固定资产投资68.27亿元", "完成投资41.26亿元"), "E"),
    S(94.16, [38.52, 55.64], span(t, "社会消费品零售总额94.16亿元", "限额以下单位消费品零售额55.64亿元"), "F"),
    R(12.47, 15.82, float(pc(12.47, 15.82)), span(t, "一般公共预算收入15.82亿元", f"税收占比{pc(12.47, 15.82)}%"), "C"),
    C(34218, float(gr(34218, 32746)), span(t, "城镇居民人均可支配收入34,218元", f"增长{gr(34218, 32746)}%"), "A", prev=32746),
)
rep.never("规模以上工业企业63户", "a count of firms")
rep.never("按可比价格计算增长6.3%", "a growth at comparable prices")
rep.never("亿元以上项目37个", "a count of projects")
rep.metric("fiscal.revenue", 15.82, "亿元", "一般公共预算收入15.82亿元")
rep.metric("fiscal.tax_revenue", 12.47, "亿元", "其中税收收入12.47亿元")
rep.metric("retail.total", 94.16, "亿元", "社会消费品零售总额94.16亿元")
rep.metric("income.per_capita.urban", 34218, "元", "城镇居民人均可支配收入34,218元")
