from common import B, C, E, R, Report, S, span
from u25 import addt, tgrid

rep = Report("yanling-guozi-2021", "html", "延陵县人民政府", 2022,
             kind="延陵县人民政府关于2021年度国有资产管理情况的综合报告 (2022, 国有资产)",
             shape="HTML; 企业 资产/负债 with 资产负债率 and 国有资本权益 (a part of 所有者权益, a trap), a planted growth with the previous value in brackets, 行政事业 资产 − 负债 = 净资产 (H) with 其中 by kind, a table of 资产构成 with 占比 (a planted 在建工程 cell; the shares add to 100.1), 营业收入 and 利润, 土地 in 平方公里 beside 耕地 in 亩")
rows = [["流动资产", "38.46", "30.4"], ["固定资产", "52.18", "41.3"], ["在建工程", "21.43", "16.9"],
        ["无形资产", "4.62", "3.7"], ["其他资产", "9.88", "7.8"], ["合计", "126.48", "100.0"]]
tab, trels, rt = tgrid(["资产类别", "金额（亿元）", "占比（%）"], rows, "html", col_sums=(1,),
                       note="38.46 + 52.18 + 21.43 + 4.62 + 9.88 = 126.57, 合计 printed 126.48 (在建工程 21.34 with digits swapped)")
for i in range(5):
    trels.append(R(float(rows[i][1]), 126.48, float(rows[i][2]), tab[tab.index(rt[i]):], "T"))
rep.text = f"""
<html><head><meta charset="utf-8"><title>延陵县2021年度国有资产管理情况的综合报告</title></head><body>
<h2>延陵县人民政府关于2021年度国有资产管理情况的综合报告</h2>
<h3>一、企业国有资产</h3>
<p>2021年末，全县国有企业62户，其中县属一级企业14户。资产总额486.32亿元，较上年（438.26亿元）增长10.2%；负债总额298.46亿元，资产负债率61.4%；国有资本权益172.14亿元。全年实现营业收入38.62亿元，利润总额2.14亿元，同比增长12.6%。</p>
<h3>二、行政事业性国有资产</h3>
<p>全县行政事业性国有资产总额126.48亿元，负债总额12.36亿元，净资产114.12亿元。其中行政单位资产48.62亿元，事业单位资产77.86亿元。</p>
<p>表1　行政事业性国有资产构成</p>
{tab}
<h3>三、国有自然资源</h3>
<p>全县土地总面积1,862平方公里，其中耕地46.28万亩。</p>
</body></html>
"""
t = rep.text
a = span(t, "资产总额486.32亿元", "资产负债率61.4%")
x = span(t, "行政事业性国有资产总额126.48亿元", "事业单位资产77.86亿元")
rep.add(
    C(486.32, 10.2, a, "A", prev=438.26, bad="(486.32 − 438.26) / 438.26 = 11.0%, printed 10.2%"),
    R(298.46, 486.32, 61.4, a),
    B(298.46, 486.32, a, "E"),
    C(2.14, 12.6, span(t, "利润总额2.14亿元", "增长12.6%")),
    S(126.48, [12.36, 114.12], x, "H"),
    S(126.48, [48.62, 77.86], x),
    E([126.48, 126.48], span(t, "行政事业性国有资产总额126.48亿元", rt[5]), "H"),
)
addt(rep, trels)
rep.never("国有资本权益172.14亿元", "国有资本权益 is the state's part of 所有者权益 (486.32 − 298.46 = 187.86), not equal to it")
rep.never("全县国有企业62户，其中县属一级企业14户", "enterprises beside amounts; a non-exhaustive 其中")
rep.never("全县土地总面积1,862平方公里，其中耕地46.28万亩", "平方公里 beside 亩")
rep.never("<tr><td>合计</td><td>126.48</td><td>100.0</td></tr>", "the 占比 column adds to 100.1 by rounding")
