from common import B, C, E, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import fy_table, gk_table

rep = Report("yuncheng-gongan-xxgk-2022", "html", "云城市公安局", 2023,
             kind="云城市公安局2022年政府信息公开工作年度报告 (2023)",
             shape="HTML, national application table with rowspans (a planted 商业企业 cell), 复议/诉讼 row with 尚未审结, prose on 行政处罚 in 起 and 人 and 万元, 警情 beside applications, two shares over 办结, a change with its delta")
data = {"new": [162, 9, 0, 0, 4, 2],
        "gk": [38, 2, 0, 0, 1, 0], "bf": [11, 1, 0, 0, 0, 0], "n1": [4, 0, 0, 0, 0, 0], "n3": [6, 0, 0, 0, 0, 0],
        "n4": [9, 1, 0, 0, 0, 0], "n7": [17, 2, 0, 0, 1, 1], "n8": [8, 0, 0, 0, 0, 0],
        "w1": [31, 2, 0, 0, 1, 0], "w2": [5, 0, 0, 0, 0, 0], "c1": [14, 1, 0, 0, 0, 0],
        "c2": [9, 0, 0, 0, 1, 1], "c4": [3, 0, 0, 0, 0, 0], "o1": [2, 0, 0, 0, 0, 0], "fwd": [5, 0, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "html", typo={("gk", 1): 3}, cols_checked=(0, 6))
fy, frels = fy_table([4, 2, 0, 1], [3, 1, 0, 1], [1, 0, 0, 1], "html")
new, tot, fwd = s["new"], s["tot"], s["fwd"]
rep.text = f"""
<h2>云城市公安局2022年政府信息公开工作年度报告</h2>
<p>一、总体情况</p>
<p>2022年，全市公安机关共接报各类警情28.7万起，查处治安案件9,416起，处理违法人员12,085人，罚款1,962.4万元。市局通过"平安云城"网站和政务新媒体发布警情通报、交通管制、户政服务等信息3,618条，较上年增加402条，增长{gr(3618, 3216)}%。</p>
<p>全年收到政府信息公开申请{new}件，比上年减少19件，下降{gr(new, new + 19).lstrip('-')}%，主要涉及案件办理进度、交通事故认定和户籍档案。办结{tot}件，结转下年度{fwd}件。办结申请中，属于行政执法案卷而不予公开的{s['n7']}件，占办结总数的{pc(s['n7'], tot)}%；本机关不掌握相关信息的{s['w1']}件，占{pc(s['w1'], tot)}%。</p>
<p>因政府信息公开引发行政复议7件、行政诉讼7件，复议纠错2件。</p>
<p>二、收到和处理政府信息公开申请情况</p>
{gk}
<p>三、政府信息公开行政复议、行政诉讼情况</p>
{fy}
<p>四、存在的主要问题及改进情况</p>
<p>涉案信息公开与保密的界限把握不够统一。2023年将修订依申请公开审核规范。</p>
"""
t = rep.text
p2 = span(t, "全年收到政府信息公开申请", "%，主要涉及")
p3 = span(t, f"办结{tot}件", f"占{pc(s['w1'], tot)}%")
rep.add(
    C(3618, f(gr(3618, 3216)), span(t, "信息3,618条", "%"), "A", prev=3216),
    C(new, f(gr(new, new + 19)), p2, "A", prev=new + 19),
    S(new, [tot, fwd], span(t, "全年收到政府信息公开申请", f"结转下年度{fwd}件"), "E"),
    R(s["n7"], tot, f(pc(s["n7"], tot)), p3, "C"),
    R(s["w1"], tot, f(pc(s["w1"], tot)), p3, "C"),
    E([s["n7"], s["n7"]], span(t, f"不予公开的{s['n7']}件", rows["n7"]), "H"),
    B(2, 7, span(t, "因政府信息公开引发行政复议7件", "复议纠错2件"), "E"),
)
addt(rep, trels, frels)
rep.never("查处治安案件9,416起，处理违法人员12,085人", "persons beside cases: 12,085 > 9,416 is no error")
rep.never("接报各类警情28.7万起", "calls beside cases and applications")
rep.never("行政诉讼7件", "7 suits = the table's 5 直接起诉 + 2 复议后起诉, two group totals that the prose does not print")
