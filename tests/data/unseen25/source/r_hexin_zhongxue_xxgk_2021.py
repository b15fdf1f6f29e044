from common import B, C, E, R, Report, S, span
from tables import gk_table
from u25 import addt

rep = Report("hexin-zhongxue-xxgk-2021", "html", "禾新县第一中学", 2022,
             kind="禾新县第一中学2021年信息公开工作年度报告 (2022, school)",
             shape="HTML national table with rowspans, no carry-in, 新收 = 总计 (H); 主动公开 by kind without 其中 (a planted part), 住校生 share, 生师比 n∶1, 教职工 ≥ 专任教师, 收费 standards beside counts")
data = {"new": [8, 0, 0, 0, 0, 0], "gk": [5, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0],
        "w1": [1, 0, 0, 0, 0, 0], "c3": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "html")
rep.text = f"""
<html><head><meta charset="utf-8"><title>禾新县第一中学2021年信息公开工作年度报告</title></head><body>
<h2>禾新县第一中学2021年信息公开工作年度报告</h2>
<p>根据《中华人民共和国政府信息公开条例》和县教育局工作要求，现将我校2021年信息公开工作情况报告如下。</p>
<h3>一、总体情况</h3>
<p>学校全年通过校园网、校务公开栏主动公开信息173条，包括招生信息38条，收费信息12条，学校概况和规章制度45条，教育教学信息69条。</p>
<p>学校现有在校学生2,146人，其中住校生1,318人，占61.4%。教职工186人，专任教师162人，生师比13.2∶1。住宿费标准为每生每学期600元，全年未设立其他收费项目。</p>
<p>全年受理信息公开申请8件，较上年的6件增长33.3%，均在规定期限内答复。予以公开5件，占62.5%。</p>
<h3>二、收到和处理信息公开申请情况</h3>
{gk}
<h3>三、存在的问题及改进措施</h3>
<p>校务公开栏内容更新偏慢。新学年将每月更新一次。</p>
</body></html>
"""
t = rep.text
p = span(t, "主动公开信息173条", "教育教学信息69条")
q = span(t, "在校学生2,146人", "生师比13.2∶1")
a = span(t, "受理信息公开申请8件", "占62.5%")
rep.add(
    S(173, [38, 12, 45, 69], p, "F", bad="38 + 12 + 45 + 69 = 164, printed 173 (收费信息 21 typed 12)"),
    R(1318, 2146, 61.4, q),
    B(162, 186, q, "E"),
    R(2146, 162, 13.2, q, "G", per=1),
    C(8, 33.3, a, "A", prev=6),
    R(5, 8, 62.5, a),
    E([8, 8], span(t, "受理信息公开申请8件", rows["new"]), "H"),
    E([5, 5], span(t, "予以公开5件", rows["gk"]), "H"),
)
addt(rep, trels)
rep.never("住宿费标准为每生每学期600元", "a fee standard beside counts")
