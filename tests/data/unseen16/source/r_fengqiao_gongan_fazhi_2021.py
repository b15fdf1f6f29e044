from common import B, C, R, Report, S, span
from tables import grid

rep = Report("fengqiao-gongan-fazhi-2021", "txt", "丰桥市公安局丰桥分局", 2022, wrap=33, page_every=12,
             page_style="- {n} -", header="丰桥分局2021年法治公安建设情况报告",
             kind="丰桥分局2021年法治公安建设情况报告 (2022)",
             shape="PDF copy wrapped at 33 with - n - footers and a running header; 警情 by kind with 其中; 立案 with a decrease and 破案率; persons beside cases with overlapping 拘留/逮捕; a space-aligned 执法质量考评 table (抽查 = 优秀 + 合格 + 不合格, 合格率, a planted 合格 cell breaking its row and column); 复议 outcomes with 纠错 in brackets")
tab, rt = grid(["单位", "抽查案卷", "优秀", "合格", "不合格", "合格率(%)"],
               [["城关派出所", "48", "21", "25", "2", "95.8"], ["东郊派出所", "36", "14", "21", "2", "94.4"],
                ["刑侦大队", "30", "12", "17", "1", "96.7"], ["治安大队", "26", "9", "17", "0", "100.0"],
                ["合计", "140", "56", "79", "5", "96.4"]], "txt")
rep.text = f"""
丰桥分局2021年法治公安建设情况报告

一、执法办案基本情况

全年共接报警情58,342起，其中刑事警情3,216起、治安警情9,874起、交通警情21,657起、求助类警情23,595起。刑事案件立案1,462起，同比下降14.8%；破获刑事案件1,027起，破案率70.2%。抓获犯罪嫌疑人1,318人，其中刑事拘留906人、逮捕573人。查处治安案件4,631起，行政拘留1,287人。

二、执法监督管理

法制部门审核刑事案件1,462件次、行政案件4,631件次，提出整改意见217条，整改到位217条。开展执法质量考评，抽查案卷情况如下：

{tab}

三、行政复议和行政诉讼

以分局为被申请人的行政复议案件23件，维持19件，被纠错3件（撤销2件、确认违法1件），终止1件，纠错率13.0%。

四、存在问题及下一步措施

……
"""
t = rep.text
p1 = span(t, "刑事案件立案1,462起", "破案率70.2%")
p3 = span(t, "行政复议案件23件", "纠错率13.0%")
rows = span(t, rt[0], rt[4])
rep.add(
    S(58342, [3216, 9874, 21657, 23595], span(t, "报警情58,342起", "求助类警情23,595起")),
    C(1462, -14.8, p1),
    R(1027, 1462, 70.2, p1),
    B(1027, 1462, p1, "E"),
    S(48, [21, 25, 2], rt[0], "T"),
    S(36, [14, 21, 2], rt[1], "T", bad="14 + 21 + 2 = 37, 抽查 printed 36 (合格 20 typed 21)"),
    S(30, [12, 17, 1], rt[2], "T"),
    S(26, [9, 17, 0], rt[3], "T"),
    S(140, [48, 36, 30, 26], rows, "T"),
    S(56, [21, 14, 12, 9], rows, "T"),
    S(79, [25, 21, 17, 17], rows, "T", bad="25 + 21 + 17 + 17 = 80, 合计 printed 79 (东郊 合格 20 typed 21)"),
    S(5, [2, 2, 1, 0], rows, "T"),
    S(23, [19, 3, 1], p3),
    S(3, [2, 1], p3),
    R(3, 23, 13.0, p3),
)
rep.never("抓获犯罪嫌疑人1,318人，其中刑事拘留906人、逮捕573人", "拘留 and 逮捕 overlap (one person both): not parts")
rep.never("查处治安案件4,631起，行政拘留1,287人", "persons beside cases")
rep.never("审核刑事案件1,462件次、行政案件4,631件次", "件次 of review equal to case counts by meaning, no relation stated")
rep.never("合格率(%)", "合格率 = (优秀 + 合格) / 抽查: 优秀 counts as 合格")
