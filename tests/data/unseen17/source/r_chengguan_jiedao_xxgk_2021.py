from common import C, E, R, Report, S, span
from h17 import gk, col, tot
from tables import gk_table

rep = Report("chengguan-jiedao-xxgk-2021", "txt", "宁安区城关街道办事处", 2022, enc="gb18030", dest="enc", half=True,
             kind="城关街道办事处2021年政府信息公开工作年度报告 (2022, 东北 street)",
             shape="GB18030 .txt with half-width punctuation, the application table as tab-separated text, prose restating rows with 分别, carry-in from 2020, 社区 and 网格 beside 件, a planted 总计 cell")
d = gk({"new": [23, 2, 0, 0, 0, 1], "old": [2, 0, 0, 0, 0, 0],
        "gk": [8, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0],
        "w1": [7, 1, 0, 0, 0, 1], "c1": [2, 0, 0, 0, 0, 0], "o1": [3, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "tsv", typo={("w1", 6): 8})
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""城关街道办事处2021年政府信息公开工作年度报告

一、总体情况

2021年,城关街道办事处下辖8个社区、64个网格,常住人口5.6万人。全年通过区政府网站街道专栏主动公开信息247条,较2020年的231条增长6.9%;在8个社区公开栏张贴公示公告416份,平均每个社区52份。

全年新收政府信息公开申请{new}件,加上2020年结转的2件,共{new + 2}件;本年办结{done}件,结转2022年{fwd}件。办结的申请中,予以公开、部分公开、无法提供、不予处理分别为9件、2件、9件、2件,不予公开1件,其他处理3件。申请人中自然人23件,法人或其他组织3件。

二、主动公开政府信息情况

本街道不制发规章和行政规范性文件。全年作出行政处罚决定17件,罚款金额3.42万元。

三、收到和处理政府信息公开申请情况

{tab}

四、政府信息公开行政复议、行政诉讼情况

2021年本街道未发生因政府信息公开引起的行政复议和行政诉讼。

五、存在的主要问题及改进情况

社区公开栏内容更新不够及时,部分网格员对公开业务不熟悉。2022年将对64个网格的网格员开展培训。

六、其他需要报告的事项

无。
"""
t = rep.text
p2 = span(t, f"全年新收政府信息公开申请{new}件", "法人或其他组织3件")
rep.add(
    C(247, 6.9, span(t, "主动公开信息247条", "增长6.9%"), "A", prev=231),
    R(416, 8, 52, span(t, "在8个社区公开栏张贴公示公告416份", "52份"), "G", per=1),
    S(new + 2, [new, 2], p2, "O"),
    S(new + 2, [done, fwd], p2, "E"),
    S(done, [9, 2, 9, 2, 1, 3], p2, "B"),
    S(new, [23, 3], p2, "O"),
    E([9, 8], span(t, "分别为9件、2件、9件", rows["w1"]), "H", bad="prose 无法提供9件, the table's 总计 cell prints 8 (planted typo)"),
)
for r in trels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("下辖8个社区、64个网格,常住人口5.6万人", "units and persons: no part of each other")
rep.never("全年作出行政处罚决定17件,罚款金额3.42万元", "件 beside 万元")
rep.never(f"本年办结{done}件", "办结 26 equals 新收 26 by chance (2 carried in, 2 carried out): no equality is stated")
