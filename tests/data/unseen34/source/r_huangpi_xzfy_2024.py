from common import C, E, R, Report, S, span
from u34 import addt, gr, pc, tgrid

rep = Report("huangpi-xzfy-2024", "html", "武汉市黄陂湾区司法局", 2025,
             kind="黄陂湾区2024年行政复议案件统计分析 (2025, 行政复议 统计, 湖北 区)",
             shape="HTML; a table of 新收 复议 by 案件类别 with 2024 / 2023 / 增减（件） / 同比% and a 合计 row (T: column sums, the change per row; a planted 增减), prose restating (H), 新收 + 结转 = 审结 + 未结 (H), 审结 by 方式 with 分别 (B), 纠错率 (O), 受理率 over a distant 申请 (C), 行政机关 答复 按期率 (a trap)")
body = [["行政处罚", 148, 126], ["行政强制", 23, 31], ["行政确认", 37, 29], ["政府信息公开", 42, 58], ["行政不作为", 34, 27], ["工伤认定", 51, 44], ["其他", 40, 35]]
rows = [list(r) for r in body]
rows.append(["合计", sum(r[1] for r in body), sum(r[2] for r in body)])
for r in rows:
    d = r[1] - r[2]
    r += [("+" if d >= 0 else "-") + str(abs(d)), ("" if d >= 0 else "-") + gr(r[1], r[2])]
rows[5][3] = "+17"  # planted: 51 − 44 = 7
tab, trels, rt = tgrid(["案件类别", "2024年（件）", "2023年（件）", "增减（件）", "同比（%）"], rows, "html", col_sums=(1, 2))
N, P = rows[-1][1], rows[-1][2]
t = f"""<html><head><meta charset="utf-8"><title>黄陂湾区2024年行政复议案件统计分析</title></head><body>
<h2>黄陂湾区2024年行政复议案件统计分析</h2>
<p>作者：区司法局行政复议科　日期：2025-02-11</p>
<p>新修订的《中华人民共和国行政复议法》自2024年1月1日起施行。一年来，区行政复议机构共收到行政复议申请{N + 38}件，经审查受理{N}件，受理率{pc(N, N + 38)}%，比上年提高8.6个百分点。</p>
<h3>一、新收案件分类</h3>
<p>受理的{N}件案件按类别统计如下：</p>
{tab}
<p>新收案件同比增加{N - P}件、增长{gr(N, P)}%。行政处罚类案件增加22件，仍居首位，占新收案件的{pc(148, N)}%。</p>
<h3>二、案件审理情况</h3>
<p>全年新收{N}件加上年结转19件，共办理{N + 19}件；审结{N + 19 - 24}件，未审结24件。审结案件中，维持{258}件、驳回{52}件、撤销{19}件、确认违法{12}件、责令履行{5}件、终止{N + 19 - 24 - 258 - 52 - 19 - 12 - 5}件，分别占{pc(258, N + 19 - 24)}%、{pc(52, N + 19 - 24)}%、{pc(19, N + 19 - 24)}%、{pc(12, N + 19 - 24)}%、{pc(5, N + 19 - 24)}%、{pc(N + 19 - 24 - 258 - 52 - 19 - 12 - 5, N + 19 - 24)}%。纠错（撤销、确认违法、责令履行）合计36件，纠错率{pc(36, N + 19 - 24)}%。</p>
<h3>三、被申请人答复情况</h3>
<p>各被申请人按期提交答复和证据材料的按期率为97.1%，较上年提高。</p>
</body></html>"""
rep.text = t
addt(rep, trels)
for i, r in enumerate(rows):
    rel = S(r[1], [r[2], int(r[3])], rt[i], "T")
    if i == 5:
        rel["note"] = "工伤认定 51 − 44 = 7, the 增减 cell prints +17 (planted)"
    rep.add(rel)
    rep.add(C(r[1], float(r[4]), rt[i], "T", prev=r[2]))
rep.add(S(N - P, [int(r[3]) for r in rows[:-1]], "\n".join(rt), "T", bad="the 增减 column adds to 35 with the planted +17 of 工伤认定 (true 7), 合计 prints +25"))
J = N + 19 - 24
rep.add(
    R(N, N + 38, float(pc(N, N + 38)), span(t, f"收到行政复议申请{N + 38}件", f"受理率{pc(N, N + 38)}%"), "O"),
    E([N, N], span(t, f"受理的{N}件", rt[-1]), "H"),
    C(N, float(gr(N, P)), span(t, f"受理的{N}件", f"增长{gr(N, P)}%"), "A", prev=P),
    R(148, N, float(pc(148, N)), span(t, rt[0], f"占新收案件的{pc(148, N)}%"), "C"),
    S(N + 19, [N, 19], span(t, f"全年新收{N}件", f"共办理{N + 19}件"), "H"),
    S(N + 19, [J, 24], span(t, f"共办理{N + 19}件", "未审结24件"), "H"),
    S(J, [258, 52, 19, 12, 5, J - 346], span(t, f"审结{J}件", f"终止{J - 346}件"), "F"),
    S(36, [19, 12, 5], span(t, "撤销19件", "合计36件"), "F"),
    R(36, J, float(pc(36, J)), span(t, f"审结{J}件", f"纠错率{pc(36, J)}%"), "O"),
)
for v in (258, 52, 19, 12, 5, J - 346):
    rep.add(R(v, J, float(pc(v, J)), span(t, f"审结{J}件", f"{pc(J - 346, J)}%。纠错"), "B"))
rep.never("比上年提高8.6个百分点", "last year's 受理率 not printed")
rep.never("按期率为97.1%", "over 答复 not printed")
rep.add(S(148, [126, 22], span(t, rt[0], "行政处罚类案件增加22件"), "H"))
rep.never("未审结24件", "24 again as 终止24件: equal by chance")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 375, '件', '经审查受理375件')
rep.metric('reconsideration.accepted_rate', 90.8, '%', '受理率90.8%')
rep.metric('reconsideration.closed', 370, '件', '审结370件')
rep.metric('reconsideration.corrected', 36, '件', '纠错（撤销、确认违法、责令履行）合计36件')
rep.metric('reconsideration.corrected_rate', 9.7, '%', '纠错率9.7%')
