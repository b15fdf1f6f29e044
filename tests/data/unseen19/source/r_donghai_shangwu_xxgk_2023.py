from common import B, C, E, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import gk_table

rep = Report("donghai-shangwu-xxgk-2023", "txt", "东海市商务局", 2024, enc="utf-16", dest="enc",
             kind="东海市商务局2023年政府信息公开工作年度报告 (2024)",
             shape="UTF-16 .txt with BOM, national table as space-aligned text with a planted 部分公开 总计 cell, prose with 外贸 亿元 and 亿美元 beside 件, shares over 新收, a change in 件 with its delta")
data = {"new": [19, 11, 0, 0, 2, 0],
        "gk": [8, 5, 0, 0, 1, 0], "bf": [2, 2, 0, 0, 0, 0], "n4": [1, 1, 0, 0, 0, 0], "n5": [1, 0, 0, 0, 0, 0],
        "w1": [5, 2, 0, 0, 1, 0], "c2": [1, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0], "fwd": [0, 1, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "txt", typo={("bf", 6): 5})
new, tot, fwd = s["new"], s["tot"], s["fwd"]
rep.text = f"""
东海市商务局2023年政府信息公开工作年度报告

一、总体情况

2023年，全市实现社会消费品零售总额1,486.3亿元，货物进出口总额97.6亿美元，实际使用外资4.82亿美元。我局围绕稳外贸、促消费等重点工作，主动公开政策文件、资金项目申报和公示等信息826条，其中商贸流通和外贸外资政策文件及解读119条。

全年收到政府信息公开申请{new}件，比上年增加7件，增长{gr(new, new - 7)}%；其中企业等法人和其他组织申请{s['fr']}件，占{pc(s['fr'], new)}%，比重明显上升。已办结{tot}件，结转下年度{fwd}件。办结件中予以公开{s['gk']}件，部分公开{s['bf']}件，合计{s['gk'] + s['bf']}件。未发生行政复议和行政诉讼。

二、收到和处理政府信息公开申请情况

{gk}

三、存在的主要问题及改进情况

资金类项目公示信息分散在多个栏目。2024年将统一归集至"资金信息"专栏。
"""
t = rep.text
p1 = span(t, "全年收到政府信息公开申请", f"合计{s['gk'] + s['bf']}件")
rep.add(
    B(119, 826, span(t, "主动公开政策文件", "解读119条"), "D"),
    C(new, f(gr(new, new - 7)), span(t, "全年收到政府信息公开申请", "%"), "A", prev=new - 7),
    R(s["fr"], new, f(pc(s["fr"], new)), p1, "O"),
    S(new, [tot, fwd], p1, "E"),
    S(s["gk"] + s["bf"], [s["gk"], s["bf"]], p1, "O"),
    E([s["bf"], 5], span(t, f"部分公开{s['bf']}件", rows["bf"]), "H", bad=f"prose 部分公开{s['bf']}, the table's row prints 总计 5"),
)
addt(rep, trels)
rep.never("社会消费品零售总额1,486.3亿元，货物进出口总额97.6亿美元", "亿元 beside 亿美元: no relation")
rep.never("实际使用外资4.82亿美元", "a part of nothing printed")
