from common import C, E, R, Report, S, span
from u35 import addt, gr, mark, n, NOTE, pc, shares, tgrid

rep = Report("guichuan-12345-2024h1", "html", "桂川市12345政务服务便民热线管理中心", 2024,
             kind="桂川市12345热线2024年上半年运行分析报告 (2024, 12345 半年, 广西 市)",
             shape="HTML; a table of 受理渠道 with 1-6月 / 占比 / 去年同期 / 同比 and a 合计 row (T: two column sums, the share per row, the change per row over the printed 去年同期), prose restating (H), 直接办结率 and its 个百分点 rise with both printed (a sum), 转办 按时办结率 (C), 满意率 (C), 诉求 by 类型 with 分别 (B), 上半年 = 一季度 + 二季度 (H), 少数民族 语言 坐席 and 热线 numbers as traps")
ch = [("电话", 168432, 159206), ("微信公众号", 52318, 41672), ("政府网站", 12746, 13108), ("“智桂通”APP", 9874, 6215),
      ("短信", 1206, 1548)]
A, P = sum(c[1] for c in ch), sum(c[2] for c in ch)
rows = [[k, n(a), pc(a, A), n(p), ("-" if a < p else "") + gr(a, p)] for k, a, p in ch] + [["合计", n(A), "100.0", n(P), gr(A, P)]]
tab, trels, rowt = tgrid(["受理渠道", "1-6月（件）", "占比（%）", "去年同期（件）", "同比（%）"], rows, "html", col_sums=(1, 3))
trels += shares(rows, rowt, 1, 2, -1)
for row, t_ in zip(rows, rowt, strict=False):
    trels.append(mark(C(int(row[1].replace(",", "")), float(row[4]), t_, "T", prev=int(row[3].replace(",", ""))), NOTE))
D = 143562
Z = A - D
ty = [128470, 41286, 58214, 9876, 6730]
q1 = 116904
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<h1>桂川市12345热线2024年上半年运行分析报告</h1>
<p>桂川市12345政务服务便民热线管理中心　2024年7月15日</p>
<h3>一、受理情况</h3>
<p>上半年，全市12345热线共受理群众诉求{n(A)}件，同比增长{gr(A, P)}%，其中一季度{n(q1)}件、二季度{n(A - q1)}件。各渠道受理情况如下：</p>
{tab}
<p>电话渠道受理{n(ch[0][1])}件，仍是群众反映诉求的主渠道；微信公众号受理量同比增长{gr(52318, 41672)}%，增幅最大。热线开通壮语、瑶语坐席各2个，上半年提供少数民族语言服务386次。</p>
<h3>二、诉求类型</h3>
<p>按诉求类型分，咨询、求助、投诉、建议、其他分别为{n(ty[0])}件、{n(ty[1])}件、{n(ty[2])}件、{n(ty[3])}件、{n(ty[4])}件。</p>
<h3>三、办理情况</h3>
<p>上半年热线直接办结{n(D)}件，直接办结率{pc(D, A)}%，比去年同期的55.6%提高{float(pc(D, A)) - 55.6:.1f}个百分点；转办承办单位{n(Z)}件，按时办结{n(98214)}件，按时办结率{pc(98214, Z)}%。回访{n(62418)}件，满意{n(59036)}件，满意率{pc(59036, 62418)}%。</p>
<h3>四、工作建议</h3>
<p>进一步推动12345热线与110、119、120、122等紧急热线的联动，完善“桂川12345”知识库。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
dd = f"{float(pc(D, A)) - 55.6:.1f}"
rep.add(
    C(A, float(gr(A, P)), span(t, f"受理群众诉求{n(A)}件", rowt[-1]), "H", prev=P),
    S(A, [q1, A - q1], span(t, f"受理群众诉求{n(A)}件", f"二季度{n(A - q1)}件"), "H"),
    E([A, A], span(t, f"受理群众诉求{n(A)}件", rowt[-1]), "H"),
    E([168432, 168432], span(t, rowt[0], f"电话渠道受理{n(168432)}件"), "H"),
    C(52318, float(gr(52318, 41672)), span(t, rowt[1], f"同比增长{gr(52318, 41672)}%，增幅最大"), "H", prev=41672),
    S(A, ty, span(t, rowt[-1], f"{n(ty[4])}件"), "B"),
    S(A, [D, Z], span(t, rowt[-1], f"转办承办单位{n(Z)}件"), "F"),
    R(D, A, float(pc(D, A)), span(t, rowt[-1], f"直接办结率{pc(D, A)}%"), "C"),
    S(float(pc(D, A)), [55.6, float(dd)], span(t, f"直接办结率{pc(D, A)}%", f"提高{dd}个百分点")),
    R(98214, Z, float(pc(98214, Z)), span(t, f"转办承办单位{n(Z)}件", f"按时办结率{pc(98214, Z)}%"), "C"),
    R(59036, 62418, float(pc(59036, 62418)), span(t, "回访62,418件", f"满意率{pc(59036, 62418)}%"), "C"),
)
rep.never("壮语、瑶语坐席各2个，上半年提供少数民族语言服务386次", "seats and services")
rep.never("110、119、120、122", "phone numbers")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 244576, '件', '上半年，全市12345热线共受理群众诉求244,576件')
