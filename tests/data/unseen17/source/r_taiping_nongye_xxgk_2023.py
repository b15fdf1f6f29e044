from common import C, E, R, Report, S, span
from h17 import gk, col, tot
from tables import gk_table, fy_table

rep = Report("taiping-nongye-xxgk-2023", "html", "太平区农业农村局", 2024,
             kind="太平区农业农村局2023年政府信息公开工作年度报告 (2024)",
             shape="HTML, the application table with rowspans, 复议/诉讼 table, prose on 粮食 in 万吨 and 亩, 补贴 in 万元 with 户, 均 over 村, 高标准农田 share, a planted 补贴 sum and a planted 复议 total")
d = gk({"new": [33, 3, 0, 0, 0, 1], "gk": [12, 1, 0, 0, 0, 0], "bf": [4, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0],
        "w1": [9, 2, 0, 0, 0, 1], "c1": [2, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "html")
ftab, frels = fy_table([2, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 0], "html", printed_totals=(4, None, None))
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""<html><body>
<h2>太平区农业农村局2023年政府信息公开工作年度报告</h2>
<p>一、总体情况</p>
<p>2023年，全区粮食播种面积42.16万亩，粮食总产量18.37万吨，比上年增长2.4%。建成高标准农田3.2万亩，累计达到27.8万亩，占耕地面积（36.5万亩）的76.2%。</p>
<p>全年发放耕地地力保护补贴3,164.2万元，惠及农户5.86万户；发放农机购置补贴1,208.5万元，补贴机具1,342台（套）。以上两项补贴合计4,362.7万元。全区126个行政村均建立了村级惠农资金公示栏，每村每季度公示1次，全年共公示504次。</p>
<p>全年主动公开信息468条。新收政府信息公开申请{new}件，办结{done}件，结转下年度{fwd}件。因政府信息公开被申请行政复议4件。</p>
<p>二、主动公开政府信息情况</p>
<table border="1"><tr><td>行政许可</td><td>本年处理决定数量</td><td>214</td></tr><tr><td>行政处罚</td><td>本年处理决定数量</td><td>37</td></tr></table>
<p>三、收到和处理政府信息公开申请情况</p>
{tab}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{ftab}
<p>五、存在的主要问题及改进情况</p>
<p>涉农补贴公示的规范性仍需加强。</p>
</body></html>"""
t = rep.text
rep.add(
    R(27.8, 36.5, 76.2, span(t, "累计达到27.8万亩", "的76.2%"), "O"),
    S(4362.7, [3164.2, 1208.5], span(t, "发放耕地地力保护补贴3,164.2万元", "合计4,362.7万元"), "O", bad="3,164.2 + 1,208.5 = 4,372.7, printed 4,362.7"),
    S(new, [done, fwd], span(t, f"新收政府信息公开申请{new}件", f"结转下年度{fwd}件"), "E"),
    E([4, 4], span(t, "被申请行政复议4件", ftab.split("\n")[-2]), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("建成高标准农田3.2万亩，累计达到27.8万亩", "annual beside cumulative")
rep.never("补贴机具1,342台（套）", "台 beside 万元")
rep.never("惠及农户5.86万户", "户 beside 万元")
rep.never("每村每季度公示1次，全年共公示504次", "126 villages × 4 quarters = 504: a product whose factor 4 is not printed")
rep.add(
    C(183700, 2.4, span(t, "粮食总产量18.37万吨", "比上年增长2.4%"), "O"),
)
