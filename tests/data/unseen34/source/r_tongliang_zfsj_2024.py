from common import C, E, R, Report, S, span
from u34 import addt, dl, gr, pc, tgrid

rep = Report("tongliang-zfsj-2024", "txt", "重庆市铜梁湾区司法局", 2025,
             kind="铜梁湾区2024年度行政执法工作情况及数据统计 (2025, 行政执法统计, 重庆 区)",
             shape="txt (no wrapping); a space-aligned table of 镇街 综合执法 with 立案 / 结案 / 罚款（万元） / 结案率% and a 合计 row (T: column sums, the rate per row), prose restating (H), 分别 over 起/宗/件 in one sentence (B), 同比 with the delta (A), 首违不罚 share (C), 执法 人员 (a trap), 轻微 免罚 (F), a planted 同比")
body = [["巴川街道", 164, 158, "42.6"], ["东城街道", 127, 125, "31.8"], ["南城街道", 98, 94, "22.4"], ["蒲吕街道", 46, 46, "9.7"], ["旧县街道", 38, 35, "7.2"], ["其他23个镇", 291, 279, "61.9"]]
rows = [list(r) for r in body]
rows.append(["合计", sum(r[1] for r in body), sum(r[2] for r in body), f"{sum(float(r[3]) for r in body):.1f}"])
for r in rows:
    r.append(pc(r[2], r[1]))
tab, trels, rt = tgrid(["镇（街道）", "立案（件）", "结案（件）", "罚款（万元）", "结案率（%）"], rows, "txt", col_sums=(1, 2, 3), rates=((4, 2, 1),))
L, J = rows[-1][1], rows[-1][2]
t = f"""铜梁湾区2024年度行政执法工作情况及数据统计

　　一、总体情况
　　2024年，全区28个镇街全面推行“一支队伍管执法”，镇街综合行政执法办公室共有执法人员312名。全年各镇街立案{L}件，结案{J}件，结案率{pc(J, L)}%，罚款{rows[-1][3]}万元。立案数同比增加58件、增长9.2%，罚款金额同比减少12.4万元、下降{gr(float(rows[-1][3]), float(rows[-1][3]) + 12.4)}%。

　　二、分镇街情况

{tab}

　　三、包容审慎监管
　　全年对轻微违法行为不予处罚207起，其中首次违法且危害后果轻微并及时改正的186起、无主观过错的21起；不予处罚案件占全部立案和不予处罚案件总和（{207 + L}件）的{pc(207, 207 + L)}%。

　　四、区级部门执法
　　区级执法部门全年立案2,146件，其中区市场监管局、区交通运输局、区城市管理局分别为682起、537宗、414件，其余部门513件。

　　五、下一步工作
　　加强镇街执法人员培训，确保持证上岗率100%。
"""
rep.text = t
addt(rep, trels)
rep.add(
    E([L, L], span(t, f"全年各镇街立案{L}件", rt[-1]), "H"),
    R(J, L, float(pc(J, L)), span(t, f"全年各镇街立案{L}件", f"结案率{pc(J, L)}%"), "O"),
    C(L, 9.2, span(t, f"全年各镇街立案{L}件", "增长9.2%"), "A", prev=L - 58, bad="(764 − 706) / 706 = 8.2%, printed 9.2% (planted)"),
    C(float(rows[-1][3]), dl(float(rows[-1][3]), float(rows[-1][3]) + 12.4), span(t, f"罚款{rows[-1][3]}万元", f"下降{gr(float(rows[-1][3]), float(rows[-1][3]) + 12.4)}%"), "A", prev=round(float(rows[-1][3]) + 12.4, 1)),
    S(207, [186, 21], span(t, "不予处罚207起", "无主观过错的21起"), "F"),
    R(207, 207 + L, float(pc(207, 207 + L)), span(t, "不予处罚207起", f"的{pc(207, 207 + L)}%"), "C"),
    S(2146, [682, 537, 414, 513], span(t, "区级执法部门全年立案2,146件", "其余部门513件"), "B"),
)
rep.never("执法人员312名", "staff beside cases")
rep.never("全区28个镇街", "28 = 5 街道 + 其他23个镇 by the table's labels: a count of places, not a stated sum")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('penalties.first_offense_exempted', 186, '起', '首次违法且危害后果轻微并及时改正的186起')
