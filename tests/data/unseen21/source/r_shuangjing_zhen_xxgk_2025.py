from common import E, R, Report, span
from tables import gk_table
from u21 import take

rep = Report("shuangjing-zhen-xxgk-2025", "txt", "临川县双井镇人民政府", 2026, wrap=33, page_every=10, page_style="第{n}页",
             kind="双井镇人民政府2025年政府信息公开工作年度报告 (2026)",
             shape="PDF copy wrapped at 33 with 第n页 footers; the national table copied from a PDF with every row broken across two lines (label, then the cells), carry-in 1 and carry-out 3, 办结率 over an unprinted 新收 + 结转 (not over 新收), a share over 办结, 村 beside 件")
data = {"new": [16, 1, 0, 0, 0, 0], "old": [1, 0, 0, 0, 0, 0], "gk": [6, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0],
        "w1": [4, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0], "fwd": [3, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("w1", 0): 5})
brow = {k: v.replace("  ", "\n", 1) for k, v in rows.items()}
broken = "\n".join(ln.replace("  ", "\n", 1) if ln in rows.values() else ln for ln in gk.split("\n"))
rep.text = f"""
双井镇人民政府2025年政府信息公开工作年度报告

一、总体情况

本年度新收政府信息公开申请17件，上年结转1件，本年度办结15件，结转下年度3件，办结率83.3%。办结件中予以公开7件，占办结总数的46.7%。申请主要涉及全镇12个村的土地征收补偿和宅基地审批。

二、收到和处理政府信息公开申请情况

{broken}

三、政府信息公开行政复议、行政诉讼情况

本年度未发生政府信息公开行政复议、行政诉讼案件。

四、存在的主要问题及改进情况

镇级公开专栏栏目设置与上级要求不完全一致，2026年将对照县级目录调整。
"""
t = rep.text
p = span(t, "本年度新收政府信息公开申请17件", "占办结总数的46.7%")
rep.add(
    R(7, 15, 46.7, p, "C"),
    E([15, 15], span(t, "本年度办结15件", brow["tot"]), "H"),
    E([3, 3], span(t, "结转下年度3件", brow["fwd"]), "H"),
    E([7, 7], span(t, "予以公开7件", brow["gk"]), "H"),
)
take(rep, trels)
rep.never("本年度办结15件，结转下年度3件，办结率83.3%", "办结率 over 17 + 1 = 18, a sum not printed (15/18 = 83.3%; 15/17 = 88.2% is not the base)")
rep.never("全镇12个村", "units")
