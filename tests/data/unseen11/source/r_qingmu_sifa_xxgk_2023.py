from common import B, E, Report, S, span
from tables import fy_table, gk_table, grid

rep = Report("qingmu-sifa-xxgk-2023", "html", "青木县司法局", 2023,
             kind="青木县司法局2023年政府信息公开工作年度报告", shape="HTML, national tables with carry-in 上年结转 (a planted 总计 cell), 主动公开 table whose 现行有效 is no difference, channels that overlap, prose = table")
data = {"new": [20, 2, 0, 0, 1, 0], "old": [2, 0, 0, 0, 0, 0], "gk": [12, 1, 0, 0, 1, 0], "bf": [3, 0, 0, 0, 0, 0],
        "n4": [1, 0, 0, 0, 0, 0], "n7": [1, 0, 0, 0, 0, 0], "w1": [3, 1, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0],
        "fwd": [1, 0, 0, 0, 0, 0]}
gk, gkrels, rowt = gk_table(data, "html", typo={("w1", 6): 5}, note="无法提供 row: 3 + 1 = 4, 总计 printed 5 (planted); the 总计 column then adds to 25, (七)总计 printed 24")
zd, zdrows = grid(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                  [["规章", 0, 0, 0], ["行政规范性文件", 2, 1, 9]], "html")
xk, xkrows = grid(["信息内容", "本年处理决定数量"], [["行政许可", 37], ["行政处罚", 6], ["行政强制", 0]], "html")
fy, fyrels = fy_table([1, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "html")
rep.text = f"""
<html><head><meta charset="utf-8"><title>青木县司法局2023年政府信息公开工作年度报告</title></head><body>
<h2>青木县司法局2023年政府信息公开工作年度报告</h2>
<p>本报告依据《中华人民共和国政府信息公开条例》第五十条规定编制。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。</p>
<h3>一、总体情况</h3>
<p>（一）主动公开。全年通过县政府门户网站发布信息386条，其中政策解读21篇；通过“青木司法”微信公众号发布信息512条，部分信息在两个渠道同时发布。</p>
<p>（二）依申请公开。本年新收政府信息公开申请23件，加上上年结转2件，共计25件；已办结24件，结转下年度继续办理1件。办结的申请中，予以公开14件，部分公开3件，不予公开2件，无法提供4件，不予处理1件。</p>
<h3>二、主动公开政府信息情况</h3>
{zd}
{xk}
<h3>三、收到和处理政府信息公开申请情况</h3>
{gk}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
<p>全年因政府信息公开被申请行政复议1件（2022年0件），被提起行政诉讼1件，均未被纠正。</p>
{fy}
<h3>五、存在的主要问题及改进情况</h3>
<p>2022年度报告中提出的3项改进措施已全部落实。</p>
</body></html>
"""
p2 = "本年新收政府信息公开申请23件，加上上年结转2件，共计25件；已办结24件，结转下年度继续办理1件"
rep.add(
    S(25, [23, 2], p2, "F"),
    S(25, [24, 1], p2, "F"),
    S(24, [14, 3, 2, 4, 1], p2 + "。办结的申请中，予以公开14件，部分公开3件，不予公开2件，无法提供4件，不予处理1件", "F"),
    B(21, 386, "发布信息386条，其中政策解读21篇", "D"),
    E([23, 23], span(rep.text, "本年新收政府信息公开申请23件", rowt["new"]), "H"),
    E([14, 14], span(rep.text, "予以公开14件", rowt["gk"]), "H"),
    E([1, 1], span(rep.text, "被申请行政复议1件", fyrels[0]["quote"]), "H"),
)
for r in gkrels + fyrels:
    rep.add(r)
rep.never("通过“青木司法”微信公众号发布信息512条，部分信息在两个渠道同时发布", "publication channels overlap: 386 and 512 are no parts of a whole")
rep.never("<td>行政规范性文件</td><td>2</td><td>1</td><td>9</td>", "现行有效 is a stock: not 制发 − 废止")
rep.never("（2022年0件）", "last year's count in brackets: no change is stated")
rep.never("2022年度报告中提出的3项改进措施", "measures of another year's report")
