from common import B, C, E, R, Report, S, span
from tables import fy_table, gk_table

rep = Report("nanhu-jiedao-xxgk-2020", "html", "南湖区桂园街道办事处", 2021,
             kind="桂园街道办事处2020年政府信息公开工作年度报告 (2021, 广东 street)",
             shape="HTML, national table with rowspans and a planted 自然人 cell (row and column), prose restating it with 分别, 宗 and 件 mixed, counts of 社区 beside applications")
data = {"new": [21, 2, 0, 0, 0, 1],
        "gk": [8, 1, 0, 0, 0, 0], "bf": [3, 0, 0, 0, 0, 0], "n7": [1, 0, 0, 0, 0, 0],
        "w1": [5, 1, 0, 0, 0, 1], "c2": [2, 0, 0, 0, 0, 0], "fwd": [2, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "html", typo={("gk", 0): 9})
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
rep.text = f"""<html><head><meta charset="utf-8"><title>桂园街道办事处2020年政府信息公开工作年度报告</title></head><body>
<h2>桂园街道办事处2020年政府信息公开工作年度报告</h2>
<p>本年度报告根据《中华人民共和国政府信息公开条例》要求，由桂园街道办事处编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。</p>
<h3>一、总体情况</h3>
<p>2020年，街道通过区政府门户网站街道专栏主动公开信息1,284条，比2019年增加137条，增长11.9%。街道下辖14个社区居委会全部设立政务公开栏，更新公开内容3,060余期次。</p>
<p>全年共收到政府信息公开申请24宗，比上年减少5宗，下降17.2%。其中自然人申请21宗，法人或者其他组织申请3宗。办结22宗，办结率91.7%，另有2宗结转下年度继续办理。从答复类型来看，予以公开、部分公开、不予公开和无法提供的分别为9宗、3宗、1宗和7宗，不予处理2宗。</p>
<p>涉及征地拆迁、旧村改造的申请11宗，占全年申请总数的45.8%；上述申请均已在法定期限内答复。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1"><tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>规范性文件</td><td>2</td><td>2</td><td>17</td></tr></table>
<h3>三、收到和处理政府信息公开申请情况</h3>
{gk}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{fy}
<p>全年因政府信息公开被申请行政复议1宗，复议机关维持原答复；未发生行政诉讼。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>社区层面公开内容更新不及时。2021年，街道将落实专人每月检查14个社区公开栏。</p>
</body></html>
"""
t = rep.text
p1 = "主动公开信息1,284条，比2019年增加137条，增长11.9%"
p2 = span(t, "全年共收到政府信息公开申请24宗", "不予处理2宗。")
rep.add(
    C(1284, 11.9, p1, "A", prev=1147),
    C(24, -17.2, p2, "A", prev=29),
    S(24, [21, 3], p2),
    S(24, [22, 2], p2, "H"),
    R(22, 24, 91.7, p2),
    S(22, [9, 3, 1, 7, 2], p2, "B"),
    R(11, 24, 45.8, span(t, "全年共收到政府信息公开申请24宗", "占全年申请总数的45.8%"), "C"),
    B(11, 24, span(t, "全年共收到政府信息公开申请24宗", "占全年申请总数的45.8%"), "E"),
    E([1, 1], span(t, "<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td>", "被申请行政复议1宗"), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("比2019年增加137条", "137 = 1,284 - 1,147 is stated in the change r1 (previous value)")
rep.never("街道下辖14个社区居委会全部设立政务公开栏，更新公开内容3,060余期次", "counts of units and postings, no relation to 1,284")
rep.never("<tr><td>规范性文件</td><td>2</td><td>2</td><td>17</td></tr>", "对外公开总数量 is a stock, not 2 + 2")
rep.never("比上年减少5宗", "the absolute decrease is the previous value of r2")
