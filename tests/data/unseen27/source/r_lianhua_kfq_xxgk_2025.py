from common import B, E, R, Report, S, span
from tables import gk_table
from u27 import addt

rep = Report("lianhua-kfq-xxgk-2025", "html", "莲花经济技术开发区管理委员会", 2026,
             kind="莲花经济技术开发区管理委员会2025年政府信息公开工作年度报告 (2026, 开发区)",
             shape="HTML national table with rowspans, carry-in 4 (two columns), carry-out 5; prose 办结 + 结转 = 应办 stated as 办理 = 答复 + 正在办理 (H), 法人 share, 无法提供 by reason without 其中, 政策 解读 ≤ 文件, enterprises beside 件")
data = {"new": [31, 12, 1, 0, 2, 1], "old": [3, 1, 0, 0, 0, 0],
        "gk": [12, 6, 1, 0, 1, 0], "bf": [4, 2, 0, 0, 0, 0], "n4": [2, 1, 0, 0, 0, 0], "n5": [1, 0, 0, 0, 0, 0],
        "w1": [6, 2, 0, 0, 1, 0], "w2": [2, 0, 0, 0, 0, 0], "w3": [1, 0, 0, 0, 0, 0], "c1": [2, 0, 0, 0, 0, 1],
        "o1": [1, 0, 0, 0, 0, 0], "fwd": [3, 2, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "html")
rep.text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>莲花经济技术开发区管理委员会2025年政府信息公开工作年度报告</title></head><body>
<h1>莲花经济技术开发区管理委员会2025年政府信息公开工作年度报告</h1>
<h3>一、总体情况</h3>
<p>（一）主动公开。2025年，管委会制发涉企政策文件46件，全部在网站公开，其中同步发布政策解读材料41件。开发区现有规模以上工业企业312家。</p>
<p>（二）依申请公开。全年办理政府信息公开申请51件，包括本年新收47件、上年结转4件。截至年底，已答复46件，正在办理5件。从申请人类型看，法人或其他组织提出16件，占本年新收的34.0%。</p>
<p>答复为“无法提供”的12件，原因是：本机关不掌握相关信息9件、需另行制作2件、补正后仍不明确1件。</p>
<h3>二、收到和处理政府信息公开申请情况</h3>
{gk}
<h3>三、存在的主要问题及改进情况</h3>
<p>涉企政策集中度不高，2026年将建设政策“一站式”查询专区。</p>
</body></html>
"""
t = rep.text
p = span(t, "全年办理政府信息公开申请51件", "正在办理5件")
rep.add(
    B(41, 46, span(t, "涉企政策文件46件", "政策解读材料41件")),
    S(51, [47, 4], p, "H"),
    S(51, [46, 5], p, "H"),
    R(16, 47, 34.0, span(t, "本年新收47件", "占本年新收的34.0%"), "C"),
    S(12, [9, 2, 1], span(t, "“无法提供”的12件", "补正后仍不明确1件"), "F"),
    E([47, 47], span(t, "本年新收47件", rows["new"]), "H"),
    E([4, 4], span(t, "上年结转4件", rows["old"]), "H"),
    E([5, 5], span(t, "正在办理5件", rows["fwd"]), "H"),
)
addt(rep, trels)
rep.never("现有规模以上工业企业312家", "enterprises beside applications")
