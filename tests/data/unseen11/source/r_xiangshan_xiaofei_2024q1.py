from common import C, E, R, Report, S, span
from tables import grid

rep = Report("xiangshan-xiaofei-2024q1", "html", "象山湾市市场监督管理局", 2024,
             kind="象山湾市2024年第一季度消费投诉举报情况通报", shape="HTML (浙江 style), 万件 其中, 调解成功率 over 办结 not 受理, 立案率 over 举报, a table of 万件 with nested 其中 rows, shares and a growth column (a planted share), per-万人 rate")
tab, rt = grid(["类别", "件数（万件）", "占投诉总量（%）", "同比增长（%）"],
               [["商品类", "1.52", "51.7", "8.6"], ["其中：食品", "0.41", "13.9", "-3.2"], ["家用电器", "0.23", "7.8", "12.0"],
                ["服务类", "1.42", "48.3", "15.1"], ["其中：预付式消费", "0.37", "12.6", "41.2"], ["教育培训", "0.19", "5.6", "-8.7"],
                ["合计", "2.94", "100.0", "12.4"]], "html")
rep.text = f"""
<html><head><meta charset="utf-8"><title>象山湾市2024年第一季度消费投诉举报情况通报</title></head><body>
<h2>象山湾市2024年第一季度消费投诉举报情况通报</h2>
<p>第一季度，全市市场监管部门通过全国12315平台、12345热线等渠道共受理消费者投诉举报咨询5.38万件，同比增长11.7%，其中投诉2.94万件、举报1.06万件、咨询1.38万件，为消费者挽回经济损失1,627.4万元，同比增长5.2%。</p>
<p>办结投诉2.87万件，按时办结率99.6%；投诉调解成功2.31万件，调解成功率80.5%。举报立案137件，立案率1.3%。全市每万人消费投诉量为27.6件（全市常住人口1,065万人）。</p>
<p>投诉分类情况见下表。</p>
{tab}
<p>预付式消费投诉同比增长41.2%，主要集中在美容美发、健身和教育培训领域。</p>
</body></html>
"""
p1 = "共受理消费者投诉举报咨询5.38万件，同比增长11.7%，其中投诉2.94万件、举报1.06万件、咨询1.38万件，为消费者挽回经济损失1,627.4万元，同比增长5.2%"
p2 = "办结投诉2.87万件，按时办结率99.6%；投诉调解成功2.31万件，调解成功率80.5%。举报立案137件，立案率1.3%"
tq = "\n".join(rt)
rep.add(
    C(53800, 11.7, p1),
    S(53800, [29400, 10600, 13800], p1),
    C(1627.4, 5.2, p1),
    R(23100, 28700, 80.5, p2, "C"),
    R(137, 10600, 1.3, span(rep.text, "举报1.06万件", "立案率1.3%"), "C"),
    R(29400, 10650000, 27.6, span(rep.text, "投诉2.94万件", "全市常住人口1,065万人"), "G", per=10000),
    S(2.94, [1.52, 1.42], tq, "T"),
    R(1.52, 2.94, 51.7, tq, "T"),
    R(0.41, 2.94, 13.9, tq, "T"),
    R(0.23, 2.94, 7.8, tq, "T"),
    R(1.42, 2.94, 48.3, tq, "T"),
    R(0.37, 2.94, 12.6, tq, "T"),
    R(0.19, 2.94, 5.6, tq, "T", bad="0.19 / 2.94 = 6.5%, printed 5.6 (digits swapped)"),
    S(100.0, [51.7, 48.3], tq, "T"),
    E([29400, 29400], span(rep.text, "其中投诉2.94万件", rt[-1]), "H"),
)
rep.never("按时办结率99.6%", "the count settled in time is not printed (2.87 / 2.94 = 97.6% is another rate)")
rep.never("<th>同比增长（%）</th>", "growth rates: they do not add up, and the 合计 growth is no mean of the rows")
rep.never("<td>其中：食品</td>", "nested 其中 rows: 食品 + 家用电器 do not make 商品类; no sum of the table lists them with the top rows")
rep.never("预付式消费投诉同比增长41.2%", "a growth rate printed beside shares, with no previous level")
