from common import B, C, R, Report, S, span
from u26 import addt, tgrid

rep = Report("baiyun-12345-2025m3", "html", "白云县12345政务服务便民热线中心", 2025,
             kind="白云县12345热线2025年3月运行月报 (2025, 12345 monthly)",
             shape="HTML; a table of 热点诉求 by 类别 with 本月/上月/环比 columns and a 合计 row (a planted 环比 cell; the 合计 环比 is the weighted one), prose restating the month and 一季度 累计 as 1月 + 2月 + 3月 (H), 同比 with last March in brackets, 即时办结 share, 超期 ≤ 派单")
rows = [["城乡建设", 1286, 1124, 14.4], ["交通运输", 642, 598, 7.4], ["劳动保障", 518, 486, 6.6],
        ["教育", 394, 512, -23.0], ["其他", 1468, 1346, 9.1], ["合计", 4308, 4066, 6.0]]
rows[1][3] = 4.7
tab, trels, rowt = tgrid(["诉求类别", "3月（件）", "2月（件）", "环比（%）"], rows, "html", col_sums=(1, 2))
rep.text = f"""
<html><head><title>白云县12345热线2025年3月运行月报</title></head><body>
<h3>白云县12345热线2025年3月运行月报</h3>
<p>3月，县12345热线共受理诉求4,308件，环比增长6.0%，同比增长11.3%（上年同期3,871件）。1-3月累计受理12,614件，其中1月4,240件、2月4,066件。</p>
<p>本月热点诉求情况：</p>
{tab}
<p>本月即时办结2,846件，占受理量的66.1%；派单1,462件，超期办结23件。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(4308, 6.0, span(t, "共受理诉求4,308件", "环比增长6.0%"), "A", prev=4066),
    C(4308, 11.3, span(t, "共受理诉求4,308件", "上年同期3,871件"), "A", prev=3871),
    S(12614, [4240, 4066, 4308], span(t, "共受理诉求4,308件", "2月4,066件"), "H"),
    R(2846, 4308, 66.1, span(t, "共受理诉求4,308件", "占受理量的66.1%"), "C"),
    S(4308, [2846, 1462], span(t, "共受理诉求4,308件", "派单1,462件"), "H"),
    B(23, 1462, span(t, "派单1,462件", "超期办结23件"), "E"),
)
for i in range(6):
    rep.add(C(rows[i][1], rows[i][3], rowt[i], "T", prev=rows[i][2],
              bad="(642 - 598) / 598 = 7.4%, printed 4.7 (digits swapped)" if i == 1 else None))
