from common import B, C, E, R, Report, S, span
from tables import fy_table, gk_table

rep = Report("taoxi-jiedao-xxgk-2025", "txt", "桃溪区长乐街道办事处", 2026, wrap=36, page_every=16, page_style="第{n}页",
             kind="长乐街道办事处2025年政府信息公开工作年度报告 (2026)",
             shape="PDF copy wrapped at 36 with 第n页 footers (one inside the table); space-aligned national table where 办结 exceeds 新收 (carry-in larger than carry-out), 复议 row, prose with the previous value in brackets, shares over 新收, 社区 and 小区 counts, a 同比 of 主动公开 in 个百分点 (no base)")
data = {"new": [13, 1, 0, 0, 0, 0], "old": [5, 0, 0, 0, 0, 0],
        "gk": [6, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "n6": [1, 0, 0, 0, 0, 0],
        "w1": [5, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0], "fwd": [2, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt")
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""
长乐街道办事处2025年政府信息公开工作年度报告

一、总体情况

2025年，长乐街道共主动公开政府信息573条（2024年：498条），增长15.7%，公开内容覆盖街道所辖9个社区、47个住宅小区的老旧小区改造、民生实事和财政资金使用情况。按信息类别，工作动态218条，通知公告163条，财政资金96条，民生服务96条。

全年新收政府信息公开申请14件，上年结转5件，共19件；办结17件，另2件结转下年度继续办理。办结数多于新收数，主要是上年度末集中提交的征收补偿类申请在本年度办结。新收申请中，涉及房屋征收补偿的9件，占64.3%。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

全年被申请行政复议1件，复议机关维持街道答复。

四、存在的主要问题及改进情况

公开内容中图解、视频形式占比偏低，较上年仅提高1.4个百分点。2026年将在各社区设立政务公开体验点。
"""
t = rep.text
p1 = span(t, "共主动公开政府信息573条", "民生服务96条")
p2 = span(t, "全年新收政府信息公开申请14件", "占64.3%")
rep.add(
    C(573, 15.7, p1, "A", prev=498, bad="(573 - 498) / 498 = 15.1%, printed 15.7%"),
    S(573, [218, 163, 96, 96], p1, "F"),
    S(19, [14, 5], p2),
    S(19, [17, 2], p2, "H"),
    R(9, 14, 64.3, p2, "C"),
    B(9, 14, p2, "D"),
    E([17, 17], span(t, "办结17件", rows["tot"]), "H"),
    E([1, 1], span(t, fy.split(chr(10))[-1], "全年被申请行政复议1件"), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("办结17件，另2件结转下年度继续办理。办结数多于新收数", "办结17 > 新收14: carry-in 5, stated in the text")
rep.never("街道所辖9个社区、47个住宅小区", "units; 9 社区 equals the 9 征收 applications by chance")
rep.never("财政资金96条，民生服务96条", "two kinds equal by chance: no relation")
rep.never("较上年仅提高1.4个百分点", "no base printed")
