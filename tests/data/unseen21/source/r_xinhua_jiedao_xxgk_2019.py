from common import E, R, Report, S, span
from tables import gk_table
from u21 import take

rep = Report("xinhua-jiedao-xxgk-2019", "txt", "和平区新华街道办事处", 2020, enc="gb18030", dest="enc", half=True, wrap=36,
             kind="新华街道办事处2019年政府信息公开工作年度报告 (2020, first year of the new template)",
             shape="GB18030 .txt with half-width punctuation; space-aligned national table with a planted (七)总计 cell (row, column and balance), prose restating it (all new, none carried in), a share over 办结, 社区 and 网格 beside 件")
data = {"new": [31, 2, 0, 0, 1, 0], "gk": [12, 1, 0, 0, 0, 0], "bf": [4, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0],
        "w1": [7, 1, 0, 0, 1, 0], "w2": [2, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0],
        "fwd": [2, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("tot", 6): 33})
rep.text = f"""
新华街道办事处2019年政府信息公开工作年度报告

一、总体情况

2019年,街道共收到政府信息公开申请34件,全部为新收申请。其中自然人31件,法人或其他组织3件。办结32件,结转下年度2件。答复结果中,予以公开13件,占办结数的40.6%。街道下辖9个社区、126个网格,网格员全部参与政策宣传。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

本年度未发生因政府信息公开引起的行政复议、行政诉讼。

四、存在的主要问题及改进情况

新条例实施后,答复文书格式仍需统一。
"""
t = rep.text.translate({ord("，"): ",", ord("；"): ";", ord("："): ":", ord("（"): "(", ord("）"): ")"})
p = span(t, "共收到政府信息公开申请34件", "占办结数的40.6%")
rep.add(
    S(34, [31, 3], p, "O"),
    S(34, [32, 2], p, "H"),
    R(13, 32, 40.6, p, "C"),
    E([34, 34], span(t, "共收到政府信息公开申请34件", rows["new"].translate({ord("，"): ","})), "H"),
)
take(rep, trels)
rep.never("街道下辖9个社区、126个网格", "units beside cases")

rep.add(E([32, 33], span(t, "办结32件", rows["tot"].translate({ord("（"): "(", ord("）"): ")"})), "H", bad="prose 办结 32, the table's (七)总计 printed 33 (planted typo)"))
