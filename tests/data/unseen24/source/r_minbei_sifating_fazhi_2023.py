from common import B, C, E, R, Report, S, span

rep = Report("minbei-sifating-fazhi-2023", "html", "岷北省司法厅", 2024,
             kind="岷北省2023年法治政府建设情况综述（省司法厅） (2024, 省级 province-wide summary)",
             shape="HTML; 规范性文件 by level with 其中, 复议 收到 in 万件 with the previous year in brackets, 受理率, 审结 outcomes with 其中 in 万件 and 纠错率, a table by 市州 grouped by 片区 with rowspans (收到, 受理, 受理率; a planted rate) whose 合计 the prose restates, 出庭率 and 持证 stocks over bases not printed")
rows = [("东部片区", "岷州市", "6,214", "5,702", "91.8"), (None, "青原市", "4,186", "3,781", "90.3"),
        ("西部片区", "雪岭市", "5,032", "4,498", "89.9"), (None, "河源市", "3,876", "3,512", "90.6"),
        (None, "白川州", "2,092", "1,801", "86.1"), ("省本级", None, "2,000", "1,806", "90.3")]
trs = []
for g, c, a, b, r in rows:
    if g == "东部片区":
        head = f'<td rowspan="2">{g}</td><td>{c}</td>'
    elif g == "西部片区":
        head = f'<td rowspan="3">{g}</td><td>{c}</td>'
    elif g == "省本级":
        head = f'<td colspan="2">{g}</td>'
    else:
        head = f"<td>{c}</td>"
    trs.append(f"<tr>{head}<td>{a}</td><td>{b}</td><td>{r}</td></tr>")
trs.append('<tr><td colspan="2">合计</td><td>23,400</td><td>21,100</td><td>90.2</td></tr>')
tab = ('<table border="1">\n<tr><th colspan="2">地区</th><th>收到复议申请（件）</th><th>受理（件）</th><th>受理率（%）</th></tr>\n'
       + "\n".join(trs) + "\n</table>")
rep.text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>岷北省2023年法治政府建设情况综述</title></head><body>
<h1>岷北省2023年法治政府建设情况综述</h1>
<p class="src">来源：岷北省司法厅　发布日期：2024-03-28</p>
<p>2023年，全省各地各部门深入推进法治政府建设，现将全省总体情况综述如下。</p>
<h2>一、依法行政制度体系</h2>
<p>全省县级以上人民政府共制定行政规范性文件1,846件，其中省政府42件、市级政府396件、县级政府1,408件，全部按规定报送备案。</p>
<h2>二、行政复议</h2>
<p>全省各级行政复议机构共收到复议申请2.34万件（上年1.98万件），增长18.2%；受理2.11万件，受理率90.2%。</p>
<p>全年审结1.96万件（含上年结转），其中维持1.23万件，驳回0.21万件，撤销、变更、确认违法等纠错0.28万件，终止0.24万件，纠错率14.3%。</p>
<p>各市州情况见下表：</p>
{tab}
<h2>三、行政应诉和执法监督</h2>
<p>全年全省受理行政复议案件2.12万件，有效发挥了化解行政争议主渠道作用。全省行政机关负责人出庭应诉率97.6%，全省持证行政执法人员8.62万人。</p>
</body></html>
"""
t = rep.text
tabq = span(t, "<th>受理率（%）</th></tr>", "<td>90.2</td></tr>")
pf = span(t, "共收到复议申请2.34万件", "受理率90.2%")
ratios = [(5702, 6214, 91.8), (3781, 4186, 90.3), (4498, 5032, 89.9), (3512, 3876, 90.6), (1801, 2092, 86.1),
          (1806, 2000, 90.3), (21100, 23400, 90.2)]
rels = [
    S(1846, [42, 396, 1408], span(t, "规范性文件1,846件", "县级政府1,408件")),
    C(23400, 18.2, span(t, "2.34万件", "增长18.2%"), "A", prev=19800),
    R(21100, 23400, 90.2, pf),
    B(21100, 23400, pf, "E"),
    S(19600, [12300, 2100, 2800, 2400], span(t, "审结1.96万件", "终止0.24万件")),
    R(2800, 19600, 14.3, span(t, "审结1.96万件", "纠错率14.3%"), "C"),
    S(23400, [6214, 4186, 5032, 3876, 2092, 2000], tabq, "T"),
    S(21100, [5702, 3781, 4498, 3512, 1801, 1806], tabq, "T"),
]
for n, d, p in ratios:
    if n == 4498:
        rels.append(R(n, d, p, tabq, "T", bad="4,498 / 5,032 = 89.4%, printed 89.9"))
    else:
        rels.append(R(n, d, p, tabq, "T"))
rels += [
    E([23400, 23400], span(t, "共收到复议申请2.34万件", "<td>23,400</td>"), "H"),
    E([21100, 21100], span(t, "受理2.11万件", "<td>21,100</td>"), "H"),
]
rep.add(*rels)
rep.never("全年审结1.96万件（含上年结转）", "审结 beside 受理: the carry-over is not printed")
rep.never("全省行政机关负责人出庭应诉率97.6%，全省持证行政执法人员8.62万人", "a rate over a base not printed; a stock")

rep.add(E([21100, 21200], span(t, "受理2.11万件", "受理行政复议案件2.12万件"), "H", bad="受理 is 2.11万 above and in the table, 2.12万 in the last section"))

rep.shape += "; 受理 restated in the last section (planted)"
