from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("luanwan-fuyi-2024", "html", "六安湾市司法局", 2025,
             kind="六安湾市人民政府2024年度行政复议工作报告 (2025, 行政复议 年度统计, 安徽 市, 2024 law, 集中 复议)",
             shape="HTML; after the 2024 law's 集中: 收到 = 受理 + 不予受理 + 告知 (F) with 较上年 and the previous printed (A), 受理 by 类别 with 分别 (B), 上年结转 + 受理 = 审结 + 结转 (F), 审结 by outcome (F), 纠错 = 变更 + 撤销 + 确认违法 + 责令履行 + 确认无效 (F) with 纠错率 over 审结 (C) and its 个百分点 rise over last year's printed (a sum), 调解和解率 (C), a table by 被申请人所在县区 with 受理 / 审结 / 纠错 / 纠错率 and a 合计 row (T: column sums and the rate per row; a planted 纠错 cell), prose restating (H); 听证 次数, 意见书, 约 and 近 figures as traps")
qx = [("金安湾区", 212, 204, 27), ("裕安湾区", 186, 179, 21), ("叶集川区", 48, 46, 4), ("霍邱川县", 241, 232, 25), ("舒城川县", 163, 158, 17),
      ("金寨川县", 97, 94, 9), ("霍山川县", 88, 85, 8), ("市直部门", 143, 139, 18)]
cs = [sum(x[i] for x in qx) for i in (1, 2, 3)]
rows = [[a, b, c, d, pc(d, c)] for a, b, c, d in qx] + [["合计", n(cs[0]), n(cs[1]), cs[2], pc(cs[2], cs[1])]]
rows[3][3] = 52
tab, trels, rowt = tgrid(["被申请人所在地", "受理", "审结", "纠错", "纠错率（%）"], rows, "html", col_sums=(1, 2, 3), rates=((4, 3, 2),))
SL, SJ, JC = cs
BY, GZ = 96, 41
SD = SL + BY + GZ
old = 58
fwd = old + SL - SJ
lb = [412, 186, 97, 154, 131, SL - 412 - 186 - 97 - 154 - 131]
bg, cx, wf, lx, wx = 6, 62, 37, 22, 2
assert bg + cx + wf + lx + wx == JC
tj = 118
zz = 17
wc = SJ - JC - tj - zz
wc_keep = 652
bh = wc - wc_keep
jl = pc(JC, SJ)
prev = "9.6"
rep.text = f"""<html><body>
<h1>六安湾市人民政府2024年度行政复议工作报告</h1>
<p>（2025年2月12日　六安湾市司法局）</p>
<p>2024年是新修订的《中华人民共和国行政复议法》施行的第一年。按照“一级政府只设立一个行政复议机关”的要求，市人民政府统一行使市本级及对县（区）政府工作部门的行政复议职责。现将全年工作情况报告如下。</p>
<h3>一、案件总体情况</h3>
<p>全年共收到行政复议申请{n(SD)}件，较上年的{n(892)}件增长{gr(SD, 892)}%。其中依法受理{n(SL)}件，不予受理{BY}件，告知向有权机关申请{GZ}件。受理案件中，行政处罚、行政强制、政府信息公开、工伤认定、征收补偿、其他类案件分别为{lb[0]}件、{lb[1]}件、{lb[2]}件、{lb[3]}件、{lb[4]}件、{lb[5]}件。</p>
<p>加上上年结转的{old}件，全年审结{n(SJ)}件，结转下年度{fwd}件。</p>
<h3>二、审理结果</h3>
<p>审结的{n(SJ)}件中，维持{wc_keep}件，驳回复议请求{bh}件，变更{bg}件，撤销{cx}件，确认违法{wf}件，责令履行{lx}件，确认无效{wx}件，经调解、和解后终止{tj}件，因申请人撤回申请等其他原因终止{zz}件。以上变更、撤销、确认违法、责令履行、确认无效合计纠错{JC}件，纠错率{jl}%，较上年的{prev}%提高{float(jl) - float(prev):.1f}个百分点；调解和解率{pc(tj, SJ)}%。</p>
<h3>三、各地案件分布</h3>
{tab}
<h3>四、其他工作</h3>
<p>全年召开行政复议听证会34次，制发行政复议意见书和建议书29份；案件平均审理天数约42天，近九成案件在法定期限内提前审结。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    C(SD, float(gr(SD, 892)), span(t, f"行政复议申请{n(SD)}件", f"增长{gr(SD, 892)}%"), "A", prev=892),
    S(SD, [SL, BY, GZ], span(t, f"行政复议申请{n(SD)}件", f"申请{GZ}件"), "F"),
    S(SL, lb, span(t, f"依法受理{n(SL)}件", f"{lb[5]}件。"), "B"),
    S(SJ, [old, SL, -fwd], span(t, f"依法受理{n(SL)}件", f"结转下年度{fwd}件"), "F"),
    S(SJ, [wc_keep, bh, bg, cx, wf, lx, wx, tj, zz], span(t, f"审结的{n(SJ)}件中", f"其他原因终止{zz}件"), "F"),
    S(JC, [bg, cx, wf, lx, wx], span(t, f"变更{bg}件", f"合计纠错{JC}件"), "F"),
    R(JC, SJ, float(jl), span(t, f"审结的{n(SJ)}件中", f"纠错率{jl}%"), "C"),
    S(float(jl), [float(prev), float(f"{float(jl) - float(prev):.1f}")], span(t, f"纠错率{jl}%", "个百分点")),
    R(tj, SJ, float(pc(tj, SJ)), span(t, f"审结的{n(SJ)}件中", f"调解和解率{pc(tj, SJ)}%"), "C"),
    E([SL, SL], span(t, f"依法受理{n(SL)}件", rowt[-1]), "H"),
    E([JC, JC], span(t, f"合计纠错{JC}件", rowt[-1]), "H"),
)
rep.never("听证会34次，制发行政复议意见书和建议书29份", "hearings and documents")
rep.never("平均审理天数约42天，近九成案件", "an approximate average and share")
