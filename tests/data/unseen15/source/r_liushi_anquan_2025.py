from common import B, C, E, R, Report, S, span
from tables import grid

rep = Report("liushi-anquan-2025", "md", "柳石区应急管理局", 2025,
             kind="柳石区2025年10月安全生产形势通报 (2025, monthly)",
             shape="Markdown; the month beside 1-10月 (cumulative), three changes with 分别 and last year's figures in brackets, a table by 行业 with 起数 and 死亡 (a planted cell) and 合计, 隐患 with a nested 其中 and 整改率, a planted change of 罚款")
rows = [["道路运输", 16, 15], ["建筑施工", 5, 5], ["工贸", 3, 3], ["火灾", 2, 1], ["其他", 1, 1], ["合计", 27, 24]]
tb, rt = grid(["行业领域", "事故起数（起）", "死亡人数（人）"], rows, "md")
rep.text = f"""
# 柳石区2025年10月安全生产形势通报

## 一、事故情况

10月，全区发生生产安全事故3起、死亡3人，与9月持平。1-10月，全区累计发生生产安全事故27起、死亡24人、受伤11人，同比分别下降15.6%、11.1%、26.7%（上年同期32起、27人、15人）。

1-10月分行业情况如下：

{tb}

## 二、执法检查情况

1-10月，全区检查企业1,284家次，查处隐患3,917项，其中重大隐患12项，已整改3,862项，整改率98.6%。罚款186.4万元，同比增长22.7%（上年同期153.6万元）。
"""
t = rep.text
p1 = span(t, "累计发生生产安全事故27起", "上年同期32起、27人、15人")
reg = span(t, rt[0], rt[5])
p3 = span(t, "查处隐患3,917项", "整改率98.6%")
rep.add(
    B(3, 27, span(t, "全区发生生产安全事故3起", "累计发生生产安全事故27起"), "E"),
    C(27, -15.6, p1, "B", prev=32),
    C(24, -11.1, p1, "B", prev=27),
    C(11, -26.7, p1, "B", prev=15),
    S(27, [16, 5, 3, 2, 1], reg, "T"),
    S(24, [15, 5, 3, 1, 1], reg, "T", bad="15 + 5 + 3 + 1 + 1 = 25, 合计 printed 24 (建筑施工 4 typed 5)"),
)
rep.add(
    R(3862, 3917, 98.6, p3, "O"),
    B(12, 3917, p3, "D"),
    C(186.4, 22.7, span(t, "罚款186.4万元", "上年同期153.6万元"), "A", prev=153.6,
      bad="(186.4 - 153.6) / 153.6 = 21.4%, printed 22.7%"),
    E([27, 27], span(t, "累计发生生产安全事故27起", rt[5]), "H"),
    E([24, 24], span(t, "死亡24人", rt[5]), "H"),
)
rep.never("10月，全区发生生产安全事故3起、死亡3人，与9月持平", "9月 figures are not printed")
rep.never("检查企业1,284家次", "家次 beside 项")
