from common import E, Report, S, span
from tables import FY_HEAD, gk_table

rep = Report("yushan-weijian-xxgk-2024", "docx", "嵛山区卫生健康委员会", 2024, dest="enc",
             kind="嵛山区卫生健康委员会 2024 年政府信息公开工作年度报告", shape=".docx with the national tables as Word tables; a planted (七)总计 cell against the prose")
data = {"new": [41, 6, 0, 0, 1, 2], "gk": [18, 3, 0, 0, 1, 1], "bf": [6, 1, 0, 0, 0, 0], "n2": [1, 0, 0, 0, 0, 0],
        "n4": [2, 0, 0, 0, 0, 0], "n6": [1, 1, 0, 0, 0, 0], "w1": [7, 1, 0, 0, 0, 0], "w2": [2, 0, 0, 0, 0, 0],
        "c1": [1, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0], "o3": [0, 0, 0, 0, 0, 1],
        "fwd": [1, 0, 0, 0, 0, 0]}
gk, trels, rt = gk_table(data, "tsv", typo={("tot", 6): 48}, pid="t",
                         note="(七)总计 row, 总计 49 typed 48: the row adds to 49, the 总计 column to 49, and 新收50 = 48 + 1 no longer holds")
fyrow = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]
rep.docx_blocks = [[r.split("\t") for r in gk.split("\n")],
                   [["行政复议"] * 5 + ["行政诉讼"] * 10, FY_HEAD * 3, [str(v) for v in fyrow]]]
fyt = "\t".join(str(v) for v in fyrow)
rep.text = """
嵛山区卫生健康委员会2024年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式编制，所列数据统计期限为2024年1月1日至12月31日。
一、总体情况
（一）主动公开。全年在区政府门户网站“卫生健康”栏目主动公开信息412条，发布政策解读9篇。
（二）依申请公开。本年度新收政府信息公开申请50件，上年无结转；办结49件，其中予以公开23件，部分公开7件，不予公开5件，无法提供10件，不予处理2件，其他处理2件；结转下年度继续办理1件。
（三）因政府信息公开被申请行政复议2件，被提起行政诉讼1件。
二、收到和处理政府信息公开申请情况
@@TABLE 0
三、政府信息公开行政复议、行政诉讼情况
@@TABLE 1
四、存在的主要问题及改进情况
个别答复书法律救济告知不够规范，下一步将加强答复文书审核。
"""
tabtext = gk
ref = rep.text.replace("@@TABLE 0", tabtext).replace("@@TABLE 1", "\n".join("\t".join(map(str, r)) for r in rep.docx_blocks[1]))
for r in trels:
    r["anchor"] = r.pop("quote")
rep.add(*trels)
p = "办结49件，其中予以公开23件，部分公开7件，不予公开5件，无法提供10件，不予处理2件，其他处理2件"
rep.add(
    S(49, [23, 7, 5, 10, 2, 2], p, "F"),
    S(50, [49, 1], "本年度新收政府信息公开申请50件，上年无结转；" + p + "；结转下年度继续办理1件", "H"),
    S(5, [0, 1, 0, 2, 0, 2, 0, 0], span(ref, "不予公开5件", rt["n8"]), "H"),
    S(10, [8, 2, 0], span(ref, "无法提供10件", rt["w3"]), "H"),
    S(2, [1, 0, 1], span(ref, "其他处理2件", rt["o3"]), "H"),
    E([49, 48], span(ref, "办结49件", rt["tot"]), "H", bad="prose 办结49件, the table's (七)总计 prints 48 (49 typed 48)"),
    E([50, 50], span(ref, "新收政府信息公开申请50件", rt["new"]), "H"),
    S(2, [1, 0, 0, 1], fyt, "T"),
    S(1, [0, 1, 0, 0], fyt, "T"),
    E([2, 2], span(ref, "被申请行政复议2件", fyt), "H"),
)
