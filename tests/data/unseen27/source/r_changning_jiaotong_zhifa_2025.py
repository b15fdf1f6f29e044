from common import B, E, R, Report, S, span
from u27 import addt, tgrid

rep = Report("changning-jiaotong-zhifa-2025", "txt", "长宁市交通运输综合行政执法支队", 2026, wrap=32, page_every=12, page_style="{n}/3",
             kind="长宁市交通运输综合行政执法支队2025年执法统计公示 (2026, 交通 执法 by month)",
             shape="txt wrapped at 32 with n/3 footers; a space-aligned grid of 检查/立案/结案 by quarter with a 全年 row, 上半年 restated as two quarters (H), 结案率, 治超 检测 ≥ 超限, 超限率, a planted quarter cell, 罚款 per case not stated")
rows = [["第一季度", 3126, 412, 398], ["第二季度", 3584, 486, 471], ["第三季度", 3962, 524, 580],
        ["第四季度", 3418, 463, 457], ["全年", 14090, 1885, 1834]]
tab, trels, rowt = tgrid(["季度", "路面检查（车次）", "立案（件）", "结案（件）"], rows, "txt", col_sums=(1, 2, 3))
rep.text = f"""长宁市交通运输综合行政执法支队2025年执法统计公示

一、执法数据

{tab}

全年路面检查车辆14,090车次，立案1,885件，结案1,834件，结案率97.3%。上半年立案898件，占全年的47.6%。

二、治超工作
全市6个超限检测站全年检测货车186,420车次，查处超限运输车辆2,318车次，卸载转运超限货物2,406车次，超限率1.24%，比上年下降0.32个百分点。

三、执法监督
全年收到执法投诉46件，均已办结，其中属实12件，属实率26.1%。
"""
t = rep.text
rep.add(
    E([14090, 14090], span(t, rowt[-1], "全年路面检查车辆14,090车次"), "H"),
    R(1834, 1885, 97.3, span(t, "立案1,885件", "结案率97.3%")),
    S(898, [412, 486], span(t, rowt[0], "上半年立案898件"), "H"),
    R(898, 1885, 47.6, span(t, "立案1,885件", "占全年的47.6%"), "C"),
    B(2318, 186420, span(t, "检测货车186,420车次", "超限运输车辆2,318车次")),
    B(2406, 2318, span(t, "超限运输车辆2,318车次", "卸载转运超限货物2,406车次"), "E",
      bad="卸载 2,406 > 查处 2,318 (2,046 with digits swapped)"),
    R(2318, 186420, 1.24, span(t, "检测货车186,420车次", "超限率1.24%")),
    R(12, 46, 26.1, span(t, "执法投诉46件", "属实率26.1%")),
)
addt(rep, trels)
rep.never("超限率1.24%，比上年下降0.32个百分点", "last year's rate and base are not printed")
rep.never("全市6个超限检测站", "stations beside vehicles")
