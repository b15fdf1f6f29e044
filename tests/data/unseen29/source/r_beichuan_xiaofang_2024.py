from common import C, E, R, Report, S, span
from u29 import addt, tgrid

rep = Report("beichuan-xiaofang-2024", "html", "北川市消防救援支队", 2025,
             kind="北川市2024年火灾形势分析 (2025, 消防 统计)",
             shape="HTML; a table of 起数/占比/损失 by 场所 with a 合计 row (T: column sums and the 占比 column over the 合计), prose restating the totals (H), changes, 住宅 share of 死亡 and 工业 share of 损失 (C), causes without 其中 (F) with a share, 接处警 with a non-exhaustive 其中 and 车次 beside 人次 (traps)")
rows = [["住宅", 486, "38.2", "412.6"], ["交通工具", 214, "16.8", "186.4"], ["室外垃圾杂物", 368, "28.9", "12.8"],
        ["商业场所", 96, "7.5", "286.3"], ["工业场所", 42, "3.3", "628.4"], ["其他", 67, "5.3", "74.5"],
        ["合计", "1,273", "100.0", "1,601.0"]]
tab, trels, rowt = tgrid(["起火场所", "起数（起）", "占比（%）", "直接财产损失（万元）"], rows, "html", col_sums=(1, 3))
rep.text = f"""<html><head><meta charset="utf-8"><title>北川市2024年火灾形势分析</title></head><body>
<h2>北川市2024年火灾形势分析</h2>
<p>北川市消防救援支队　2025-01-20</p>
<p>2024年，全市共接报火灾1,273起，死亡4人、受伤9人，直接财产损失1,601.0万元。与上年相比，火灾起数下降6.8%，直接财产损失上升12.4%，未发生较大及以上火灾。</p>
<p><strong>一、按起火场所分析</strong></p>
{tab}
<p>住宅火灾486起，占38.2%，造成死亡3人，占死亡总数的75.0%，是防范亡人火灾的重点。工业场所火灾起数仅占3.3%，但直接财产损失占39.3%。</p>
<p><strong>二、按起火原因分析</strong></p>
<p>从起火原因看，电气火灾412起，用火不慎286起，吸烟118起，其他原因457起。电气火灾占火灾总数的32.4%，仍居首位。</p>
<p><strong>三、灭火救援</strong></p>
<p>全年全市消防救援队伍接处警8,426起，其中火灾扑救1,273起、抢险救援3,186起、社会救助1,642起，出动消防车辆4,862车次、指战员28,640人次，营救被困人员612人。</p>
<p><strong>四、下一步工作</strong></p>
<p>深化电动自行车、住宅小区和“九小场所”消防安全专项整治，全面推进基层消防网格化管理。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
for r, rt in zip(rows[:-1], rowt[:-1], strict=True):
    bad = None
    rep.add(R(r[1], 1273, float(r[2]), span(t, rt, rowt[-1]), "T", bad=bad))
rep.add(
    E([1273, 1273], span(t, "全市共接报火灾1,273起", rowt[-1]), "H"),
    E([1601.0, 1601.0], span(t, "直接财产损失1,601.0万元", rowt[-1]), "H"),
    C(1273, -6.8, span(t, "全市共接报火灾1,273起", "火灾起数下降6.8%")),
    C(1601.0, 12.4, span(t, "直接财产损失1,601.0万元", "直接财产损失上升12.4%")),
    R(3, 4, 75.0, span(t, "死亡4人", "占死亡总数的75.0%"), "C"),
    R(628.4, 1601.0, 39.3, span(t, rowt[4], "但直接财产损失占39.3%"), "C"),
    S(1273, [412, 286, 118, 457], span(t, rowt[-1], "其他原因457起"), "F"),
    R(412, 1273, 32.4, span(t, rowt[-1], "占火灾总数的32.4%"), "C"),
)
rep.never("接处警8,426起，其中火灾扑救1,273起、抢险救援3,186起、社会救助1,642起", "a non-exhaustive 其中 (adds to 6,101 of 8,426)")
rep.never("出动消防车辆4,862车次、指战员28,640人次", "车次 beside 人次")
rep.never("营救被困人员612人", "persons beside incidents")
