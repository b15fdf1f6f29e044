from common import C, R, Report, S, span

rep = Report("linhai-fuyi-yingsu-2016", "txt", "霖海县人民政府法制办公室", 2017, wrap=33, page_every=10,
             page_style="·{n}·",
             kind="霖海县2016年度行政复议和行政应诉工作情况报告 (2017, old 法制办 style)",
             shape="PDF copy wrapped at 33 with ·n· footers; Chinese numerals (二十三件); 收到 = 受理 + 不予受理; 审结 by outcome; 诉讼 of two years with a change; 败诉率; a share of 诉讼 by field; a planted 出庭率")
rep.text = """
霖海县2016年度行政复议和行政应诉工作情况报告

一、行政复议工作

2016年，县政府共收到行政复议申请二十三件，依法受理二十一件，不予受理二件。审结19件，其中维持12件，撤销4件，确认违法1件，终止2件，其余2件在审理中。

二、行政应诉工作

县政府及部门作为被告的一审行政诉讼案件46件，2015年为38件，增长21.1%。判决败诉5件，败诉率10.9%。涉及土地征收和房屋拆迁的27件，占58.7%。行政机关负责人出庭应诉14件，出庭率32.6%。

三、存在问题

……
"""
t = rep.text
p1 = span(t, "收到行政复议申请二十三件", "不予受理二件")
p2 = span(t, "一审行政诉讼案件46件", "出庭率32.6%")
rep.add(
    S(23, [21, 2], p1),
    S(19, [12, 4, 1, 2], span(t, "审结19件", "终止2件")),
    S(21, [19, 2], span(t, "依法受理二十一件", "其余2件在审理中"), "E"),
    C(46, 21.1, p2, "A", prev=38),
    R(5, 46, 10.9, p2, "C"),
    R(27, 46, 58.7, p2, "C"),
    R(14, 46, 32.6, p2, "C", bad="14 / 46 = 30.4%, printed 32.6"),
)
rep.never("一审行政诉讼案件46件，2015年为38件", "two years in one sentence: 38 is not a part of 46")
