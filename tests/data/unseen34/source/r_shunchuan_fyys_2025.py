from common import C, E, R, Report, S, span
from u34 import addt, dl, gr, pc, tgrid

rep = Report("shunchuan-fyys-2025", "md", "佛山市顺川区司法局", 2026,
             kind="顺川区2025年度行政复议和行政应诉工作报告 (2026, 行政复议 行政应诉 统计, 广东 区)",
             shape="Markdown; two tables: 复议 by 季度 with 收到 / 受理 / 审结 (T: column sums), and 应诉 by 结果 with 件数 / 占比% (T: column sum, the share per row over 合计); prose restating both (H), 同比 and 较上年 with deltas in one sentence (A), 受理 = 收到 − 不予受理 − 告知 (H), 调解 share (C), 分别 over a list spanning two sentences (B), 镇街 counts (a trap)")
q = [["第一季度", 118, 104, 87], ["第二季度", 146, 131, 122], ["第三季度", 137, 125, 129], ["第四季度", 129, 116, 124]]
qrows = [*q, ["全年", sum(r[1] for r in q), sum(r[2] for r in q), sum(r[3] for r in q)]]
tab1, rels1, rt1 = tgrid(["季度", "收到申请（件）", "受理（件）", "审结（件）"], qrows, "md", col_sums=(1, 2, 3))
A, Sh, J = qrows[-1][1:]
res = [["驳回原告诉讼请求", 163], ["裁定驳回起诉", 58], ["原告撤诉", 71], ["判决败诉", 14], ["其他", 6]]
T = sum(r[1] for r in res)
rrows = [[r[0], r[1], pc(r[1], T)] for r in res] + [["合计", T, "100.0"]]
tab2, rels2, rt2 = tgrid(["审结结果", "件数", "占比（%）"], rrows, "md", col_sums=(1,))
t = f"""# 顺川区2025年度行政复议和行政应诉工作报告

发布时间：2026年2月3日　来源：区司法局

2025年，区司法局持续深化行政复议体制改革，推动行政争议实质性化解，全区行政复议和行政应诉工作取得新进展。全区10个镇街均设立行政复议咨询受理点。

## 一、行政复议

全年收到行政复议申请{A}件，同比增加61件、增长{gr(A, A - 61)}%；经审查，不予受理32件，告知向其他复议机关申请{A - Sh - 32}件，受理{Sh}件。全年审结{J}件（含上年结转），其中通过调解、和解结案148件，占{pc(148, J)}%。分季度情况：

{tab1}

审结案件中，维持和驳回复议申请{J - 148 - 57}件，撤销、变更、确认违法、责令履行等纠错57件，纠错率{pc(57, J)}%，较上年下降1.6个百分点。

## 二、行政应诉

全年全区行政机关一审应诉案件审结{T}件，行政机关败诉14件，败诉率{pc(14, T)}%，较上年的21件减少7件、下降{gr(14, 21)}%。审结结果如下：

{tab2}

行政机关负责人出庭应诉226件。出庭案件中，区政府负责人出庭9件，区直部门负责人出庭143件；镇街负责人出庭74件。

## 三、下一步工作

2026年，区司法局将推进复议案件“繁简分流”，力争调解和解结案比例达到35%以上。
"""
rep.text = t
addt(rep, rels1)
addt(rep, rels2)
for i, r in enumerate(rrows[:-1]):
    rep.add(R(r[1], T, float(r[2]), span(t, rt2[i], rt2[-1]), "T"))
rep.add(
    C(A, float(gr(A, A - 61)), span(t, f"收到行政复议申请{A}件", f"增长{gr(A, A - 61)}%"), "A", prev=A - 61),
    S(A, [32, A - Sh - 32, Sh], span(t, f"收到行政复议申请{A}件", f"受理{Sh}件"), "H"),
    E([A, A], span(t, f"收到行政复议申请{A}件", rt1[-1]), "H"),
    E([J, J], span(t, f"全年审结{J}件", rt1[-1]), "H"),
    R(148, J, float(pc(148, J)), span(t, f"全年审结{J}件", f"占{pc(148, J)}%"), "C"),
    S(J, [148, J - 148 - 57, 57], span(t, f"全年审结{J}件", "纠错57件"), "F"),
    R(57, J, float(pc(57, J)), span(t, f"全年审结{J}件", f"纠错率{pc(57, J)}%"), "C"),
    E([T, T], span(t, f"审结{T}件，行政机关败诉14件", rt2[-1]), "H"),
    R(14, T, float(pc(14, T)), span(t, f"审结{T}件", f"败诉率{pc(14, T)}%"), "O"),
    C(14, dl(14, 21), span(t, "行政机关败诉14件", f"下降{gr(14, 21)}%"), "A", prev=21),
    S(226, [9, 143, 74], span(t, "负责人出庭应诉226件", "镇街负责人出庭74件"), "B"),
)
rep.never("全区10个镇街", "places")
rep.never("较上年下降1.6个百分点", "last year's 纠错率 not printed")
rep.never("达到35%以上", "a target")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 476, '件', '受理476件')
rep.metric('reconsideration.closed', 462, '件', '全年审结462件')
rep.metric('reconsideration.corrected', 57, '件', '纠错57件')
rep.metric('reconsideration.corrected_rate', 12.3, '%', '纠错率12.3%')
rep.metric('litigation.lost', 14, '件', '行政机关败诉14件')
rep.metric('litigation.lost_rate', 4.5, '%', '败诉率4.5%')
