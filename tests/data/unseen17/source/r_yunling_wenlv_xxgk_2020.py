from common import B, C, E, R, Report, S, span
from h17 import gk, col, tot
from tables import gk_table

rep = Report("yunling-wenlv-xxgk-2020", "md", "云岭市文化和旅游局", 2021,
             kind="云岭市文化和旅游局2020年政府信息公开工作年度报告 (2021)",
             shape="Markdown, application table in Markdown, prose on 旅游 with 下降 and 恢复到上年的%, 万人次 and 亿元, A级景区 by grade with 其中, a share over 上年 (no change), a planted 景区 sum")
d = gk({"new": [17, 2, 0, 0, 0, 0], "gk": [8, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0],
        "w1": [4, 1, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0], "o3": [2, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "md")
new, done = col(d, "new"), tot(d)
rep.text = f"""# 云岭市文化和旅游局2020年政府信息公开工作年度报告

## 一、总体情况

2020年受新冠肺炎疫情影响，全市接待国内外游客2,163.5万人次，同比下降34.2%，恢复到上年的65.8%；实现旅游总收入186.27亿元，同比下降38.6%。全市A级旅游景区41家，其中5A级1家、4A级12家、3A级21家、2A级6家。全年组织“文化惠民”演出1,208场，其中送戏下乡846场，占70.0%。

全年主动公开信息614条，其中疫情期间景区开放和预约信息203条。依申请公开方面，全年新收申请{new}件，全部办结。其中予以公开9件，部分公开2件，无法提供5件，不予处理1件，其他处理2件。

## 二、主动公开政府信息情况

| 信息内容 | 本年处理决定数量 |
| --- | --- |
| 行政许可 | 73 |
| 行政处罚 | 26 |

## 三、收到和处理政府信息公开申请情况

{tab}

## 四、政府信息公开行政复议、行政诉讼情况

本年度无因政府信息公开引起的行政复议、行政诉讼。

## 五、存在的主要问题及改进情况

旅游统计信息发布时效有待提高。
"""
t = rep.text
p1 = span(t, "接待国内外游客2,163.5万人次", "恢复到上年的65.8%")
rep.add(
    C(21635000, -34.2, p1, "O"),
    S(41, [1, 12, 21, 6], span(t, "A级旅游景区41家", "2A级6家"), "O", bad="1 + 12 + 21 + 6 = 40, printed 41 (3A级 22 typed 21)"),
    R(846, 1208, 70.0, span(t, "演出1,208场", "占70.0%"), "O"),
    B(203, 614, span(t, "全年主动公开信息614条", "203条"), "D"),
    S(new, [9, 2, 5, 1, 2], span(t, f"全年新收申请{new}件", "其他处理2件"), "O"),
    E([new, new], span(t, f"全年新收申请{new}件", rows["new"]), "H"),
)
for r in trels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("同比下降34.2%，恢复到上年的65.8%", "65.8% = 100 − 34.2 of last year's count (not printed): a restatement, no base printed")
rep.add(
    C(186.27, -38.6, span(t, "实现旅游总收入186.27亿元", "同比下降38.6%"), "O"),
)
