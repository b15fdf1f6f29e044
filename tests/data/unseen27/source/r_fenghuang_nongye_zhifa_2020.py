from common import B, E, R, Report, S, span
from u27 import addt, tgrid

rep = Report("fenghuang-nongye-zhifa-2020", "html", "凤凰县农业农村局", 2021,
             kind="凤凰县农业农村局2020年农业综合执法数据公示 (2021, 农业 执法 by 乡镇)",
             shape="HTML grid by 乡镇 of 检查/发现问题/立案 with a 合计 row and a 问题发现率 column per row (a planted rate), prose restating the 合计 (H), 抽检 样品 合格率, 不合格 ≤ 抽检, 种子 and 农药 cases with 分别")
rows = [["城关镇", 186, 21, 6, "11.3"], ["河口镇", 142, 18, 4, "12.7"], ["青山乡", 98, 9, 2, "9.2"],
        ["白马乡", 124, 17, 5, "13.9"], ["合计", 550, 65, 17, "11.8"]]
tab, trels, rowt = tgrid(["乡镇", "检查（次）", "发现问题（个）", "立案（件）", "问题发现率（%）"], rows, "html", col_sums=(1, 2, 3))
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<h3>凤凰县农业农村局2020年农业综合执法数据公示</h3>
<p>一、分乡镇执法检查情况</p>
{tab}
<p>全年开展农资市场检查550次，发现问题65个，立案17件。立案案件中，涉及种子、农药、兽药的分别为5件、8件和4件。</p>
<p>二、农产品质量安全抽检</p>
<p>全年抽检蔬菜、水果、畜禽产品样品1,240批次，检出不合格12批次，合格1,228批次，合格率99.0%。</p>
</body></html>
"""
t = rep.text
for row, rt in zip(rows, rowt, strict=True):
    bad = "17 / 124 = 13.7%, printed 13.9" if row[0] == "白马乡" else None
    rep.add(R(row[2], row[1], float(row[4]), rt, "T", bad=bad))
rep.add(
    E([550, 550], span(t, "<td>合计</td><td>550</td>", "检查550次"), "H"),
    S(17, [5, 8, 4], span(t, "立案17件", "分别为5件、8件和4件"), "B"),
    B(12, 1240, span(t, "样品1,240批次", "不合格12批次")),
    S(1240, [1228, 12], span(t, "样品1,240批次", "合格1,228批次")),
    R(1228, 1240, 99.0, span(t, "样品1,240批次", "合格率99.0%")),
)
addt(rep, trels)
