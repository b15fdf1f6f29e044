from common import C, E, R, Report, S, span
from u32 import gr, pc, tgrid, addt

rep = Report("xinan-fuyi-leibie-2024", "txt", "新安区司法局", 2025,
             kind="新安区2024年度行政复议案件类别分析报告 (2025, 行政复议 分析, 安徽 district 司法局)",
             shape="txt copied from a web page (no wrapping); a space-aligned table of 案件类别 with 2024年/2023年/同比% and a 合计 row (T: column sums and the 同比 per row over the printed 2023 cell; a planted 行政强制 同比), prose restating 合计 (H), 信息公开 share (C), 审结 by 决定 and 纠错率, 纠错 sum (F), 履行 growth (B), 建议书 (a trap)")
cats = [("行政处罚", 86, 72), ("行政强制", 14, 19), ("行政确认（含工伤认定）", 32, 25), ("政府信息公开", 41, 58),
        ("履行法定职责", 27, 16), ("其他", 18, 20), ("合计", 218, 210)]
rows = []
for k, a, b in cats:
    g = gr(a, b)
    rows.append([k, str(a), str(b), ("-" if a < b else "") + g])
rows[1][3] = "-23.6"
tab, trels, rowt = tgrid(["案件类别", "2024年（件）", "2023年（件）", "同比（%）"], rows, "txt", col_sums=(1, 2))
for i, (_k, a, b) in enumerate(cats):
    pct = float(rows[i][3])
    ok = float(("-" if a < b else "") + gr(a, b)) == pct
    trels.append(C(a, pct, rowt[i], "T", prev=b, bad=None if ok else f"(14 − 19) / 19 = −{gr(14, 19)}%, printed −23.6 (planted)"))
rep.text = f"""新安区2024年度行政复议案件类别分析报告

　　新安区司法局　2025年3月5日

　　为深入分析行政争议成因，促进依法行政，现对2024年度区人民政府受理的行政复议案件按类别进行统计分析。

　　一、案件类别总体情况

　　2024年区人民政府共受理行政复议案件218件，比上年的210件增长{gr(218, 210)}%。其中政府信息公开类案件41件，占{pc(41, 218)}%，比上年明显减少；履行法定职责类案件增幅最大。分类别情况如下：

{tab}

　　二、审理结果

　　全年审结203件，其中维持112件，驳回行政复议请求26件，撤销15件，确认违法8件，责令履行3件，调解10件，终止29件。纠错26件，纠错率{pc(26, 203)}%。

　　三、原因分析及建议

　　履行法定职责类案件增长主要集中在投诉举报处理领域。建议各单位规范投诉举报答复程序。全年制发行政复议建议书5份。
"""
t = rep.text
addt(rep, trels)
rep.add(
    E([218, 218], span(t, "共受理行政复议案件218件", rowt[-1]), "H"),
    C(218, float(gr(218, 210)), span(t, "共受理行政复议案件218件", "增长" + gr(218, 210) + "%"), "A", prev=210),
    R(41, 218, float(pc(41, 218)), span(t, "共受理行政复议案件218件", "占" + pc(41, 218) + "%"), "C"),
    S(203, [112, 26, 15, 8, 3, 10, 29], span(t, "全年审结203件", "终止29件")),
    S(26, [15, 8, 3], span(t, "撤销15件", "纠错26件"), "F"),
    R(26, 203, float(pc(26, 203)), span(t, "全年审结203件", "纠错率" + pc(26, 203) + "%")),
)
rep.never("全年制发行政复议建议书5份", "a count, no relation")
