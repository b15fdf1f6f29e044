from common import E, R, Report, S, span
from u33 import addt, pc, tgrid

rep = Report("tiexi-qu-fenxi-2023h1", "txt", "沈北湾区统计局", 2023,
             kind="沈北湾区2023年上半年经济运行情况分析 (2023, 统计 经济运行分析, 辽宁 区)",
             shape="txt (no wrapping); a space-aligned table of 街道 with 规上工业产值 / 同比% / 占全区% and a 全区 row (T: column sum and the share per row over the printed 全区; a planted 全区 sum, the shares computed over it), prose restating (H), 二季度 = 上半年 − 一季度 (H), 增速 比一季度 加快 (a sum), 社零 by 行业 with 分别 (B), 财政 with 税收 and 非税 (F), 税收 share (C), 房地产 销售 (traps), 招商 到位 over 签约 (C)")
st = [["虎石台街道", 86.42], ["道义街道", 64.18], ["蒲河街道", 48.36], ["新城子街道", 36.74], ["财落街道", 22.48]]
tot = round(sum(v for _, v in st), 2)
body = [[a, f"{v:.2f}", g, pc(v, 256.18)] for (a, v), g in zip(st, ["7.6", "5.2", "9.4", "3.8", "-2.6"], strict=True)]
body.append(["全区合计", "256.18", "6.2", "100.0"])
tab, trels, rowt = tgrid(["街道", "规上工业产值（亿元）", "同比（%）", "占全区（%）"], body, "txt", col_sums=(1,),
                         note=f"the 街道 cells add to {tot:.2f}, 全区合计 printed 256.18 (planted)")
rep.text = f"""沈北湾区2023年上半年经济运行情况分析

沈北湾区统计局　2023年7月26日

　　上半年，全区经济持续恢复，主要指标增速好于一季度。

　　一、工业生产加快恢复

　　上半年，全区规模以上工业总产值{tot:.2f}亿元，同比增长6.2%，增速比一季度加快1.8个百分点（一季度增长4.4%）。其中一季度完成118.64亿元，二季度完成{tot - 118.64:.2f}亿元。分街道情况如下：

{tab}

　　注：占全区比重按各街道产值占全区合计计算。

　　二、投资和招商

　　全区固定资产投资同比增长5.4%。全区新签约招商项目46个，签约额186.4亿元，到位资金42.6亿元，资金到位率{pc(42.6, 186.4)}%。商品房销售面积32.6万平方米，下降14.2%。

　　三、消费市场

　　上半年，全区社会消费品零售总额68.42亿元，增长7.8%。其中批发业、零售业、住宿业、餐饮业零售额分别为12.46亿元、44.18亿元、1.64亿元和10.14亿元，分别增长5.2%、6.9%、18.4%和14.6%。

　　四、财政收支

　　上半年，全区一般公共预算收入18.64亿元，增长9.2%。其中税收收入14.26亿元，非税收入4.38亿元；税收收入占{pc(14.26, 18.64)}%。一般公共预算支出32.46亿元，增长3.4%。

　　五、需关注的问题

　　财落街道工业产值同比下降2.6%，主要是1户重点企业停产检修；房地产市场仍处调整期。
"""
t = rep.text
addt(rep, trels)
for i in range(5):
    rep.add(R(st[i][1], 256.18, float(body[i][3]), "\n".join(rowt[i:6]), "T",
              bad=f"{st[i][1]} / 256.18 = {pc(st[i][1], 256.18)}%, printed {body[i][3]}: the share fits the true {tot:.2f}, not the printed 全区 (planted)" if pc(st[i][1], 256.18) != body[i][3] else None))
rep.add(
    S(6.2, [4.4, 1.8], span(t, "同比增长6.2%", "一季度增长4.4%")),
    S(tot, [118.64, round(tot - 118.64, 2)], span(t, f"规模以上工业总产值{tot:.2f}亿元", f"二季度完成{tot - 118.64:.2f}亿元"), "H"),
    E([tot, 256.18], span(t, f"规模以上工业总产值{tot:.2f}亿元", rowt[-1]), "H", bad=f"the prose gives {tot:.2f}, the table's 全区合计 256.18 (planted)"),
    R(42.6, 186.4, float(pc(42.6, 186.4)), span(t, "签约额186.4亿元", f"资金到位率{pc(42.6, 186.4)}%"), "C"),
    S(68.42, [12.46, 44.18, 1.64, 10.14], span(t, "社会消费品零售总额68.42亿元", "和10.14亿元"), "B"),
    S(18.64, [14.26, 4.38], span(t, "一般公共预算收入18.64亿元", "非税收入4.38亿元"), "F"),
    R(14.26, 18.64, float(pc(14.26, 18.64)), span(t, "一般公共预算收入18.64亿元", f"税收收入占{pc(14.26, 18.64)}%"), "C"),
)
rep.never("商品房销售面积32.6万平方米，下降14.2%", "a change with no previous, a trap of unit")
rep.never("同比（%）", "growths per 街道 with no previous printed")
# (added after the never-tuned run: the 占比 column, computed over the planted 全区 256.18, adds to 100.8, not 100.0)
rep.add(S(100.0, [float(b[3]) for b in body[:5]], "\n".join(rowt), "T",
          bad="the 占比 cells add to 100.8 (they are over the planted 全区 256.18), the 全区 row prints 100.0"))
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('retail.total', 68.42, '亿元', '全区社会消费品零售总额68.42亿元')
rep.metric('fiscal.revenue', 18.64, '亿元', '全区一般公共预算收入18.64亿元')
rep.metric('fiscal.tax_revenue', 14.26, '亿元', '其中税收收入14.26亿元')
rep.metric('fiscal.expenditure', 32.46, '亿元', '一般公共预算支出32.46亿元')
