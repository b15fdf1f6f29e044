from common import B, E, R, Report, S, span
from u25 import addt, tgrid

rep = Report("taiping-yuebao-2024", "html", "太平市统计局", 2024,
             kind="太平市2024年1-8月经济运行简况（统计月报） (2024, city)",
             shape="HTML; 1-8月 = 1-7月 + 8月 (H), a rate 百分点 against 1-7月 in brackets, 限上 share, a table of 社零 by 县区 with 占比 (a planted share; the shares add to 100.1), 预算 完成 over the year's budget (C), 税收 share, 亏损面 over 规上企业 a paragraph up, 当月 beside 累计, 环比 with no base")
rows = [["太平区", "124.36", "5.8", "32.2"], ["东林区", "98.72", "4.9", "25.6"], ["清溪县", "61.24", "5.1", "15.9"],
        ["双河县", "54.18", "4.6", "14.6"], ["望城县", "47.74", "5.4", "12.4"], ["全市", "386.24", "5.2", "100.0"]]
tab, trels, rt = tgrid(["县（市、区）", "1-8月社零（亿元）", "同比增长（%）", "占全市比重（%）"], rows, "html", col_sums=(1,))
for i in range(5):
    r = R(float(rows[i][1]), 386.24, float(rows[i][3]), tab[tab.index(rt[i]):], "T")
    if i == 3:
        r["note"] = "54.18 / 386.24 = 14.0%, printed 14.6 (planted typo)"
    trels.append(r)
r = S(100.0, [float(rows[i][3]) for i in range(5)], tab[tab.index(rt[0]):tab.index(rt[5]) + len(rt[5])], "T")
r["note"] = "32.2 + 25.6 + 15.9 + 14.6 + 12.4 = 100.7, 全市 printed 100.0 (双河县 14.0 typed 14.6; the true shares add to 100.1 by rounding) — added after the first run: the column's 合计 states it"
trels.append(r)
rep.text = f"""
<html><head><meta charset="utf-8"><title>太平市2024年1-8月经济运行简况</title></head><body>
<h2>太平市2024年1-8月经济运行简况</h2>
<p><b>工业。</b>全市606家规上工业企业1-7月实现增加值412.6亿元，8月当月完成58.3亿元，1-8月累计470.9亿元，同比增长6.4%。规上工业企业中亏损企业86家，亏损面14.2%。</p>
<p><b>消费。</b>1-8月，全市社会消费品零售总额386.24亿元，同比增长5.2%，增速比1-7月（4.9%）提高0.3个百分点。其中限额以上单位消费品零售额142.68亿元，占36.9%。8月份社零49.86亿元，环比增长2.1%。</p>
<p>表1　1-8月各县（市、区）社会消费品零售总额</p>
{tab}
<p><b>财政。</b>1-8月，全市一般公共预算收入68.42亿元，同比增长3.6%，完成年度预算106.4亿元的64.3%。其中税收收入51.26亿元，占一般公共预算收入的74.9%。</p>
</body></html>
"""
t = rep.text
a = span(t, "1-7月实现增加值412.6亿元", "1-8月累计470.9亿元")
c = span(t, "全市社会消费品零售总额386.24亿元", "占36.9%")
f = span(t, "一般公共预算收入68.42亿元", "占一般公共预算收入的74.9%")
rep.add(
    S(470.9, [412.6, 58.3], a, "H"),
    R(86, 606, 14.2, span(t, "全市606家规上工业企业", "亏损面14.2%"), "C"),
    B(86, 606, span(t, "全市606家规上工业企业", "亏损企业86家"), "D"),
    S(5.2, [4.9, 0.3], c, "A"),
    R(142.68, 386.24, 36.9, c),
    E([386.24, 386.24], span(t, "社会消费品零售总额386.24亿元", rt[5]), "H"),
    R(68.42, 106.4, 64.3, f, "C"),
    R(51.26, 68.42, 74.9, f, "C"),
)
addt(rep, trels)
rep.never("8月份社零49.86亿元，环比增长2.1%", "环比 over July's month, not printed")
rep.never("<tr><td>全市</td><td>386.24</td><td>5.2</td><td>100.0</td></tr>", "the 全市 growth is weighted, not a sum of the rows' growth")
rep.never("8月当月完成58.3亿元", "a month beside the cumulative: 1-8月 growth is not the month's")
