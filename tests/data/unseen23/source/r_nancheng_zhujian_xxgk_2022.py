from common import C, E, R, Report, S, span
from tables import fy_table, gk_table

D = {"new": [38, 9, 0, 1, 2, 0], "old": [4, 1, 0, 0, 0, 0], "gk": [12, 3, 0, 0, 1, 0], "bf": [6, 2, 0, 0, 0, 0],
     "n4": [2, 0, 0, 0, 0, 0], "w1": [10, 2, 0, 1, 1, 0], "w2": [3, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0],
     "o1": [1, 1, 0, 0, 0, 0], "fwd": [6, 2, 0, 0, 0, 0]}
tab, trels, rt = gk_table(D, "txt", typo={("bf", 1): 3})
fy, frels = fy_table([1, 1, 0, 0], [0, 0, 1, 1], [0, 0, 0, 0], "txt")
rep = Report("nancheng-zhujian-xxgk-2022", "txt", "南城县住房和城乡建设局", 2023, enc="utf-16", dest="enc",
             kind="南城县住房和城乡建设局2022年政府信息公开工作年度报告 (2023)",
             shape="UTF-16 .txt with BOM; space-aligned national table with 上年结转 5 and 结转 8, a planted 商业企业 cell (部分公开 row); prose with last year's figure, applicants listed without 其中 (a planted part), the two 公开 outcomes with their sum and share, a 复议/诉讼 row with 尚未审结")
rep.text = f"""
南城县住房和城乡建设局2022年政府信息公开工作年度报告

一、总体情况

2022年，我局新收政府信息公开申请50件，比2021年的44件增长13.6%，另有2021年结转申请5件。新收申请中，自然人38件、商业企业9件、社会公益组织1件、法律服务机构3件。申请内容主要集中在房屋征收补偿、商品房预售资金监管和物业维修资金使用等方面。

全年办结47件，结转下年度8件。予以公开16件、部分公开8件，合计24件，占办结总数的51.1%；无法提供17件。

二、收到和处理政府信息公开申请情况

{tab}

三、政府信息公开行政复议、行政诉讼情况

{fy}
"""
t = rep.text
rep.add(*trels, *frels)
rep.add(
    C(50, 13.6, span(t, "新收政府信息公开申请50件", "增长13.6%"), "A", prev=44),
    S(50, [38, 9, 1, 3], span(t, "新收政府信息公开申请50件", "法律服务机构3件"), "F", bad="38 + 9 + 1 + 3 = 51, 新收 printed 50 (法律服务机构 2 typed 3; the table prints 2)"),
    S(24, [16, 8], span(t, "予以公开16件", "合计24件"), "O"),
    R(24, 47, 51.1, span(t, "全年办结47件", "占办结总数的51.1%"), "C"),
    E([47, 47], span(t, "全年办结47件", rt["tot"]), "H"),
    S(17, [14, 3], span(t, "无法提供17件", rt["w2"]), "H"),
)
rep.never("全年办结47件，结转下年度8件", "47 + 8 = 55 = 50 new + 5 carried in; no 55 printed")
