from common import C, E, R, Report, S, span
from tables import gk_table
from u25 import addt

rep = Report("yuntai-qu-xxgk-2019", "md", "云台区人民政府办公室", 2020,
             kind="云台区人民政府2019年政府信息公开工作年度报告 (2020, 区政府, first year of the new template)",
             shape="Markdown national table, no carry-in, 结转 3, a planted 商业企业 新收 cell; prose with the previous year, 办结率, 无法提供 by reason in brackets, a share over 办结, 微博/微信 with 分别 and a planted 合计, a non-exhaustive 其中, 街镇 and 部门 beside applications")
data = {"new": [142, 18, 0, 1, 2, 3],
        "gk": [61, 8, 0, 1, 1, 1], "bf": [18, 3, 0, 0, 0, 0], "n1": [1, 0, 0, 0, 0, 0],
        "n4": [6, 1, 0, 0, 0, 0], "n5": [2, 0, 0, 0, 0, 0], "w1": [29, 3, 0, 0, 1, 1],
        "w2": [7, 1, 0, 0, 0, 0], "w3": [4, 0, 0, 0, 0, 0], "c1": [8, 1, 0, 0, 0, 1],
        "c2": [4, 0, 0, 0, 0, 0], "fwd": [2, 1, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "md", typo={("new", 1): 19}, note="商业企业 新收 18 printed 19 (planted typo)")
rep.text = f"""
# 云台区人民政府2019年政府信息公开工作年度报告

## 一、总体情况

2019年，区政府门户网站发布信息12,316条，其中政策文件1,208条。政务微博、微信分别发布信息2,846条、3,127条，合计5,937条。全区12个街镇、38个部门均开设了政府信息公开专栏。

**依申请公开。** 全年收到政府信息公开申请166件，比2018年的128件增长29.7%。办结163件，办结率98.2%；结转3件，于2020年继续办理。

**办理结果。** 予以公开72件，占办结总数的44.2%；部分公开21件；无法提供46件，主要是本机关不掌握相关信息（34件）、需另行制作（8件）及补正后仍不明确（4件）；不予处理14件，占8.6%。

## 二、收到和处理政府信息公开申请情况

{gk}

## 三、存在的主要问题及改进情况

政策解读形式单一。2020年将增加图解和视频解读。
"""
t = rep.text
p = span(t, "收到政府信息公开申请166件", "于2020年继续办理")
q = span(t, "办结163件", "占8.6%")
rep.add(
    S(5937, [2846, 3127], span(t, "政务微博、微信分别发布信息2,846条", "合计5,937条"), "B",
      bad="2,846 + 3,127 = 5,973, printed 5,937 (digits swapped)"),
    C(166, 29.7, p, "A", prev=128),
    R(163, 166, 98.2, p),
    S(166, [163, 3], p, "H"),
    R(72, 163, 44.2, q, "C"),
    S(46, [34, 8, 4], q, "F"),
    R(14, 163, 8.6, q, "C"),
    E([166, 166], span(t, "收到政府信息公开申请166件", rows["new"]), "H"),
    E([72, 72], span(t, "予以公开72件", rows["gk"]), "H"),
)
addt(rep, trels)
rep.never("区政府门户网站发布信息12,316条，其中政策文件1,208条", "a non-exhaustive 其中")
rep.never("全区12个街镇、38个部门", "units beside applications")
