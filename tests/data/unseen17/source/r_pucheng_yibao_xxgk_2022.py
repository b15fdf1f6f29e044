from common import B, C, E, R, Report, S, span
from h17 import gk, col, tot
from tables import gk_table, fy_table

rep = Report("pucheng-yibao-xxgk-2022", "html", "浦城区医疗保障局", 2023,
             kind="浦城区医疗保障局2022年政府信息公开工作年度报告 (2023)",
             shape="HTML, the application table with rowspans, 复议/诉讼 table, prose: 参保 in 万人 with 参保率 over a named base, 基金 检查 funnel, 家 beside 家次, 追回 in 万元 with 其中, a planted 自然人 cell (row and column)")
d = gk({"new": [38, 5, 0, 0, 2, 0], "old": [1, 0, 0, 0, 0, 0],
        "gk": [14, 2, 0, 0, 1, 0], "bf": [5, 1, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0],
        "w1": [9, 1, 0, 0, 1, 0], "w3": [1, 0, 0, 0, 0, 0], "c1": [3, 0, 0, 0, 0, 0], "o3": [2, 1, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "html", typo={("w1", 0): 6})
ftab, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""<html><body>
<h1>浦城区医疗保障局2022年政府信息公开工作年度报告</h1>
<h2>一、总体情况</h2>
<p>2022年，全区基本医疗保险参保人数达到61.37万人，其中职工医保24.85万人、城乡居民医保36.52万人，户籍人口参保率97.6%（户籍人口62.88万人）。全年医保基金支出18.64亿元，同比增长5.2%。</p>
<p>基金监管方面，全年检查定点医药机构412家次，覆盖定点医药机构386家（全区共386家），覆盖率100%；查处违规机构127家，其中暂停医保服务协议9家、解除协议3家；追回医保基金2,316.8万元，其中追回违规费用1,748.2万元、违约金568.6万元。</p>
<p>全年主动公开信息527条，比上年增长11.2%（上年474条）。新收政府信息公开申请{new}件，上年结转1件，共{new + 1}件；办结{done}件，结转下年度{fwd}件。</p>
<p>与上年相比，因本机关不掌握相关政府信息而告知的申请减少了4件。</p>
<h2>二、主动公开政府信息情况</h2>
<table border="1"><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政处罚</td><td>31</td></tr><tr><td>行政强制</td><td>0</td></tr></table>
<h2>三、收到和处理政府信息公开申请情况</h2>
{tab}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{ftab}
<h2>五、存在的主要问题及改进情况</h2>
<p>医保政策解读的通俗性有待提升。</p>
<h2>六、其他需要报告的事项</h2>
<p>无。</p>
</body></html>"""
t = rep.text
p1 = span(t, "参保人数达到61.37万人", "户籍人口62.88万人")
p2 = span(t, "全年检查定点医药机构412家次", "违约金568.6万元")
rep.add(
    S(613700, [248500, 365200], p1, "O"),
    R(613700, 628800, 97.6, p1, "C"),
    B(127, 386, p2, "E"),
    S(2316.8, [1748.2, 568.6], p2, "O"),
    B(9, 127, p2, "D"),
    C(527, 11.2, span(t, "全年主动公开信息527条", "（上年474条）"), "A", prev=474),
    S(new + 1, [done, fwd], span(t, f"新收政府信息公开申请{new}件", f"结转下年度{fwd}件"), "E"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rows["new"]), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("检查定点医药机构412家次，覆盖定点医药机构386家（全区共386家），覆盖率100%", "家次 beside 家: 412 visits cover 386 bodies; no ratio 412/386")
rep.never("减少了4件", "a delta over last year's count, not printed")
rep.add(
    C(18.64, 5.2, span(t, "医保基金支出18.64亿元", "同比增长5.2%"), "O"),
)
