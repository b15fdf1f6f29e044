from common import B, E, R, Report, S, span
from h17 import gk, col
from tables import gk_table

rep = Report("heping-shenji-xxgk-2021", "html", "和平县审计局", 2022,
             kind="和平县审计局2021年政府信息公开工作年度报告 (2022)",
             shape="HTML, the application table with rowspans and a planted 总计 row cell, prose on 审计项目 with 分别, 问题金额 in 亿元 with 万元 parts, 审计建议 ≥ 采纳, 移送 事项 beside 人, a 同比 without base")
d = gk({"new": [6, 1, 0, 0, 0, 0], "gk": [2, 1, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0],
        "w1": [2, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "html", typo={("new", 6): 8})
new = col(d, "new")
rep.text = f"""<html><body>
<h3>和平县审计局2021年政府信息公开工作年度报告</h3>
<p>一、总体情况</p>
<p>2021年，全局共完成审计（调查）项目38个，其中预算执行审计、经济责任审计、政府投资审计和专项审计调查分别为9个、11个、12个、6个。查出主要问题金额2.84亿元，其中违规问题金额3,126万元，管理不规范金额25,274万元。提出审计建议217条，被采纳198条，采纳率91.2%。向纪检监察机关和有关部门移送问题线索14件，涉及人员23人。审计结果公告公开12篇，较上年增加3篇。</p>
<p>全年新收政府信息公开申请{new}件，全部按期答复，其中予以公开3件、部分公开1件、不予公开1件、无法提供2件。</p>
<p>二、主动公开政府信息情况</p>
<p>本年未制发行政规范性文件，未作出行政许可、行政处罚决定。</p>
<p>三、收到和处理政府信息公开申请情况</p>
{tab}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
<p>无。</p>
<p>五、存在的主要问题及改进情况</p>
<p>审计结果公告的解读不够充分。</p>
</body></html>"""
t = rep.text
p1 = span(t, "全局共完成审计（调查）项目38个", "分别为9个、11个、12个、6个")
p2 = span(t, "查出主要问题金额2.84亿元", "管理不规范金额25,274万元")
p3 = span(t, "提出审计建议217条", "采纳率91.2%")
rep.add(
    S(38, [9, 11, 12, 6], p1, "B"),
    S(28400, [3126, 25274], p2, "O"),
    B(198, 217, p3, "E"),
    R(198, 217, 91.2, p3, "O"),
    S(new, [3, 1, 1, 2], span(t, f"全年新收政府信息公开申请{new}件", "无法提供2件"), "O"),
    E([new, 8], span(t, f"全年新收政府信息公开申请{new}件", rows["new"]), "H", bad=f"prose 新收{new}件, the table's 总计 prints 8 (planted)"),
)
for r in trels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("移送问题线索14件，涉及人员23人", "persons beside cases")
rep.never("审计结果公告公开12篇，较上年增加3篇", "a delta, previous 9 implied; no percent printed")
