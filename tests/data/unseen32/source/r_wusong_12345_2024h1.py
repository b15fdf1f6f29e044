from common import B, C, E, R, Report, S, span
from u32 import addt, gr, n, pc, tgrid

rep = Report("wusong-12345-2024h1", "html", "雾凇市政务服务和数字化建设管理局", 2024,
             kind="雾凇市12345热线2024年上半年运行情况分析 (2024, 12345 半年, 吉林 city)",
             shape="HTML; a month table of 受理/办结/办结率 with a 上半年 row (T: column sums and the rate per row), prose restating 上半年 (H), 同比 (O), 上半年 = 一季度 + 二季度 (O), 二季度 环比 一季度 with both printed (A), 电话 share (C), 按时办结率 and 满意率 (traps)")
m = [("1月", 41236, 40812), ("2月", 36518, 36102), ("3月", 44902, 44315), ("4月", 43186, 42764), ("5月", 45732, 45018), ("6月", 47214, 46486)]
a, b = sum(x for _, x, _ in m), sum(y for _, _, y in m)
rows = [[k, n(x), n(y), pc(y, x)] for k, x, y in m] + [["上半年", n(a), n(b), pc(b, a)]]
tab, trels, rowt = tgrid(["月份", "受理（件）", "办结（件）", "办结率（%）"], rows, "html", col_sums=(1, 2), rates=((3, 2, 1),))
q1, q2 = 41236 + 36518 + 44902, 43186 + 45732 + 47214
rep.text = f"""<html><head><meta charset="utf-8"><title>雾凇市12345热线2024年上半年运行情况分析</title></head><body>
<h2>雾凇市12345热线2024年上半年运行情况分析</h2>
<p>2024年上半年，市12345热线共受理群众诉求{n(a)}件，同比增长{gr(a, 232722)}%；办结{n(b)}件，办结率{pc(b, a)}%，高于98%的考核要求。其中一季度受理{n(q1)}件，二季度受理{n(q2)}件，二季度环比增长{gr(q2, q1)}%。通过热线电话受理172,416件，占受理总量的{pc(172416, a)}%。转办工单按时办结率97.9%，回访满意率93.2%。</p>
<p>分月受理和办结情况如下：</p>
{tab}
<p>从月度看，2月受春节假期影响受理量最低，6月受汛期和高考影响受理量最高。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    E([a, a], span(t, "共受理群众诉求" + n(a), rowt[-1]), "H"),
    E([b, b], span(t, "办结" + n(b), rowt[-1]), "H"),
    B(98, float(pc(b, a)), span(t, "办结率" + pc(b, a) + "%", "98%的考核要求"), "E"),
    C(a, float(gr(a, 232722)), span(t, "共受理群众诉求" + n(a), "增长" + gr(a, 232722) + "%")),
    S(a, [q1, q2], span(t, "共受理群众诉求" + n(a), "二季度受理" + n(q2))),
    C(q2, float(gr(q2, q1)), span(t, "一季度受理" + n(q1), "环比增长" + gr(q2, q1) + "%"), "A", prev=q1),
    R(172416, a, float(pc(172416, a)), span(t, "共受理群众诉求" + n(a), "占受理总量的" + pc(172416, a) + "%"), "C"),
)
rep.never("转办工单按时办结率97.9%，回访满意率93.2%", "rates over counts not printed")
