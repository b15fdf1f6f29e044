from common import B, C, E, R, Report, S, span
from u26 import addt, tgrid

rep = Report("qiaoxi-chengguan-fazhi-2022", "html", "桥西区城市管理局", 2023,
             kind="桥西区城市管理局2022年度法治政府建设情况报告 (2023, 城管)",
             shape="HTML; a table of 案件 by 季度 with 立案/结案 and a 全年 row (a planted 三季度 结案 cell), prose restating 全年 (H) and 上半年 as 一季度 + 二季度 (H), 结案率, 违建 拆除 with its delta, 数字城管 派遣 ≥ 处置")
rows = [["一季度", 286, 271], ["二季度", 342, 330], ["三季度", 318, 321], ["四季度", 296, 288], ["全年", "1,242", "1,218"]]
tab, trels, rowt = tgrid(["季度", "立案（件）", "结案（件）"], rows, "html", col_sums=(1, 2),
                         note="271 + 330 + 321 + 288 = 1,210, 全年 printed 1,218 (三季度 329 typed 321)")
rep.text = f"""
<html><body>
<h1>桥西区城市管理局2022年度法治政府建设情况报告</h1>
<p>一、行政执法办案情况</p>
{tab}
<p>全年立案1,242件，结案1,218件，结案率98.1%。其中上半年立案628件。</p>
<p>二、违法建设治理</p>
<p>全年拆除违法建设8.64万平方米，比上年多拆1.12万平方米，增长14.9%。</p>
<p>三、数字城管</p>
<p>数字城管平台全年派遣案件5.26万件，按期处置5.18万件，按期处置率98.5%。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
rep.add(
    E([1242, 1242], span(t, "<td>全年</td><td>1,242", "全年立案1,242件"), "H"),
    R(1218, 1242, 98.1, span(t, "全年立案1,242件", "结案率98.1%")),
    S(628, [286, 342], span(t, "<td>一季度</td><td>286", "上半年立案628件"), "H"),
    C(8.64, 14.9, span(t, "拆除违法建设8.64万平方米", "增长14.9%"), "A", prev=7.52),
    B(51800, 52600, span(t, "派遣案件5.26万件", "按期处置5.18万件"), "E"),
    R(51800, 52600, 98.5, span(t, "派遣案件5.26万件", "按期处置率98.5%")),
)
rep.never("<tr><td>三季度</td><td>318</td><td>321</td></tr>", "结案 above 立案 in a quarter: cases filed in an earlier quarter closed in this one")
