from common import C, E, R, Report, S, span
from u32 import addt, gr, n, pc, tgrid

rep = Report("yuping-12345-2024", "html", "玉屏湾市政务服务管理局", 2025,
             kind="玉屏湾市12345政务服务便民热线2024年度运行报告 (2025, 12345 年度, 云南 city)",
             shape="HTML; a table of 渠道 with 工单量/占比 and a 合计 row (T: column sum and each share over the 合计), prose restating 合计 (H), 同比 (O), 受理 = 即时办结 + 派单转办 (F), 即时办结率, 回访率 and 退单率 over 转办 (C), 重复诉求 decrease (O), top-3 领域 with 分别 counts in 万件 and shares (B), 满意率/按时办结率/接通率 (traps)")
ch = [("热线电话", 1268412), ("网站及政务APP", 186245), ("微信小程序", 241608), ("短信、邮件等其他渠道", 33781)]
tot = sum(v for _, v in ch)
rows = [[k, n(v), pc(v, tot)] for k, v in ch] + [["合计", n(tot), "100.0"]]
tab, trels, rowt = tgrid(["受理渠道", "工单量（件）", "占比（%）"], rows, "html", col_sums=(1,))
for i, (_k, v) in enumerate(ch):
    trels.append(R(v, tot, float(rows[i][2]), "\n".join(rowt[i:]), "T"))
rep.text = f"""<html><head><meta charset="utf-8"><title>玉屏湾市12345政务服务便民热线2024年度运行报告</title></head><body>
<h1>玉屏湾市12345政务服务便民热线2024年度运行报告</h1>
<p>发布单位：玉屏湾市政务服务管理局　发布时间：2025-01-22</p>
<h2>一、总体运行情况</h2>
<p>2024年，市12345热线共受理群众诉求{n(tot)}件，同比增长{gr(tot, 1536452)}%。其中直接答复、即时办结{n(1124530)}件，即时办结率{pc(1124530, tot)}%；派单转办{n(605516)}件，按时办结率98.6%，回访满意率92.4%，热线接通率96.1%。</p>
<h2>二、渠道分布</h2>
<p>热线电话仍是群众反映诉求的主渠道，微信小程序受理量增长较快。</p>
{tab}
<h2>三、派单办理情况</h2>
<p>对转办工单开展回访{n(482318)}件，回访率{pc(482318, 605516)}%。承办单位申请退单{n(8426)}件，退单率{pc(8426, 605516)}%。重复诉求{n(96240)}件，同比下降{gr(96240, 104950)}%。</p>
<h2>四、诉求热点</h2>
<p>按诉求领域分，城乡建设、市场监管、交通运输类诉求分别为21.4万件、18.6万件、14.2万件，分别占受理总量的{pc(214000, tot)}%、{pc(186000, tot)}%和{pc(142000, tot)}%，居前三位。</p>
<h2>五、下一步工作</h2>
<p>2025年将推进热线与110、119等紧急热线高效联动，力争按时办结率稳定在98%以上。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
anc = span(t, "共受理群众诉求" + n(tot), "和" + pc(142000, tot) + "%")
rep.add(
    E([tot, tot], span(t, "共受理群众诉求" + n(tot), rowt[-1]), "H"),
    C(tot, float(gr(tot, 1536452)), span(t, "共受理群众诉求" + n(tot), "增长" + gr(tot, 1536452) + "%")),
    S(tot, [1124530, 605516], span(t, "共受理群众诉求" + n(tot), "派单转办" + n(605516)), "F"),
    R(1124530, tot, float(pc(1124530, tot)), span(t, "共受理群众诉求" + n(tot), "即时办结率" + pc(1124530, tot) + "%")),
    R(482318, 605516, float(pc(482318, 605516)), span(t, "派单转办" + n(605516), "回访率" + pc(482318, 605516) + "%"), "C"),
    R(8426, 605516, float(pc(8426, 605516)), span(t, "派单转办" + n(605516), "退单率" + pc(8426, 605516) + "%"), "C"),
    C(96240, -float(gr(96240, 104950)), span(t, "重复诉求" + n(96240), "下降" + gr(96240, 104950) + "%")),
    R(214000, tot, float(pc(214000, tot)), anc, "B"),
    R(186000, tot, float(pc(186000, tot)), anc, "B"),
    R(142000, tot, float(pc(142000, tot)), anc, "B"),
)
rep.never("按时办结率98.6%，回访满意率92.4%，热线接通率96.1%", "rates over counts not printed")
rep.never("稳定在98%以上", "a target")
