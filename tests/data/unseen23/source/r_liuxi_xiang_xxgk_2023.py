from common import E, R, Report, S, span
from tables import gk_table

D = {"new": [14, 1, 0, 0, 0, 1], "old": [1, 0, 0, 0, 0, 0], "gk": [5, 0, 0, 0, 0, 0], "bf": [2, 1, 0, 0, 0, 0],
     "w1": [4, 0, 0, 0, 0, 1], "c1": [2, 0, 0, 0, 0, 0], "fwd": [2, 0, 0, 0, 0, 0]}
tab, trels, rt = gk_table(D, "txt", typo={("gk", 6): 6})
rep = Report("liuxi-xiang-xxgk-2023", "txt", "白石县柳溪乡人民政府", 2024, enc="gbk", dest="enc",
             kind="柳溪乡人民政府2023年政府信息公开工作年度报告 (2024, township)",
             shape="GBK .txt; space-aligned national table with 上年结转 1, a planted 总计 cell (予以公开 row), prose restating it, 应办 = 新收 + 结转 (H), a share of the two 公开 outcomes over 办结, a non-exhaustive 其中 of 主动公开, villages beside 条")
rep.text = f"""
柳溪乡人民政府2023年政府信息公开工作年度报告

一、总体情况

2023年，柳溪乡通过县政府门户网站乡镇专栏主动公开政府信息126条，其中政策文件12条、财政信息34条、民生救助信息58条。全乡9个行政村均设立了村务公开栏。

全年新收政府信息公开申请16件，加上2022年结转的1件，共需办理17件。已办结15件，2件结转至2024年办理。办结的15件中，予以公开5件、部分公开3件，合计8件，占办结数的53.3%；无法提供5件；不予处理2件。

二、收到和处理政府信息公开申请情况

{tab}

三、政府信息公开行政复议、行政诉讼情况

本年度未发生政府信息公开行政复议、行政诉讼案件。
"""
t = rep.text
rep.add(*trels)
rep.add(
    S(17, [16, 1], span(t, "新收政府信息公开申请16件", "共需办理17件"), "H"),
    S(17, [15, 2], span(t, "共需办理17件", "2件结转至2024年办理"), "E"),
    S(8, [5, 3], span(t, "予以公开5件", "合计8件"), "O"),
    R(8, 15, 53.3, span(t, "办结的15件中", "占办结数的53.3%"), "C"),
    S(15, [5, 3, 5, 2], span(t, "办结的15件中", "不予处理2件"), "F"),
    E([15, 15], span(t, "已办结15件", rt["tot"]), "H"),
    E([5, 6], span(t, "予以公开5件", rt["gk"]), "H", bad="prose 予以公开5件, the table's 总计 cell of that row printed 6 (the planted cell)"),
)
rep.never("主动公开政府信息126条，其中政策文件12条、财政信息34条、民生救助信息58条", "non-exhaustive 其中: 104 of 126")
rep.never("全乡9个行政村", "units")
