from common import C, E, R, Report, S, span
from u25 import addt, tgrid

rep = Report("huaxi-xzjc-2024", "html", "华溪区司法局", 2025,
             kind="华溪区2024年行政检查情况统计分析 (2025, 行政检查 by month)",
             shape="HTML; a table of 检查次数 and 发现问题 by month with a 全年 row (a planted 8月 cell), quarters restated in prose as sums of months (H; one breaks with the cell), 上半年 share, 问题发现率, the previous year in brackets, checks per enterprise (G), 执法人员 beside checks")
months = [(412, 36), (286, 21), (546, 48), (624, 57), (598, 52), (642, 61), (586, 49), (536, 44), (612, 58),
          (478, 39), (634, 62), (519, 41)]
rows = [[f"{i + 1}月", f"{c:,}" if c >= 1000 else str(c), str(p)] for i, (c, p) in enumerate(months)] + [["全年", "6,500", "568"]]
tab, trels, rt = tgrid(["月份", "检查次数", "发现问题（个）"], rows, "html", col_sums=(1, 2),
                       note="8月 563 printed 536 (digits swapped)")
rep.text = f"""
<html><head><meta charset="utf-8"><title>华溪区2024年行政检查情况统计分析</title></head><body>
<h2>华溪区2024年行政检查情况统计分析</h2>
<p>2024年，全区126名执法人员共实施涉企行政检查6,500次，较上年（5,912次）增长9.9%，检查企业2,846家，平均每家企业受检2.3次。检查中发现问题568个，问题发现率8.7%。</p>
<p>分季度看，一季度1,244次，二季度1,864次，三季度1,761次，四季度1,631次。上半年3,108次，占全年的47.8%。</p>
<p>表1　2024年各月行政检查情况</p>
{tab}
</body></html>
"""
t = rep.text
a = span(t, "共实施涉企行政检查6,500次", "问题发现率8.7%")
q = span(t, "一季度1,244次", "四季度1,631次")
rep.add(
    C(6500, 9.9, a, "A", prev=5912),
    R(6500, 2846, 2.3, a, "G", per=1),
    R(568, 6500, 8.7, a),
    S(6500, [1244, 1864, 1761, 1631], span(t, "共实施涉企行政检查6,500次", "四季度1,631次"), "F"),
    S(3108, [1244, 1864], span(t, "一季度1,244次", "上半年3,108次"), "H"),
    R(3108, 6500, 47.8, span(t, "共实施涉企行政检查6,500次", "占全年的47.8%"), "C"),
    S(1244, [412, 286, 546], span(t, "一季度1,244次", rt[2]), "H"),
    S(1864, [624, 598, 642], span(t, "二季度1,864次", rt[5]), "H"),
    S(1761, [586, 536, 612], span(t, "三季度1,761次", rt[8]), "H", bad="586 + 536 + 612 = 1,734, printed 1,761 (8月 563 typed 536 in the table)"),
    S(1631, [478, 634, 519], span(t, "四季度1,631次", rt[11]), "H"),
    E([6500, 6500], span(t, "共实施涉企行政检查6,500次", rt[12]), "H"),
)
addt(rep, trels)
rep.never("全区126名执法人员", "persons beside checks")
