from common import C, E, R, Report, S, span
from h28 import tab
from tables import fy_table, gk_table

rep = Report("jiangyuan-jiaotong-xxgk-2024", "md", "江源县交通运输局", 2025,
             kind="江源县交通运输局2024年政府信息公开工作年度报告 (2025)",
             shape="Markdown national tables where 办结 exceeds 新收 (carry-in, nothing carried out), a planted 予以公开 cell, 公里 with a share, previous value in brackets, siblings with 分别, one figure printed twice")
data = {"new": [41, 7, 0, 0, 1, 2], "old": [2, 0, 0, 0, 0, 0],
        "gk": [15, 3, 0, 0, 1, 0], "bf": [4, 1, 0, 0, 0, 0], "n4": [2, 1, 0, 0, 0, 0], "n8": [3, 0, 0, 0, 0, 0],
        "w1": [11, 2, 0, 0, 0, 2], "w2": [2, 0, 0, 0, 0, 0], "c1": [3, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0],
        "o3": [2, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "md", typo={("gk", 0): 16})
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "md")
rep.text = f"""
# 江源县交通运输局2024年政府信息公开工作年度报告

## 一、总体情况

### （一）主动公开

全年主动公开信息1,047条，其中道路运输行政许可结果公示612条、超限运输许可公示218条。截至2024年底，全县公路总里程3,418.6公里，其中农村公路2,963.2公里，占86.7%。全年办理超限运输许可218件，较上年（197件）增长10.7%。

### （二）依申请公开

全年新收政府信息公开申请51件，上年结转2件，全部办结。办结53件，其中予以公开19件，占35.8%。申请内容中，涉及交通事故、道路运输许可的分别为14件、9件。

## 二、收到和处理政府信息公开申请情况

{gk}

## 三、政府信息公开行政复议、行政诉讼情况

{fy}

## 四、存在的主要问题及改进情况

农村公路建设养护信息公开还不够及时，2025年将按季度公开农村公路建设进度。
"""
t = rep.text
pb = span(t, "全年新收政府信息公开申请51件", "占35.8%")
rep.add(
    R(2963.2, 3418.6, 86.7, span(t, "全县公路总里程3,418.6公里", "占86.7%"), "O"),
    C(218, 10.7, span(t, "办理超限运输许可218件", "增长10.7%"), "A", prev=197),
    E([218, 218], span(t, "超限运输许可公示218条", "办理超限运输许可218件"), "H"),
    S(53, [51, 2], pb, "E"),
    R(19, 53, 35.8, pb, "O"),
    E([53, 53], span(t, "办结53件", rows["tot"]), "H"),
    E([19, 19], span(t, "予以公开19件", rows["gk"]), "H"),
)
tab(rep, trels, frels)
rep.never("全年主动公开信息1,047条，其中道路运输行政许可结果公示612条、超限运输许可公示218条", "non-exhaustive 其中")
rep.never("办结53件", "办结 53 > 新收 51: two carried in, nothing carried out")
rep.never("涉及交通事故、道路运输许可的分别为14件、9件", "topics, siblings without a total")
