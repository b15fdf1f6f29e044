from common import B, C, E, R, Report, S, span
from u39 import addt, gr, mark, n, pc, tgrid

rep = Report("jiaxingwan-12345-2025m4", "html", "嘉兴湾市数据资源管理局（12345热线）", 2025,
             kind="嘉兴湾市12345热线2025年4月诉求分析月报 (2025, 12345 月报, 浙江 市)",
             shape="HTML; 受理 with 环比 and 同比 in one sentence, the previous values printed in a table below (T), a table of 诉求 类别 with 本月 / 上月 / 环比 and a 合计 row (T: column sums, the change per row over the printed 上月; a planted 环比 of 噪声扰民), prose with the top kinds' shares stated after '分别占' (B), 咨询/投诉/求助 split (F), 企业 诉求 share (C), 按期办结 (C), 满意率 over 回访 (C); 排名 and 热线 numbers as traps")
cats = [("城乡建设", 9417, 8826), ("交通运输", 5238, 5602), ("市场监管", 4816, 4375), ("噪声扰民", 2964, 2418),
        ("劳动保障", 3127, 3301), ("教育", 2085, 1946), ("其他", 11648, 11932)]
cur, prev = sum(c[1] for c in cats), sum(c[2] for c in cats)
rows = [[c[0], n(c[1]), n(c[2]), ("" if c[1] >= c[2] else "-") + gr(c[1], c[2])] for c in cats]
rows.append(["合计", n(cur), n(prev), ("" if cur >= prev else "-") + gr(cur, prev)])
rows[3][3] = "20.6"
tab, trels, rowt = tgrid(["诉求类别", "本月（件）", "上月（件）", "环比（%）"], rows, "html", col_sums=(1, 2))
crels = [mark(C(int(r_[1].replace(",", "")), float(r_[3]), t_, "T", prev=int(r_[2].replace(",", ""))), "a printed cell does not add up (planted typo)") for r_, t_ in zip(rows, rowt, strict=True)]
yoy = 37106
zx, ts, qz = 18406, 14237, cur - 18406 - 14237
rep.text = f"""<html><head><meta charset="utf-8"><title>4月份12345热线诉求分析</title></head><body>
<h1>嘉兴湾市12345热线2025年4月诉求分析月报</h1>
<p>4月，市12345热线受理群众诉求{n(cur)}件，环比增长{gr(cur, prev)}%，同比增长{gr(cur, yoy)}%（上年同月{n(yoy)}件）。</p>
<p>按诉求性质，咨询类{n(zx)}件，投诉类{n(ts)}件，求助及其他{n(qz)}件。</p>
<h2>一、分类情况</h2>
{tab}
<p>城乡建设、交通运输和市场监管类诉求位居前三，分别占本月受理量的{pc(9417, cur)}%、{pc(5238, cur)}%和{pc(4816, cur)}%。噪声扰民类诉求环比增幅最大，主要是夜间施工和广场舞噪声。</p>
<h2>二、涉企诉求</h2>
<p>本月受理企业诉求{n(2631)}件，占全部诉求的{pc(2631, cur)}%，其中政策咨询{n(1418)}件，涉及“民营经济32条”兑现、稳岗返还等。</p>
<h2>三、办理质效</h2>
<p>本月应办结工单{n(24816)}件，按期办结{n(24537)}件，按期办结率{pc(24537, 24816)}%。回访{n(9632)}件，满意{n(9218)}件，满意率{pc(9218, 9632)}%。</p>
<p>热线电话：12345　政务服务网：www.zjzwfw.gov.cn</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
addt(rep, crels)
rep.add(
    C(cur, float(gr(cur, prev)), span(t, f"受理群众诉求{n(cur)}件", rowt[-1]), "A", prev=prev),
    C(cur, float(gr(cur, yoy)), span(t, f"受理群众诉求{n(cur)}件", f"上年同月{n(yoy)}件"), "A", prev=yoy),
    S(cur, [zx, ts, qz], span(t, f"受理群众诉求{n(cur)}件", f"求助及其他{n(qz)}件"), "F"),
    E([cur, cur], span(t, f"受理群众诉求{n(cur)}件", rowt[-1]), "H"),
    R(9417, cur, float(pc(9417, cur)), span(t, rowt[0], f"{pc(9417, cur)}%"), "B"),
    R(5238, cur, float(pc(5238, cur)), span(t, rowt[0], f"、{pc(5238, cur)}%"), "B"),
    R(4816, cur, float(pc(4816, cur)), span(t, rowt[0], f"和{pc(4816, cur)}%"), "B"),
    R(2631, cur, float(pc(2631, cur)), span(t, f"受理群众诉求{n(cur)}件", f"占全部诉求的{pc(2631, cur)}%"), "C"),
    B(1418, 2631, span(t, f"企业诉求{n(2631)}件", f"政策咨询{n(1418)}件"), "E"),
    R(24537, 24816, float(pc(24537, 24816)), span(t, f"应办结工单{n(24816)}件", f"按期办结率{pc(24537, 24816)}%"), "C"),
    R(9218, 9632, float(pc(9218, 9632)), span(t, f"回访{n(9632)}件", f"满意率{pc(9218, 9632)}%"), "C"),
)
rep.never("“民营经济32条”", "a policy name")
rep.never("热线电话：12345", "a phone number")
rep.metric("hotline.requests", cur, "件", f"市12345热线受理群众诉求{n(cur)}件")
