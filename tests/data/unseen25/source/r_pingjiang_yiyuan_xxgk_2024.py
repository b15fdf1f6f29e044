from common import C, E, R, Report, S, span
from tables import gk_table
from u25 import addt

rep = Report("pingjiang-yiyuan-xxgk-2024", "docx", "平江市人民医院", 2025, dest="enc",
             kind="平江市人民医院2024年院务公开（信息公开）工作年度报告 (2025, hospital)",
             shape=".docx; the national table as a Word table, carry-in 3, carry-out 4, a planted 自然人 部分公开 cell; prose with 应办 = 新收 + 结转 and 办结 + 结转 (H), 办结率, 患者 share of 新收, subjects without 其中, a planted change, 病历复印 份 and 门诊 人次 beside 件")
data = {"new": [21, 2, 0, 0, 1, 0], "old": [3, 0, 0, 0, 0, 0],
        "gk": [10, 1, 0, 0, 1, 0], "bf": [4, 0, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0],
        "w1": [2, 1, 0, 0, 0, 0], "w2": [1, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0],
        "fwd": [4, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "tsv", typo={("bf", 0): 5}, note="自然人 部分公开 4 printed 5 (planted typo)")
rep.docx_blocks = [[ln.split("\t") for ln in gk.split("\n")]]
rep.text = """
平江市人民医院2024年院务公开（信息公开）工作年度报告

一、总体情况

2024年，医院门诊量86.4万人次，为患者复印病历12,846份。全年通过医院网站、微信公众号主动公开信息412条。

全年收到信息公开申请24件，较上年（20件）增长25.0%。加上2023年结转的3件，全年需办理27件；办结23件，结转下年度4件，办结率85.2%。

患者及家属申请19件，占新收申请的79.2%。申请内容集中在医疗收费（9件）、诊疗记录（8件）和招聘信息（5件），其他2件。

予以公开和部分公开的合计16件，占办结总数的69.6%。

二、收到和处理信息公开申请情况

@@TABLE 0

三、存在的主要问题和改进措施

部分科室对公开时限把握不准。2025年将开展专项培训。
"""
s = rep.text
flat = s.replace("@@TABLE 0", gk)
p = span(s, "全年收到信息公开申请24件", "办结率85.2%")
rep.add(
    C(24, 25.0, span(s, "收到信息公开申请24件", "增长25.0%"), "A", prev=20, bad="(24 - 20) / 20 = 20.0%, printed 25.0%"),
    S(27, [24, 3], p, "H"),
    S(27, [23, 4], p, "H"),
    R(23, 27, 85.2, p),
    R(19, 24, 79.2, span(s, "收到信息公开申请24件", "占新收申请的79.2%"), "C"),
    S(24, [9, 8, 5, 2], span(s, "收到信息公开申请24件", "其他2件"), "F"),
    R(16, 23, 69.6, span(s, "办结23件", "占办结总数的69.6%"), "C"),
    E([24, 24], span(flat, "收到信息公开申请24件", rows["new"]), "H"),
    E([4, 4], span(flat, "结转下年度4件", rows["fwd"]), "H"),
)
addt(rep, trels)
rep.never("医院门诊量86.4万人次，为患者复印病历12,846份", "visits and copies beside applications")
rep.never("主动公开信息412条", "no breakdown printed")
