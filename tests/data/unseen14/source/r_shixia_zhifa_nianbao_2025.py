from common import R, Report, S, span
from tables import grid

rep = Report("shixia-zhifa-nianbao-2025", "html", "石峡区司法局", 2026,
             kind="石峡区2025年度行政执法情况统计报告 (2026)",
             shape="HTML; a table of 执法行为 by kind with 2025, 2024 and 增减% columns and a 合计 row (a planted 增减 cell), 处罚 by 种类 without 其中, 罚没 其中 (planted), 双随机 share of 检查")
rows = [["行政许可", "23,614", "21,987", "7.4"], ["行政处罚", "4,382", "4,915", "-10.8"], ["行政强制", 216, 248, "-19.2"],
        ["行政检查", "18,547", "16,203", "14.5"], ["行政征收", "1,036", 982, "5.5"], ["行政给付", "3,471", "3,298", "5.2"],
        ["合计", "51,266", "47,633", "7.6"]]
tab, rt = grid(["执法行为类别", "2025年（件）", "2024年（件）", "增减（%）"], rows, "html")
rep.text = f"""
<html><body>
<h3>石峡区2025年度行政执法情况统计报告</h3>
<p>一、全区行政执法行为总体情况</p>
{tab}
<p>二、行政处罚情况。全年作出行政处罚决定4,382件，按主罚种类分：警告612件，罚款3,408件，没收违法所得187件，责令停产停业93件，暂扣或者吊销许可证82件。罚没款2,867.3万元，其中罚款2,314.6万元、没收违法所得525.7万元。</p>
<p>三、行政检查情况。全年开展行政检查18,547次，其中通过“双随机、一公开”方式检查9,624次，占51.9%。</p>
<p>四、行政许可情况。全年办理行政许可23,614件，其中“一网通办”21,986件，网办率93.1%。</p>
</body></html>
"""
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
region = t[t.index(rt[0]):t.index(rt[6]) + len(rt[6])]
from common import C
prev = [21987, 4915, 248, 16203, 982, 3298, 47633]
cur = [23614, 4382, 216, 18547, 1036, 3471, 51266]
pct = [7.4, -10.8, -19.2, 14.5, 5.5, 5.2, 7.6]
rep.add(S(51266, cur[:6], region, "T"), S(47633, prev[:6], region, "T"))
for i in range(7):
    rep.add(C(cur[i], pct[i], rt[i], "T", prev=prev[i],
              bad="(216 − 248) / 248 = −12.9%, printed −19.2 (digits swapped)" if i == 2 else None))
rep.add(
    S(4382, [612, 3408, 187, 93, 82], sp("行政处罚决定4,382件", "吊销许可证82件"), "F"),
    S(2867.3, [2314.6, 525.7], sp("罚没款2,867.3万元", "没收违法所得525.7万元"),
      bad="2,314.6 + 525.7 = 2,840.3, printed 2,867.3 (552.7 with digits swapped)"),
    R(9624, 18547, 51.9, sp("行政检查18,547次", "占51.9%")),
)
rep.never("按主罚种类分", "one case counted once by its main penalty; a case can carry several kinds")

# ---- more relations ----
from common import B, C, R, S, span  # noqa: F811
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    R(21986, 23614, 93.1, sp("办理行政许可23,614件", "网办率93.1%")),
    B(21986, 23614, sp("办理行政许可23,614件", "一网通办”21,986件"), "D"),
)
