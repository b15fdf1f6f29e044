from common import C, Report, S, span
from tables import gk_table
from u27 import addt, tsv_rows

rep = Report("dongshan-shi-xxgk-2020", "docx", "东山市人民政府办公室", 2021, dest="enc",
             kind="东山市人民政府2020年政府信息公开工作年度报告 (2021, city)",
             shape=".docx; the national table as a Word table with all six applicant columns, carry-in 11, carry-out 9, a planted 社会公益组织 予以公开 cell; prose 应办 = 新收 + 结转 and 办结 + 结转 (H), two changes with 分别, 复议 纠错 ≤ 复议 total, 主动公开 by platform without 其中")
data = {"new": [186, 24, 3, 4, 6, 2], "old": [9, 2, 0, 0, 0, 0],
        "gk": [72, 10, 2, 2, 4, 1], "bf": [21, 4, 0, 0, 1, 0], "n1": [2, 0, 0, 0, 0, 0], "n4": [6, 1, 0, 0, 0, 0],
        "n6": [5, 0, 0, 0, 0, 0], "n7": [3, 1, 0, 0, 0, 0], "w1": [43, 5, 1, 1, 1, 1], "w2": [8, 1, 0, 0, 0, 0],
        "w3": [4, 0, 0, 0, 0, 0], "c1": [9, 2, 0, 0, 0, 0], "c2": [5, 0, 0, 0, 0, 0], "c5": [1, 0, 0, 0, 0, 0],
        "o1": [6, 1, 0, 0, 0, 0], "o3": [2, 0, 0, 1, 0, 0], "fwd": [8, 1, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "tsv", typo={("gk", 3): 3})
rep.docx_blocks = [tsv_rows(gk)]
rep.text = """东山市人民政府2020年政府信息公开工作年度报告

一、总体情况
2020年，市政府门户网站、政务新媒体和政府公报共发布政府信息12,864条，其中门户网站8,426条，政务新媒体3,962条，政府公报476条。

全年新收政府信息公开申请225件，上年结转11件，应办申请236件；已办结227件，结转下年度9件。新收申请和办结量比上年分别增长18.4%和21.4%，其中上年新收190件、办结187件。

因政府信息公开引起的行政复议12件，其中被纠错2件。

二、收到和处理政府信息公开申请情况
@@TABLE 0

三、存在的主要问题及改进情况
部分部门答复文书格式不统一，2021年将编印答复文书示范文本。
"""
t = rep.text
rep.add(
    S(12864, [8426, 3962, 476], span(t, "共发布政府信息12,864条", "政府公报476条")),
    S(236, [225, 11], span(t, "新收政府信息公开申请225件", "应办申请236件"), "H"),
    S(236, [227, 9], span(t, "应办申请236件", "结转下年度9件"), "H"),
    C(225, 18.4, span(t, "全年新收政府信息公开申请225件", "办结187件"), "B", prev=190),
    C(227, 21.4, span(t, "已办结227件", "办结187件"), "B", prev=187),
)
addt(rep, trels)
rep.never("因政府信息公开引起的行政复议12件，其中被纠错2件", "复议 cases beside applications; no rate printed")
