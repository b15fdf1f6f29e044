from common import C, E, R, Report, S, span
from tables import grid

rep = Report("anning-12345-2024q4", "html", "安宁区人民政府办公室", 2025,
             kind="安宁区12345热线2024年第四季度诉求分析报告 (2025)",
             shape="HTML, three months with 分别 adding to the quarter, the quarter as a share of the year's cumulative, an HTML table of 诉求类别 with 本季度/占比/上季度/环比 and 合计 row (a planted 环比), a 直办率 with no base")
body = [["城乡建设", "5,862", "28.4", "5,413", "8.3"], ["社会保障", "3,917", "19.0", "4,206", "-6.9"],
        ["市场监管", "3,264", "15.8", "3,088", "5.7"], ["交通运输", "2,735", "13.3", "2,542", "7.9"],
        ["教育卫生", "2,108", "10.2", "2,317", "-9.0"], ["其他", "2,738", "13.3", "2,614", "4.7"],
        ["合计", "20,624", "100.0", "20,180", "2.2"]]
tab, rows = grid(["诉求类别", "本季度（件）", "占比（%）", "上季度（件）", "环比（%）"], body, "html")
rep.text = """
<html><body>
<h2>安宁区12345热线2024年第四季度诉求分析报告</h2>
<p>第四季度，全区12345热线共受理诉求20,624件，10月、11月、12月分别受理6,918件、6,705件、7,001件，直办率61.2%。全年累计受理81,326件，四季度占全年的25.4%。</p>
<p>分类别情况见下表。</p>
""" + tab + """
</body></html>
"""
t = rep.text
reg = span(t, rows[0], rows[6])
a = [5862, 3917, 3264, 2735, 2108, 2738]
b = [5413, 4206, 3088, 2542, 2317, 2614]
sh = [28.4, 19.0, 15.8, 13.3, 10.2, 13.3]
ch = [8.3, -6.9, 5.7, 7.9, -9.0, 4.7]
rep.add(
    S(20624, [6918, 6705, 7001], span(t, "共受理诉求20,624件", "7,001件"), "B"),
    R(20624, 81326, 25.4, span(t, "共受理诉求20,624件", "全年的25.4%"), "C"),
    E([20624, 20624], span(t, "共受理诉求20,624件", rows[6]), "H"),
    S(20624, a, reg, "T"),
    S(20180, b, reg, "T"),
    C(20624, 2.2, rows[6], "T", prev=20180),
)
for i in range(6):
    rep.add(R(a[i], 20624, sh[i], reg, "T"))
    if i == 3:
        rep.add(C(a[i], ch[i], rows[i], "T", prev=b[i], bad="2,735 / 2,542 = +7.6%, printed 7.9"))
    else:
        rep.add(C(a[i], ch[i], rows[i], "T", prev=b[i]))
rep.never("直办率61.2%", "直办 count not printed")
rep.never("全年累计受理81,326件", "cumulative beside the quarter; the other quarters not printed")
