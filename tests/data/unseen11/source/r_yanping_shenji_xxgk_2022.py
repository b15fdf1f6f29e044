from common import E, Report, S, span
from tables import gk_table

rep = Report("yanping-shenji-xxgk-2022", "txt", "岩平县审计局", 2023,
             kind="岩平县审计局2022年政府信息公开工作年度报告 (2023)", shape="txt, national application table as space-aligned text with a planted 自然人 cell (row and column), prose restating it, audit reports beside projects")
data = {"new": [14, 3, 0, 0, 2, 1], "gk": [6, 1, 0, 0, 1, 0], "bf": [2, 1, 0, 0, 0, 0], "n1": [1, 0, 0, 0, 0, 0],
        "n5": [0, 1, 0, 0, 0, 0], "w1": [3, 0, 0, 0, 1, 0], "c3": [1, 0, 0, 0, 0, 0], "o3": [0, 0, 0, 0, 0, 1],
        "fwd": [1, 0, 0, 0, 0, 0]}
gk, gkrels, rowt = gk_table(data, "txt", typo={("gk", 0): 7}, note="予以公开 自然人 6 typed 7: the row adds to 9 (总计 8) and the 自然人 column to 14 ((七)总计 13)")
rep.text = f"""
岩平县审计局2022年政府信息公开工作年度报告

一、总体情况

2022年，岩平县审计局主动公开审计结果公告6份，涉及审计项目9个；在县政府门户网站发布工作动态41条。

本年共收到政府信息公开申请20件，办结19件，结转下年度继续办理1件。办结的申请中，予以公开8件、部分公开3件、不予公开2件、无法提供4件、不予处理1件、其他处理1件。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

本年度无因政府信息公开引起的行政复议、行政诉讼。
"""
p = "本年共收到政府信息公开申请20件，办结19件，结转下年度继续办理1件。办结的申请中，予以公开8件、部分公开3件、不予公开2件、无法提供4件、不予处理1件、其他处理1件"
rep.add(
    S(20, [19, 1], p, "F"),
    S(19, [8, 3, 2, 4, 1, 1], p, "F"),
    E([20, 20], span(rep.text, "本年共收到政府信息公开申请20件", rowt["new"]), "H"),
    E([4, 4], span(rep.text, "无法提供4件", rowt["w1"]), "H"),
)
for r in gkrels:
    rep.add(r)
rep.never("审计结果公告6份，涉及审计项目9个", "reports beside projects: one report covers several projects")
