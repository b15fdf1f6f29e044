from common import C, E, R, Report, S, span
from tables import gk_table
from u25 import addt

rep = Report("baisha-zhen-xxgk-2025", "txt", "南屏县白沙镇人民政府", 2026, enc="gb18030", dest="enc",
             kind="白沙镇人民政府2025年政府信息公开工作年度报告 (2026, town)",
             shape="GB18030 .txt; space-aligned national table with 上年结转 2 (two columns) and 结转 3; prose with the previous year in brackets, 应办 = 新收 + 结转 and 办结 + 结转 (H), 办结率, 主动公开 by kind without 其中 (a planted part), a planted 即办件 share, villages and 规范性文件 stocks")
data = {"new": [12, 2, 0, 0, 0, 1], "old": [1, 0, 0, 0, 0, 1],
        "gk": [5, 1, 0, 0, 0, 1], "bf": [2, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0],
        "w1": [2, 1, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0], "fwd": [2, 0, 0, 0, 0, 1]}
gk, trels, rows = gk_table(data, "txt")
rep.text = f"""
白沙镇人民政府2025年政府信息公开工作年度报告

一、总体情况

（一）主动公开。全年主动公开信息532条。按类别分：工作动态218条，政策文件63条，财政预决算29条，民生保障信息212条。全镇21个行政村（社区）的村务公开栏实现全覆盖。本年制发规范性文件2件，废止1件，现行有效9件。

镇便民服务中心全年办件6,214件，其中即办件4,862件，占78.3%。

（二）依申请公开。2025年新收申请15件（2024年为18件），下降16.7%；上年结转2件，全年应办17件。办结14件，办结率82.4%，结转下年度3件。予以公开7件，占办结的50.0%。

二、收到和处理政府信息公开申请情况

{gk}

三、存在的主要问题及改进情况

部分村务公开栏内容陈旧。2026年将开展季度巡查。
"""
t = rep.text
p = span(t, "2025年新收申请15件", "结转下年度3件")
rep.add(
    S(532, [218, 63, 29, 212], span(t, "主动公开信息532条", "民生保障信息212条"), "F",
      bad="218 + 63 + 29 + 212 = 522, printed 532 (民生保障 222 typed 212)"),
    R(4862, 6214, 78.3, span(t, "全年办件6,214件", "占78.3%"), bad="4,862 / 6,214 = 78.2%, printed 78.3%"),
    C(15, -16.7, p, "A", prev=18),
    S(17, [15, 2], p, "H"),
    S(17, [14, 3], p, "H"),
    R(14, 17, 82.4, p),
    R(7, 14, 50.0, span(t, "办结14件", "占办结的50.0%"), "C"),
    E([15, 15], span(t, "新收申请15件", rows["new"]), "H"),
    E([2, 2], span(t, "上年结转2件", rows["old"]), "H"),
)
addt(rep, trels)
rep.never("本年制发规范性文件2件，废止1件，现行有效9件", "a stock beside flows")
rep.never("全镇21个行政村（社区）", "villages beside items")
