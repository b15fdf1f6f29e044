from common import B, C, E, R, Report, S, span
from u34 import addt, fmt_rows, gr, pc, tgrid

rep = Report("hanjiang-sxzd-2024", "html", "扬州市邗江湾区司法局", 2025,
             kind="邗江湾区2024年度行政执法“三项制度”落实情况及执法数据公示 (2025, 行政执法三项制度 公示数据, 江苏 区)",
             shape="HTML; a table of 三项制度 by 部门 with 事前公示（项） / 事后公示（条） / 全过程记录（件） / 法制审核（件） / 审核率% (T: column sums, the rate per row over 重大执法决定 printed in the row), prose restating (H), 事后公示 = 许可 + 处罚 + 强制 + 检查 (F), 同比 with the delta (A), 公示 时限 (E)")
body = [["区市场监管局", 126, 4218, 3186, 42, 42], ["区住建局", 84, 1637, 1204, 18, 19], ["区城管局", 97, 2864, 2756, 27, 27],
        ["区交通运输局", 62, 1946, 1518, 11, 11], ["区卫健委", 58, 2410, 897, 9, 9], ["其他部门", 213, 3125, 2039, 16, 17]]
rows = [list(r) for r in body]
rows.append(["全区"] + [sum(r[c] for r in body) for c in range(1, 6)])
for r in rows:
    r.append(pc(r[4], r[5]))
rows = fmt_rows(rows)
tab, trels, rt = tgrid(["部门", "事前公示事项（项）", "事后公示信息（条）", "全过程记录（件）", "法制审核（件）", "重大执法决定（件）", "审核率（%）"], rows, "html",
                       col_sums=(1, 2, 3, 4, 5), rates=((6, 4, 5),))
T = [sum(r[c] for r in body) for c in range(1, 6)]
t = f"""<html><head><meta charset="utf-8"><title>邗江湾区2024年度行政执法“三项制度”落实情况及执法数据公示</title></head><body>
<h2>邗江湾区2024年度行政执法“三项制度”落实情况及执法数据公示</h2>
<p>发布单位：邗江湾区司法局　发布日期：2025-01-30　文号：邗司〔2025〕6号</p>
<p>为全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，根据《江苏省行政执法“三项制度”实施办法》，现将全区2024年度有关数据公示如下。</p>
<h3>一、行政执法公示</h3>
<p>全区各行政执法部门在“双公示”平台和部门网站公示事前信息{T[0]}项，公示事后执法信息{T[1]:,}条，较上年增加1,862条，增长{gr(T[1], T[1] - 1862)}%。事后公示信息中，行政许可7,436条、行政处罚4,286条、行政强制318条、行政检查4,160条。行政许可、行政处罚信息均在作出决定之日起7个工作日内公示。</p>
<h3>二、执法全过程记录</h3>
<p>全年对{T[2]:,}件执法活动实施全过程音像记录，配备执法记录仪612台。</p>
<h3>三、重大执法决定法制审核</h3>
<p>全区作出重大执法决定{T[4]}件，经法制审核{T[3]}件，审核率{pc(T[3], T[4])}%；未经审核的2件已责令补正程序。</p>
{tab}
<h3>四、监督举报</h3>
<p>监督电话：0514-87368120。对公示内容有异议的，可在公示之日起30日内反映。</p>
</body></html>"""
rep.text = t
addt(rep, trels)
rep.add(
    E([T[0], T[0]], span(t, f"公示事前信息{T[0]}项", rt[-1]), "H"),
    E([T[1], T[1]], span(t, f"公示事后执法信息{T[1]:,}条", rt[-1]), "H"),
    C(T[1], float(gr(T[1], T[1] - 1862)), span(t, f"公示事后执法信息{T[1]:,}条", f"增长{gr(T[1], T[1] - 1862)}%"), "A", prev=T[1] - 1862),
    S(T[1], [7436, 4286, 318, 4160], span(t, f"公示事后执法信息{T[1]:,}条", "行政检查4,160条"), "F"),
    E([T[2], T[2]], span(t, f"全年对{T[2]:,}件", rt[-1]), "H"),
    R(T[3], T[4], float(pc(T[3], T[4])), span(t, f"重大执法决定{T[4]}件", f"审核率{pc(T[3], T[4])}%"), "O"),
    S(T[4], [T[3], 2], span(t, f"重大执法决定{T[4]}件", "未经审核的2件"), "H"),
    B(T[3], T[4], span(t, f"重大执法决定{T[4]}件", f"经法制审核{T[3]}件"), "E"),
)
rep.never("7个工作日内公示", "a time limit")
rep.never("30日内反映", "a time limit")
rep.never("配备执法记录仪612台", "devices beside 件")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('enforcement.publicized', 16200, '条', '公示事后执法信息16,200条')
rep.metric('decisions.major', 125, '件', '全区作出重大执法决定125件')
rep.metric('decisions.legal_review', 123, '件', '经法制审核123件')
