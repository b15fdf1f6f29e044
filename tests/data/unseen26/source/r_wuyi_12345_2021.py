from common import B, C, E, R, Report, S, span

rep = Report("wuyi-12345-2021", "html", "武夷市12345政务服务热线管理中心", 2022,
             kind="武夷市12345政务服务热线2021年度数据分析报告 (2022, 12345 annual)",
             shape="HTML; a table with rowspan groups (诉求类型 under 受理, 办理 under 转办) and a colspan header, 小计 rows inside the groups and a 总计 row (a planted 小计 cell), prose with 同比 and its delta, 工单 per 万人 over 常住人口 (G), 回访 满意 with 基本满意 (H), 重复诉求 share")
tab = """<table border="1">
<tr><th colspan="2">项目</th><th>件数</th><th>占比（%）</th></tr>
<tr><td rowspan="5">受理诉求</td><td>咨询</td><td>186,420</td><td>47.2</td></tr>
<tr><td>求助</td><td>84,216</td><td>21.3</td></tr>
<tr><td>投诉举报</td><td>98,634</td><td>25.0</td></tr>
<tr><td>意见建议</td><td>25,730</td><td>6.5</td></tr>
<tr><td>小计</td><td>395,000</td><td>100.0</td></tr>
<tr><td rowspan="3">办理方式</td><td>直接答复</td><td>268,412</td><td>68.0</td></tr>
<tr><td>转办承办单位</td><td>126,588</td><td>32.0</td></tr>
<tr><td>小计</td><td>359,000</td><td>100.0</td></tr>
</table>"""
rep.text = f"""
<html><body>
<h2>武夷市12345政务服务热线2021年度数据分析报告</h2>
<p>一、受理概况。2021年热线共受理群众诉求39.5万件，同比增加4.6万件，增长13.2%。按全市常住人口128.6万人计算，每万人诉求量3,072件。</p>
{tab}
<p>二、回访评价。对转办件回访112,486件，群众表示满意的98,264件、基本满意的10,816件、不满意的3,406件；满意率（含基本满意）97.0%。</p>
<p>三、重复诉求。同一诉求人就同一事项重复来电的诉求18,462件，占受理总量的4.7%。</p>
</body></html>
"""
t = rep.text
body = span(t, "<td>咨询</td>", "<td>小计</td><td>395,000</td><td>100.0</td>")
rep.add(
    C(395000, 13.2, span(t, "受理群众诉求39.5万件", "增长13.2%"), "A", prev=349000),
    R(395000, 1286000, 3072, span(t, "受理群众诉求39.5万件", "每万人诉求量3,072件"), "G", per=10000),
    S(395000, [186420, 84216, 98634, 25730], body, "T"),
    S(100.0, [47.2, 21.3, 25.0, 6.5], body, "T"),
    R(186420, 395000, 47.2, body, "T"),
    R(84216, 395000, 21.3, body, "T"),
    R(98634, 395000, 25.0, body, "T"),
    R(25730, 395000, 6.5, body, "T"),
    S(359000, [268412, 126588], span(t, "<td>直接答复</td>", "<td>小计</td><td>359,000</td>"), "T",
      bad="268,412 + 126,588 = 395,000, 小计 printed 359,000 (digits swapped)"),
    S(100.0, [68.0, 32.0], span(t, "<td>直接答复</td>", "<td>小计</td><td>359,000</td><td>100.0</td>"), "T"),
    # the 占比 column is over 受理 (395,000) in both groups: 68.0 and 32.0 are shares of it, and so is the 小计's 100.0
    R(268412, 395000, 68.0, span(t, "<td>小计</td><td>395,000</td>", "<td>直接答复</td><td>268,412</td><td>68.0</td>"), "T"),
    R(126588, 395000, 32.0, span(t, "<td>小计</td><td>395,000</td>", "<td>转办承办单位</td><td>126,588</td><td>32.0</td>"), "T"),
    R(359000, 395000, 100.0, span(t, "<td>小计</td><td>395,000</td>", "<td>小计</td><td>359,000</td><td>100.0</td>"), "T",
      bad="359,000 / 395,000 = 90.9%, 小计 占比 printed 100.0 (the 小计 395,000 with digits swapped)"),
    E([395000, 395000], span(t, "受理群众诉求39.5万件", "<td>小计</td><td>395,000</td>"), "H"),
    S(112486, [98264, 10816, 3406], span(t, "回访112,486件", "不满意的3,406件"), "F"),
    R(18462, 395000, 4.7, span(t, "受理群众诉求39.5万件", "占受理总量的4.7%"), "C"),
    B(112486, 126588, span(t, "<td>转办承办单位</td><td>126,588</td>", "回访112,486件"), "E"),
)
rep.never("满意率（含基本满意）97.0%", "its numerator 98,264 + 10,816 = 109,080 is not printed (109,080 / 112,486 = 97.0% holds)")
