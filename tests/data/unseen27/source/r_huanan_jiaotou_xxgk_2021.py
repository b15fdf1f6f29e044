from common import E, R, Report, S, span
from tables import gk_table
from u27 import addt, pdf_table

rep = Report("huanan-jiaotou-xxgk-2021", "txt", "华南省交通投资集团有限公司", 2022, wrap=33, page_every=14,
             page_style="- {n} -", header="华南省交通投资集团有限公司信息公开年报",
             kind="华南省交通投资集团有限公司2021年度信息公开工作报告 (2022, 国有企业)",
             shape="PDF copy wrapped at 33 with - n - footers and a running header; the national table with long labels wrapped over two lines, carry-in 2 and carry-out 1, a planted 总计 cell of 商业企业; 应办 = 新收 + 结转 (H), 营业收入 by 板块 without 其中, 资产负债率, employees beside 件")
data = {"new": [8, 5, 0, 0, 1, 0], "old": [2, 0, 0, 0, 0, 0],
        "gk": [4, 2, 0, 0, 1, 0], "bf": [1, 1, 0, 0, 0, 0], "n4": [0, 1, 0, 0, 0, 0], "n6": [1, 0, 0, 0, 0, 0],
        "w1": [2, 1, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0], "fwd": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("tot", 1): 6})
gk = pdf_table(gk, 12)
rep.text = f"""华南省交通投资集团有限公司2021年度信息公开工作报告

一、企业基本情况
截至2021年末，集团资产总额2,846.32亿元，负债总额1,862.15亿元，资产负债率65.4%。全年实现营业收入412.68亿元，分板块看，高速公路通行费收入186.24亿元，工程建设收入128.57亿元，物流贸易收入74.36亿元，其他业务收入23.51亿元。集团共有在岗职工18,426人。

二、依申请公开
2021年集团新收公开申请14件，上年结转2件，应办16件；年内办结15件，结转2022年1件。办结件中商业企业提出的5件，占三分之一。

{gk}

三、下一步工作
集团将在2022年修订信息公开管理办法，把所属二级企业纳入年度考核。
"""
t = rep.text
rep.add(
    R(1862.15, 2846.32, 65.4, span(t, "资产总额2,846.32亿元", "资产负债率65.4%")),
    S(412.68, [186.24, 128.57, 74.36, 23.51], span(t, "营业收入412.68亿元", "其他业务收入23.51亿元"), "F"),
    S(16, [14, 2], span(t, "新收公开申请14件", "应办16件"), "H"),
    S(16, [15, 1], span(t, "应办16件", "结转2022年1件"), "H"),
    E([14, 14], span(t, "新收公开申请14件", pdf_table(rows["new"], 12)), "H"),
    E([2, 2], span(t, "上年结转2件", pdf_table(rows["old"], 12)), "H"),
)
addt(rep, trels)
rep.never("办结件中商业企业提出的5件，占三分之一", "a fraction in words (5 of 15), not a printed percent")
rep.never("在岗职工18,426人", "employees beside cases")
