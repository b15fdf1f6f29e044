"""岳溪县财政局 2020 政府信息公开工作年度报告 (.docx; the national tables as Word tables)."""
from common import E, Report, S, span
from tables import fy_table, gk_table

data = {"new": [31, 4, 0, 0, 2, 1], "gk": [14, 2, 0, 0, 1, 0], "bf": [5, 1, 0, 0, 0, 0], "n5": [1, 0, 0, 0, 0, 0],
        "w1": [7, 1, 0, 0, 1, 1], "c1": [2, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0], "fwd": [1, 0, 0, 0, 0, 0]}
table, trels, rows = gk_table(data, "tsv", typo={("w1", 6): 9},
                               note="本机关不掌握 row, 总计 10 typed 9: the row adds to 10, the 总计 column to 36 ((七)总计 37)")
fytab, frels = fy_table([2, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "md")

rep = Report("yuexi-caizheng-xxgk-2020", "docx", "岳溪县财政局", 2020, dest="enc")
rep.docx_blocks = [[r.split("\t") for r in table.split("\n")]]
fyrow = [c.strip() for c in fytab.split("\n")[2].strip("|").split("|")]
fyhead = [c.strip() for c in fytab.split("\n")[0].strip("|").split("|")]
rep.docx_blocks.append([fyhead, fyrow])
rep.text = """岳溪县财政局2020年政府信息公开工作年度报告
一、总体情况
2020年，我局共收到政府信息公开申请38件，无上年结转申请。已办结37件，其中予以公开17件，部分公开6件，不予公开1件，无法提供10件，不予处理2件，其他处理1件；结转下年度办理1件。
三、收到和处理政府信息公开申请情况
@@TABLE 0
四、政府信息公开行政复议、行政诉讼情况
@@TABLE 1
五、存在的主要问题及改进情况
预决算公开的及时性有待提高。"""
ref = rep.text.replace("@@TABLE 0", table).replace("@@TABLE 1", "\t".join(fyhead) + "\n" + "\t".join(fyrow))
for r in frels:
    r["quote"] = "\t".join(fyrow)
rep.add(*trels, *frels)
rep.add(
    S(37, [17, 6, 1, 10, 2, 1], "已办结37件，其中予以公开17件，部分公开6件，不予公开1件，无法提供10件，不予处理2件，其他处理1件", "F"),
    S(38, [37, 1], "共收到政府信息公开申请38件，无上年结转申请。已办结37件，其中予以公开17件，部分公开6件，不予公开1件，无法提供10件，不予处理2件，其他处理1件；结转下年度办理1件", "F"),
    S(10, [9, 0, 0], span(ref, "无法提供10件", rows["w3"]), "H", bad="prose 无法提供10件; the table's 本机关不掌握 row prints 总计 9 (its cells add to 10)"),
    E([38, 38], span(ref, "共收到政府信息公开申请38件", rows["new"])),
)
