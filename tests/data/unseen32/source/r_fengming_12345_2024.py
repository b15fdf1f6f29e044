from common import C, R, Report, S, span
from u32 import addt, gr, n, pc, tgrid

rep = Report("fengming-12345-2024", "md", "凤鸣县数据资源管理局", 2025,
             kind="凤鸣县12345政务服务便民热线2024年度运行情况报告 (2025, 12345 年度, 安徽 county)",
             shape="Markdown; a table of 诉求类型 with 2024年/占比/2023年/同比 and a 合计 row (T: column sums, each share over 合计, 同比 per row over the printed 2023; a planted 投诉 同比), prose 比上年增加 delta with the previous printed (A), 渠道 = 电话 + 网络 + 小程序 (F) with 分别 shares (B), 退单率 over 派单, 按时办结率/满意率 (traps)")
kinds = [("咨询", 61204, 58312), ("投诉", 48516, 41206), ("求助", 29842, 26118), ("建议", 8236, 7654), ("表扬", 4570, 3130)]
T, P = 152368, 136420
rows = [[k, n(a), pc(a, T), n(b), gr(a, b)] for k, a, b in kinds] + [["合计", n(T), "100.0", n(P), gr(T, P)]]
rows[1][4] = "17.3"
tab, trels, rowt = tgrid(["诉求类型", "2024年（件）", "占比（%）", "2023年（件）", "同比增长（%）"], rows, "md", col_sums=(1, 3))
for i, (_k, a, _b) in enumerate(kinds):
    trels.append(R(a, T, float(rows[i][2]), "\n".join(rowt[i:]), "T"))
for i, (_k, a, b) in enumerate([*kinds, ("合计", T, P)]):
    ok = float(rows[i][4]) == float(gr(a, b))
    trels.append(C(a, float(rows[i][4]), rowt[i], "T", prev=b, bad=None if ok else f"(48,516 − 41,206) / 41,206 = {gr(a, b)}%, printed 17.3 (planted)"))
rep.text = f"""# 凤鸣县12345政务服务便民热线2024年度运行情况报告

2024年，县12345热线坚持“接诉即办、未诉先办”，全年共受理群众诉求{n(T)}件，比上年的{n(P)}件增加{n(T - P)}件，增长{gr(T, P)}%。

## 一、受理渠道

全年通过热线电话受理{n(98642)}件，网络渠道受理{n(21318)}件，“皖事通”小程序受理{n(32408)}件，分别占{pc(98642, T)}%、{pc(21318, T)}%和{pc(32408, T)}%。

## 二、诉求类型

| 说明 | 内容 |
| --- | --- |
| 统计口径 | 2024年1月1日至12月31日 |
| 数据来源 | 县12345热线工单系统 |

{tab}

## 三、办理质效

全年派单转办{n(94836)}件，承办单位退单{n(1026)}件，退单率{pc(1026, 94836)}%。按时办结率99.1%，群众满意率96.4%。

## 四、2025年工作打算

持续推进“高效办成一件事”，力争满意率保持在96%以上。
"""
t = rep.text
addt(rep, trels)
anc = span(t, "通过热线电话受理" + n(98642), "和" + pc(32408, T) + "%")
rep.add(
    C(T, float(gr(T, P)), span(t, "共受理群众诉求" + n(T), "增长" + gr(T, P) + "%"), "A", prev=P),
    S(T, [98642, 21318, 32408], span(t, "共受理群众诉求" + n(T), "小程序受理" + n(32408)), "F"),
    R(98642, T, float(pc(98642, T)), span(t, "共受理群众诉求" + n(T), "和" + pc(32408, T) + "%"), "B"),
    R(21318, T, float(pc(21318, T)), span(t, "共受理群众诉求" + n(T), "和" + pc(32408, T) + "%"), "B"),
    R(32408, T, float(pc(32408, T)), span(t, "共受理群众诉求" + n(T), "和" + pc(32408, T) + "%"), "B"),
    R(1026, 94836, float(pc(1026, 94836)), span(t, "派单转办" + n(94836), "退单率" + pc(1026, 94836) + "%")),
)
rep.never("按时办结率99.1%，群众满意率96.4%", "rates over counts not printed")
rep.never("保持在96%以上", "a target")
