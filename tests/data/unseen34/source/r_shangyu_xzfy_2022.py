from common import B, C, E, R, Report, S, span
from u34 import addt, dl, gr, pc, tgrid

rep = Report("shangyu-xzfy-2022", "md", "绍兴市上虞湾区人民政府行政复议局", 2023,
             kind="上虞湾区2022年度行政复议工作情况报告 (2023, 行政复议 统计, 浙江 区)",
             shape="Markdown; a table of 审结 案件 by 被申请人 with 审结 / 维持 / 驳回 / 纠错 / 终止 / 纠错率% and a 合计 row (T: row sums, column sums, the 纠错率 per row; a planted 纠错率), prose: 收案 = 新收 + 上年结转 (H), 审结 + 结转下年 (H), 同比 with the delta (A), 纠错 = 撤销 + 变更 + 确认违法 + 责令履行 with 分别 (B), 调解 share of a distant base (C), 涉企 (F)")
body = [["区公安分局", 86, 61, 12, 9, 4], ["区市场监管局", 41, 28, 5, 6, 2], ["区自然资源和规划局", 37, 22, 4, 8, 3], ["区人力社保局", 29, 20, 3, 4, 2], ["各镇街", 48, 27, 6, 11, 4], ["其他部门", 35, 24, 5, 3, 3]]
rows = [list(r) for r in body]
rows.append(["合计"] + [sum(r[c] for r in body) for c in range(1, 6)])
for r in rows:
    r.append(pc(r[4], r[1]))
rows[4][6] = "25.9"  # planted: 11 / 48 = 22.9
tab, trels, rt = tgrid(["被申请人", "审结（件）", "维持", "驳回", "纠错", "终止", "纠错率（%）"], rows, "md",
                       col_sums=(1, 2, 3, 4, 5), row_sums=((1, [2, 3, 4, 5]),), rates=((6, 4, 1),),
                       note="各镇街 11 / 48 = 22.9%, the table prints 25.9 (planted)")
tot = rows[-1]
t = f"""# 上虞湾区2022年度行政复议工作情况报告

> 上虞湾区人民政府行政复议局　2023年2月8日

2022年，区行政复议局深入贯彻《行政复议体制改革方案》，发挥行政复议化解行政争议的主渠道作用，全年行政复议工作平稳有序。

## 一、案件收办情况

全年共收到行政复议申请318件，受理296件，不予受理14件，告知向其他机关申请8件。加上上年结转的21件，全年共需办理行政复议案件317件，其中审结{tot[1]}件，结转下年度{317 - tot[1]}件。新收申请数同比增加47件、增长{gr(318, 271)}%。

## 二、审结案件情况

审结的{tot[1]}件案件中，决定维持{tot[2]}件、驳回复议申请{tot[3]}件、纠错{tot[4]}件、终止{tot[5]}件，综合纠错率{pc(tot[4], tot[1])}%。纠错案件中，分别为撤销18件、变更4件、确认违法15件、责令履行4件。分被申请人情况如下：

{tab}

## 三、调解和解

全年以调解、和解方式结案62件（含终止案件中的和解撤回），占审结案件的{pc(62, tot[1])}%，较上年提高3.4个百分点。其中涉企行政复议案件73件，调解和解结案26件。

## 四、意见书与建议书

制发行政复议意见书9份、建议书6份，被申请人均已书面反馈整改情况。

## 五、下一步工作

2023年将推进行政复议案件繁简分流，力争案件平均审理期限压缩至40日以内。
"""
rep.text = t
addt(rep, trels)
rep.add(
    S(318, [296, 14, 8], span(t, "收到行政复议申请318件", "告知向其他机关申请8件"), "F"),
    S(317, [296, 21], span(t, "受理296件", "共需办理行政复议案件317件"), "H"),
    S(317, [tot[1], 317 - tot[1]], span(t, "共需办理行政复议案件317件", f"结转下年度{317 - tot[1]}件"), "H"),
    C(318, dl(318, 271), span(t, "收到行政复议申请318件", f"增长{gr(318, 271)}%"), "A", prev=271),
    E([tot[1], tot[1]], span(t, f"审结的{tot[1]}件", rt[-1]), "H"),
    S(tot[1], tot[2:6], span(t, f"审结的{tot[1]}件", f"终止{tot[5]}件"), "F"),
    R(tot[4], tot[1], float(pc(tot[4], tot[1])), span(t, f"审结的{tot[1]}件", f"综合纠错率{pc(tot[4], tot[1])}%"), "O"),
    S(tot[4], [18, 4, 15, 4], span(t, f"纠错{tot[4]}件", "责令履行4件"), "B"),
    R(62, tot[1], float(pc(62, tot[1])), span(t, f"审结的{tot[1]}件", f"占审结案件的{pc(62, tot[1])}%"), "C"),
    B(26, 73, span(t, "涉企行政复议案件73件", "调解和解结案26件"), "E"),
)
rep.never("较上年提高3.4个百分点", "last year's share not printed")
rep.never("意见书9份、建议书6份", "two kinds, no total stated")
rep.never("压缩至40日以内", "a target")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 296, '件', '全年共收到行政复议申请318件，受理296件')
rep.metric('reconsideration.closed', 276, '件', '其中审结276件')
rep.metric('reconsideration.corrected', 41, '件', '纠错41件')
rep.metric('reconsideration.corrected_rate', 14.9, '%', '综合纠错率14.9%')
