from common import B, C, E, R, Report, S, span
from u37 import addt, n, pc, tgrid

rep = Report("fengtaiwan-qu-fuyi-2024", "html", "北京市丰台湾区司法局", 2025,
             kind="丰台湾区2024年行政复议工作情况报告 (2025, 行政复议 年度统计, 北京 区, 2024 law)",
             shape="HTML; 收到 = 受理 + 不予受理 + 告知 (F), 受理 + 上年结转 = 审结 + 结转 (F), 审结 by outcome in the 2024 law's wording with 分别 (B), 纠错 = 变更 + 撤销 + 确认违法 + 责令履行 (F) with 纠错率 over 审结 (C), a table by 被申请人 with 受理 / 审结 / 纠错 / 纠错率 and a 合计 row (T: column sums and the rate per row; a planted 纠错 of 区政府部门), 调解和解 (F, C), 同比 (O), 领域 shares (C), 简易程序 (C); 听证 and 意见书 as traps")
bs = [("区人民政府", 86, 81, 9), ("区政府工作部门", 412, 398, 31), ("街道办事处、乡镇人民政府", 127, 122, 14), ("其他", 23, 22, 2)]
T = [sum(b[i] for b in bs) for i in (1, 2, 3)]
rows = [[b[0], str(b[1]), str(b[2]), str(b[3]), pc(b[3], b[2])] for b in bs] + [["合计", str(T[0]), str(T[1]), str(T[2]), pc(T[2], T[1])]]
rows[1][3] = "34"
tab, trels, rowt = tgrid(["被申请人类别", "受理（件）", "审结（件）", "纠错（件）", "纠错率（%）"], rows, "html", col_sums=(1, 2, 3), rates=((4, 3, 2),))
acc, old, fin = T[0], 37, T[1]
fwd = acc + old - fin
rej, tell = 58, 94
rec = acc + rej + tell
# 审结 outcomes
bo, wx, qr, zl, cx, bg, wc = 137, 11, 15, 8, 18, 4, 392
zz = fin - (bo + wx + qr + zl + cx + bg + wc)
rep.text = f"""<html><head><meta charset="utf-8"><title>丰台湾区2024年行政复议工作情况报告</title></head><body>
<p class="nav">首页 › 政务公开 › 法治政府建设 › 行政复议</p>
<h2>丰台湾区2024年行政复议工作情况报告</h2>
<p>北京市丰台湾区司法局　2025年2月8日</p>
<p>　　2024年是新修订的《中华人民共和国行政复议法》施行第一年。区政府统一行使行政复议职责，全年行政复议案件数量继续增长。</p>
<h3>一、案件收办情况</h3>
<p>　　全年共收到行政复议申请{n(rec)}件，同比增长18.3%。其中依法受理{acc}件，不予受理{rej}件，告知向其他机关申请{tell}件。加上上年结转{old}件，全年审结{fin}件，结转下年度{fwd}件。</p>
<p>　　审结案件中，维持{wc}件、驳回复议请求{bo}件、确认违法{qr}件、责令履行{zl}件、撤销{cx}件、变更{bg}件、确认无效{wx}件、调解和解后终止及其他终止{zz}件。</p>
<p>　　全年纠错{T[2]}件（变更{bg}件、撤销{cx}件、确认违法{qr}件、责令履行{zl}件、确认无效{wx}件），纠错率{pc(T[2], fin)}%。调解和解结案{zz - 6}件，占审结案件的{pc(zz - 6, fin)}%。适用简易程序审结{n(203)}件，占{pc(203, fin)}%。</p>
<h3>二、按被申请人分类情况</h3>
{tab}
<h3>三、案件领域分布</h3>
<p>　　从案件领域看，公安、市场监管、住房城乡建设领域分别为{n(176)}件、{n(132)}件和{n(98)}件，三个领域合计{n(406)}件，占受理案件的{pc(406, acc)}%。</p>
<h3>四、行政复议前置调解</h3>
<p>　　全年在受理前开展调解{n(186)}件，调解成功后申请人撤回申请{n(124)}件，成功率{pc(124, 186)}%。行政复议受理后调解和解的案件中，涉及行政处罚的{17}件、涉及政府信息公开的{9}件、涉及行政不作为的{6}件。</p>
<h3>五、复议后起诉情况</h3>
<p>　　审结的{fin}件案件中，申请人不服复议决定向法院起诉的{n(87)}件，复议后起诉率{pc(87, fin)}%，比上年的{float(pc(87, fin)) + 2.3:.1f}%下降2.3个百分点；已审结的{61}件中，法院判决驳回诉讼请求或裁定驳回起诉{58}件，复议决定被撤销{3}件。</p>
<h3>六、其他工作</h3>
<p>　　全年组织听证12次，制发行政复议意见书9份、建议书4份。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    S(rec, [acc, rej, tell], span(t, f"收到行政复议申请{n(rec)}件", f"告知向其他机关申请{tell}件"), "F"),
    C(rec, 18.3, span(t, f"收到行政复议申请{n(rec)}件", "同比增长18.3%")),
    S(acc, [fin, fwd, -old], span(t, f"依法受理{acc}件", f"结转下年度{fwd}件"), "F"),
    S(fin, [wc, bo, qr, zl, cx, bg, wx, zz], span(t, f"全年审结{fin}件", f"其他终止{zz}件"), "B"),
    S(T[2], [bg, cx, qr, zl, wx], span(t, f"全年纠错{T[2]}件", f"确认无效{wx}件"), "F"),
    R(T[2], fin, float(pc(T[2], fin)), span(t, f"全年审结{fin}件", f"纠错率{pc(T[2], fin)}%"), "C"),
    R(zz - 6, fin, float(pc(zz - 6, fin)), span(t, f"全年审结{fin}件", f"占审结案件的{pc(zz - 6, fin)}%"), "C"),
    R(203, fin, float(pc(203, fin)), span(t, f"全年审结{fin}件", f"占{pc(203, fin)}%"), "C"),
    E([T[2], T[2]], span(t, f"全年纠错{T[2]}件", rowt[-1]), "H"),
    S(406, [176, 132, 98], span(t, f"分别为{n(176)}件", f"合计{n(406)}件"), "F"),
    R(406, acc, float(pc(406, acc)), span(t, rowt[-1], f"占受理案件的{pc(406, acc)}%"), "C"),
)
rep.add(
    R(124, 186, float(pc(124, 186)), span(t, "开展调解186件", f"成功率{pc(124, 186)}%"), "C"),
    S(zz - 6, [17, 9, 6], span(t, f"调解和解结案{zz - 6}件", "行政不作为的6件"), "F"),
    R(87, fin, float(pc(87, fin)), span(t, f"审结的{fin}件案件中", f"复议后起诉率{pc(87, fin)}%"), "C"),
    S(float(pc(87, fin)), [float(pc(87, fin)) + 2.3, -2.3], span(t, f"复议后起诉率{pc(87, fin)}%", "下降2.3个百分点"), "O"),
    S(61, [58, 3], span(t, "已审结的61件中", "被撤销3件"), "F"),
    B(61, 87, span(t, "起诉的87件", "已审结的61件"), "E"),
)
rep.never("组织听证12次，制发行政复议意见书9份、建议书4份", "other counts")
