from common import E, R, Report, S, span
from tables import fy_table, grid

rep = Report("zhenhai-jiaoyu-fazhi-2025", "md", "镇海湾区教育局", 2026,
             kind="镇海湾区教育局2025年法治政府建设年度报告 (2026, 广东 style)",
             shape="Markdown, 学校 and 学生 by 学段 in a table with a 合计 row (a planted 学生 cell) and a 占比 column, 法治副校长 per school, 欺凌 排查 funnel, the 复议/诉讼 table row (with 尚未审结), prose restating it (a planted equality), 万元 beside 元 per student")
tab, rt = grid(["学段", "学校（所）", "在校生（人）", "占在校生比重（%）"],
               [["幼儿园", "58", "14,236", "17.3"], ["小学", "31", "38,904", "47.2"], ["初中", "14", "19,877", "24.1"],
                ["普通高中", "5", "7,462", "9.1"], ["特殊教育", "1", "186", "0.2"], ["合计", "109", "82,365", "100.0"]], "md")
fy, fyr = fy_table([3, 1, 0, 1], [2, 0, 1, 1], [1, 0, 0, 0], "md", pid="f")
rep.text = f"""
# 镇海湾区教育局2025年法治政府建设年度报告

## 一、基本情况

截至2025年底，全区共有各级各类学校109所，在校学生82,365人，具体如下：

{tab}

## 二、主要工作

**（一）推进依法治校。** 全区109所学校均配备法治副校长，共127名，平均每校1.17名。开展学生欺凌专项排查，排查学校109所，发现苗头隐患32起，化解处置32起，化解率100%。

**（二）规范教育收费。** 开展教育收费专项检查，检查学校46所，清退违规收费38.6万元，涉及学生1,127人，人均清退342.5元。

**（三）依法化解争议。** 全年发生行政复议案件5件，其中维持3件、纠错1件、尚未审结1件；行政诉讼（未经复议直接起诉）5件。行政复议和诉讼情况如下：

{fy}

## 三、下一步工作

……
"""
t = rep.text
rows = span(t, rt[0], rt[5])
rep.add(
    S(109, [58, 31, 14, 5, 1], rows, "T"),
    S(82365, [14236, 38904, 19877, 7462, 186], rows, "T", bad="the five 学段 add up to 80,665, 合计 printed 82,365"),
    R(14236, 82365, 17.3, rows, "T"),
    R(38904, 82365, 47.2, rows, "T"),
    R(19877, 82365, 24.1, rows, "T"),
    R(7462, 82365, 9.1, rows, "T"),
    R(186, 82365, 0.2, rows, "T"),
    S(100.0, [17.3, 47.2, 24.1, 9.1, 0.2], rows, "T", bad="the 占比 column adds up to 97.9, printed 100.0 (the shares are over the planted 82,365)"),
    E([109, 109], span(t, "各级各类学校109所", rt[5]), "H"),
    R(127, 109, 1.17, span(t, "全区109所学校", "平均每校1.17名"), "G", per=1),
    R(32, 32, 100, span(t, "发现苗头隐患32起", "化解率100%")),
    R(38.6, 1127, 342.5, span(t, "清退违规收费38.6万元", "人均清退342.5元"), "G", per=10000),
    *fyr,
    S(5, [3, 1, 1], span(t, "行政复议案件5件", "尚未审结1件")),
    E([5, 4], span(t, "直接起诉）5件", fyr[1]["quote"]), "H", bad="prose 直接起诉 5, the table's 直诉总计 4"),
)
rep.never("排查学校109所", "equal to the school count by meaning, no relation stated beyond it")
rep.never("检查学校46所，清退违规收费38.6万元，涉及学生1,127人", "schools, money and students side by side")
