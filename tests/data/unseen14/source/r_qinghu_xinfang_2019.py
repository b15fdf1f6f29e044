from common import B, C, E, R, Report, S, span
from tables import grid

rep = Report("qinghu-xinfang-2019", "md", "青湖区信访局", 2020,
             kind="青湖区2019年信访工作总结 (2020)",
             shape="Markdown; 网上信访 share with a change from last year's level, a table of 受理/办结/办结率 by 渠道 with a 合计 row (a planted rate), prose = table, 积案 化解 100% without a count, 批次 beside 人次")
rows = [["来信", 173, 171, "98.8"], ["来访", 365, 359, "97.4"], ["网上信访", 786, 782, "99.5"], ["合计", "1,324", "1,312", "99.1"]]
tab, rt = grid(["渠道", "受理（件）", "办结（件）", "办结率（%）"], rows, "md")
rep.text = f"""
# 青湖区2019年信访工作总结

2019年，区信访局坚持“以人民为中心”，依法分类处理信访诉求。

## 一、信访总体情况

全年共受理群众信访事项1,324件，较上年的1,486件下降10.9%；其中网上信访786件，占59.4%，网上信访已成为群众信访主渠道。各渠道受理办结情况如下：

{tab}

## 二、积案化解

全年排查化解信访积案38件，化解率100%。区领导接访下访214批次，接待群众1,736人次。信访事项群众满意率96.2%。
"""
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
region = t[t.index(rt[0]):t.index(rt[3]) + len(rt[3])]
rep.add(
    C(1324, -10.9, sp("受理群众信访事项1,324件", "下降10.9%"), "A", prev=1486),
    R(786, 1324, 59.4, sp("受理群众信访事项1,324件", "占59.4%")),
    B(786, 1324, sp("受理群众信访事项1,324件", "网上信访786件"), "D"),
    S(1324, [173, 365, 786], region, "T"),
    S(1312, [171, 359, 782], region, "T"),
    R(171, 173, 98.8, rt[0], "T"),
    R(359, 365, 97.4, rt[1], "T", bad="359 / 365 = 98.4%, printed 97.4"),
    R(782, 786, 99.5, rt[2], "T"),
    R(1312, 1324, 99.1, rt[3], "T"),
    E([786, 786], sp("网上信访786件", rt[2]), "H"),
    E([1324, 1324], sp("受理群众信访事项1,324件", rt[3]), "H"),
)
rep.never("排查化解信访积案38件，化解率100%", "积案 total not printed")
rep.never("接访下访214批次，接待群众1,736人次", "批次 beside 人次")
rep.never("信访事项群众满意率96.2%", "over 评价 counts not printed")

# ---- more relations ----
from common import B, C, E, R, S, span  # noqa: F811
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
for i in range(4):
    rep.add(B([171, 359, 782, 1312][i], [173, 365, 786, 1324][i], rt[i], "T"))
