from common import B, R, Report, S, span
from u26 import addt, tgrid

rep = Report("taoyuan-xinfang-2024", "txt", "桃源县人民来访接待中心", 2025, wrap=34, page_every=12,
             page_style="— {n} —",
             kind="桃源县2024年信访形势分析 (2025, 信访 by month)",
             shape="txt wrapped at 34 with — n — footers; a space-aligned table of 信访 by month (来信/来访/网信/合计 per row, a 全年 row; a planted 合计 cell of a month), quarters and 下半年 in prose as sums of months (H), 网信 share, 越级访 ≤ 来访, 化解 率 over 积案")
months = [[86, 42, 124], [64, 38, 112], [92, 51, 146], [88, 47, 138], [95, 44, 152], [102, 56, 161],
          [98, 49, 158], [104, 53, 166], [91, 46, 143], [87, 41, 137], [84, 39, 129], [79, 36, 121]]
rows = [[f"{i + 1}月", a, b, c, a + b + c] for i, (a, b, c) in enumerate(months)]
tot = [sum(m[k] for m in months) for k in range(3)]
rows.append(["全年", *tot, sum(tot)])
rows[7][4] = 232
tab, trels, rowt = tgrid(["月份", "来信", "来访", "网上信访", "合计"], rows, "txt", col_sums=(1, 2, 3, 4),
                         row_sums=((4, [1, 2, 3]),), note="8月 合计 323 printed 232 (digits swapped): its row and the 合计 column do not add up")
rep.text = f"""
桃源县2024年信访形势分析

一、总体情况

2024年全县信访总量{sum(tot):,}件次，各月情况见下表（单位：件次）：

{tab}

分季度看，一季度755件次，二季度883件次，三季度908件次，四季度753件次；下半年合计1,661件次。网上信访{tot[2]:,}件次，占信访总量的51.1%。

二、越级访

全年赴省进京越级访31件次，占来访总量的5.7%。

三、积案化解

年初排查信访积案64件，年内化解58件，化解率90.6%。
"""
t = rep.text
addt(rep, trels)
tt = [r[4] for r in rows[:12]]
qs = span(t, "分季度看", "四季度753件次")
names = ["一季度", "二季度", "三季度", "四季度"]
for k, qv in enumerate([755, 883, 908, 753]):
    parts = tt[3 * k:3 * k + 3]
    rep.add(S(qv, parts, span(t, rowt[3 * k], "四季度753件次"), "H",
              bad="305 + 232 + 280 = 817, 三季度 printed 908 (8月 合计 323 typed 232 in the table)" if k == 2 else None))
rep.add(
    S(1661, [908, 753], span(t, "三季度908件次", "下半年合计1,661件次"), "H"),
    R(1687, 3299, 51.1, span(t, "信访总量3,299件次", "占信访总量的51.1%"), "C"),
    B(31, 542, span(t, rowt[12], "越级访31件次"), "E"),
    R(31, 542, 5.7, span(t, rowt[12], "占来访总量的5.7%"), "C"),
    B(58, 64, span(t, "信访积案64件", "化解58件"), "E"),
    R(58, 64, 90.6, span(t, "信访积案64件", "化解率90.6%")),
)
rep.never("年初排查信访积案64件", "积案 a stock beside the year's flow")
