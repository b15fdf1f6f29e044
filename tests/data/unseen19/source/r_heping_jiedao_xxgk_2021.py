from common import E, R, Report, S, span
from h import addt, gk_sums
from tables import fy_table, gk_table, grid

rep = Report("heping-jiedao-xxgk-2021", "txt", "铜湾区和平街道办事处", 2022, wrap=32, page_every=14,
             page_style="- {n} -",
             kind="和平街道办事处2021年政府信息公开工作年度报告 (2022, 东北 street)",
             shape="PDF copy wrapped at 32 with - n - footers; space-aligned national tables (主动公开 grid with 处理决定 and 收费 万元), application table with a planted 自然人 cell, prose with 均 and 社区 counts, 办结 equal to 新收 by chance beside 自然人")
data = {"new": [17, 2, 0, 0, 1, 0],
        "gk": [6, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0],
        "w1": [5, 1, 0, 0, 1, 0], "c1": [2, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "txt", typo={("w1", 0): 6})
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
zd, zr = grid(["信息内容", "本年处理决定数量"], [["行政许可", 46], ["行政处罚", 13], ["行政强制", 2]], "txt")
rep.text = f"""
和平街道办事处2021年政府信息公开工作年度报告

一、总体情况

2021年，和平街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》，依托区政府门户网站"街道信息公开"专栏，全年主动公开各类信息263条。街道下辖8个社区，每个社区均设立了政务公开栏，8个社区全年更新公开栏内容共计96期，平均每个社区12期。

全年共收到政府信息公开申请20件，均为书面申请，已全部办结，无结转。其中自然人申请17件，占85.0%；法人或其他组织申请3件。办结的20件中，予以公开7件，部分公开2件，不予公开1件，无法提供7件，不予处理3件。

因政府信息公开工作被申请行政复议1件，复议机关维持了街道的答复，未发生行政诉讼。

二、主动公开政府信息情况

{zd}

三、收到和处理政府信息公开申请情况

{gk}

四、政府信息公开行政复议、行政诉讼情况

{fy}

五、存在的主要问题及改进情况

社区公开栏更新时间不统一。2022年起每月10日前统一更新。
"""
t = rep.text
p1 = span(t, "全年共收到政府信息公开申请20件", "不予处理3件")
rep.add(
    R(96, 8, 12, span(t, "街道下辖8个社区", "平均每个社区12期"), "G", per=1),
    S(20, [17, 3], p1, "O"),
    R(17, 20, 85.0, p1, "O"),
    S(20, [7, 2, 1, 7, 3], p1, "F"),
    E([20, 20], span(t, "全年共收到政府信息公开申请20件", "办结的20件"), "H"),
    E([7, 7], span(t, "无法提供7件", rows["w1"]), "H"),
)
addt(rep, trels, frels)
rep.never("其中自然人申请17件", "17 is also the 自然人 cell of 本年新收; 办结20 equals 新收20 only because nothing was carried")
rep.never("本年处理决定数量", "行政许可/处罚/强制 decisions are counts of another kind, no total printed")
rep.never("主动公开各类信息263条", "no breakdown of 263 is printed")
