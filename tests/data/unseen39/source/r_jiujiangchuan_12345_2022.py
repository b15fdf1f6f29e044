from common import B, C, E, R, Report, S, span
from u39 import addt, gr, n, pc, shares, share_sum, tgrid

rep = Report("jiujiangchuan-12345-2022", "txt", "九江川市政务服务管理局", 2023, wrap=34,
             header="九江川市12345热线2022年度工作报告", page_every=15, page_style="- {n} -",
             kind="九江川市12345政务服务便民热线2022年度工作报告 (2023, 12345 年报, 江西 市)",
             shape="PDF copy wrapped at 34 with - n - footers and a running header; 受理 = four quarters (F) with 同比 (O), 诉求 性质 咨询/求助/投诉/建议/表扬 as 'X、Y…分别为' (B) with shares (C; a planted 投诉 share), a space-aligned table of 县（市、区） with 受理 / 占比 and a 合计 row (T: column sum, share per row, 占比 closing at 100.0), prose restating a row (H), 涉疫 诉求 with 其中 parts (E bound), 办结率 and 满意率 (C), the 满意率 rise in 个百分点 over last year's printed rate (a sum, O); 知识库 条目 and 培训 as traps")
q = [162315, 148207, 139864, 154978]
T = sum(q)
kinds = [("咨询", 312476), ("求助", 148315), ("投诉", 96208), ("建议", 31742)]
kinds.append(("表扬", T - sum(k[1] for k in kinds)))
cty = [("浔阳湾区", 98416), ("濂溪河区", 71235), ("柴桑川区", 52317), ("瑞昌湾市", 48629), ("共青河市", 31806),
       ("庐山川市", 42175), ("修水湾县", 61248)]
cty.append(("其他县", T - sum(c[1] for c in cty)))
rows = [[c[0], n(c[1]), pc(c[1], T)] for c in cty] + [["合计", n(T), "100.0"]]
tab, trels, rowt = tgrid(["县（市、区）", "受理量（件）", "占比（%）"], rows, "txt", col_sums=(1,))
srels = shares(rows, rowt, 1, 2, -1)
ss = share_sum(rows, rowt, 2)
bj, hf, my = 598214, 204316, 193472
msy = float(pc(my, hf))
rep.text = f"""九江川市12345政务服务便民热线2022年度工作报告

九江川市政务服务管理局

二〇二三年一月

　　一、总体情况

　　2022年，市12345热线一季度受理群众诉求{n(q[0])}件，二季度{n(q[1])}件，三季度{n(q[2])}件，四季度{n(q[3])}件，全年累计受理{n(T)}件，同比增长{gr(T, 571436)}%，日均受理{n(round(T / 365))}件。

　　按诉求性质分，咨询、求助、投诉、建议、表扬类诉求分别为{n(kinds[0][1])}件、{n(kinds[1][1])}件、{n(kinds[2][1])}件、{n(kinds[3][1])}件和{n(kinds[4][1])}件，分别占{pc(kinds[0][1], T)}%、{pc(kinds[1][1], T)}%、16.6%、{pc(kinds[3][1], T)}%和{pc(kinds[4][1], T)}%。

　　二、分区域情况

{tab}

　　浔阳湾区受理量居全市首位，为{n(98416)}件，主要集中在老城区供水管网改造和停车难问题。

　　三、涉疫诉求

　　全年受理涉疫诉求{n(87315)}件，其中核酸检测咨询{n(41268)}件、隔离管控求助{n(19836)}件，12月起涉疫诉求快速回落。

　　四、办理质效

　　全年办结{n(bj)}件，办结率{pc(bj, T)}%。回访{n(hf)}件，满意{n(my)}件，满意率{msy}%，较上年的{msy - 1.2:.1f}%提高1.2个百分点。热线知识库全年新增、更新条目{n(3126)}条，组织话务员培训48场次。

　　五、2023年工作打算

　　一是推动热线与“赣服通”九江川分厅深度融合；二是力争全年满意率不低于95%。
"""
rep.text = rep.text.replace("　　五、2023年工作打算\n", f"""　　五、重点工作

　　（一）“一号响应”机制。全年对{n(1862)}件紧急类诉求启动“一号响应”，平均响应时间6.2分钟，其中城市供水管网爆管{n(318)}件、燃气泄漏{n(96)}件、电梯困人{n(1448)}件。

　　（二）营商环境专线。全年受理企业诉求{n(14326)}件，占受理总量的{pc(14326, T)}%，办结{n(14109)}件，办结率{pc(14109, 14326)}%，为企业解决融资、用工、用地等问题{n(2418)}个。

　　（三）知识库和话务培训。新招录话务员42名，话务员总数达到218名；全年话务员人均接听电话9,680个。

　　六、2023年工作打算
""")
t = rep.text
addt(rep, trels)
addt(rep, srels)
rep.add(ss)
rep.add(
    S(T, q, span(t, f"一季度受理群众诉求{n(q[0])}件", f"全年累计受理{n(T)}件"), "F"),
    C(T, float(gr(T, 571436)), span(t, f"全年累计受理{n(T)}件", f"同比增长{gr(T, 571436)}%")),
    S(T, [k[1] for k in kinds], span(t, f"全年累计受理{n(T)}件", f"{n(kinds[4][1])}件"), "B"),
)
for _i, (k, v) in enumerate(kinds):
    pct = pc(v, T)
    if k == "投诉":
        rep.add(R(v, T, 16.6, span(t, f"全年累计受理{n(T)}件", "、16.6%"), "B", bad=f"{n(v)} / {n(T)} = {pct}%, printed 16.6% (planted)"))
    else:
        rep.add(R(v, T, float(pct), span(t, f"全年累计受理{n(T)}件", f"{pct}%"), "B"))
rep.add(
    E([98416, 98416], span(t, rowt[0], f"为{n(98416)}件"), "H"),
    B(41268 + 0, 87315, span(t, f"涉疫诉求{n(87315)}件", f"核酸检测咨询{n(41268)}件"), "E"),
    R(bj, T, float(pc(bj, T)), span(t, f"全年累计受理{n(T)}件", f"办结率{pc(bj, T)}%"), "C"),
    R(my, hf, msy, span(t, f"回访{n(hf)}件", f"满意率{msy}%"), "C"),
    S(msy, [round(msy - 1.2, 1), 1.2], span(t, f"满意率{msy}%", "提高1.2个百分点"), "O"),
)
rep.never("日均受理", "a daily mean over 365 days")
rep.never("更新条目3,126条", "a count in no relation")
rep.never("话务员培训48场次", "a count of sessions")
rep.never("不低于95%", "a target")
rep.metric("hotline.requests", T, "件", f"全年累计受理{n(T)}件")
rep.add(
    S(1862, [318, 96, 1448], span(t, "1,862件紧急类诉求", "电梯困人1,448件"), "F"),
    R(14326, T, float(pc(14326, T)), span(t, f"全年累计受理{n(T)}件", f"占受理总量的{pc(14326, T)}%"), "C"),
    R(14109, 14326, float(pc(14109, 14326)), span(t, "企业诉求14,326件", f"办结率{pc(14109, 14326)}%"), "C"),
)
rep.never("平均响应时间6.2分钟", "a duration")
rep.never("话务员人均接听电话9,680个", "a per-operator mean over calls not printed")
rep.never("新招录话务员42名，话务员总数达到218名", "staff")
