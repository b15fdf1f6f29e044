from common import B, E, R, Report, S, span
from u27 import addt, tgrid

rep = Report("xishan-shenji-zhenggai-2020", "md", "西山区审计局", 2021,
             kind="西山区人民政府关于2019年度区级预算执行和其他财政收支审计查出问题整改情况的报告 (2021, 审计整改)",
             shape="Markdown; 问题 个数 as 已整改 + 正在整改 (H) with 整改率, 金额 整改 ≤ 问题, a table of 问题 by 类别 with 问题数/已整改/整改率 columns per row and a 合计 row (a planted 整改率 cell), 追责 persons beside 问题, 制度 count")
rows = [["预算管理", 18, 16, "88.9"], ["专项资金", 24, 21, "85.7"], ["政府投资项目", 15, 12, "80.0"],
        ["国有资产", 9, 9, "100.0"], ["合计", 66, 58, "87.9"]]
tab, trels, rowt = tgrid(["问题类别", "问题数（个）", "已整改（个）", "整改率（%）"], rows, "md", col_sums=(1, 2))
rep.text = f"""# 西山区人民政府关于2019年度区级预算执行和其他财政收支审计查出问题整改情况的报告

## 一、整改工作总体情况

审计工作报告反映的66个问题，已完成整改58个，正在整改8个，整改率87.9%。审计查出问题金额4.86亿元，已整改问题金额4.12亿元，占84.8%。通过整改，各单位建立健全制度27项，追责问责9人。

## 二、分类别整改情况

{tab}

## 三、尚未整改到位问题的原因

政府投资项目中有3个问题涉及历史遗留的结算争议，需通过司法程序解决。
"""
t = rep.text
rep.add(
    S(66, [58, 8], span(t, "反映的66个问题", "正在整改8个"), "H"),
    R(58, 66, 87.9, span(t, "反映的66个问题", "整改率87.9%")),
    B(4.12, 4.86, span(t, "问题金额4.86亿元", "已整改问题金额4.12亿元")),
    R(4.12, 4.86, 84.8, span(t, "问题金额4.86亿元", "占84.8%")),
    E([66, 66], span(t, "反映的66个问题", "| 合计 | 66 |"), "H"),
)
for row, rt in zip(rows, rowt, strict=True):
    bad = "21 / 24 = 87.5%, printed 85.7" if row[0] == "专项资金" else None
    rep.add(R(row[2], row[1], float(row[3]), rt, "T", bad=bad))
addt(rep, trels)
rep.never("有3个问题涉及历史遗留的结算争议", "3 of the 政府投资项目 problems not rectified (15 − 12), a part not stated as a sum")
rep.never("建立健全制度27项，追责问责9人", "rules and persons beside problems")
