from common import C, E, R, Report, S, span
from u36 import NOTE, addt, gr, html_head, mark, n, pc, subtotals, tgrid, val

rep = Report("zunyiwan-zfsj-2023", "html", "遵义湾市司法局", 2024,
             kind="遵义湾市2023年度行政执法数据统计年报 (2024, 行政执法统计年报, 贵州 市)",
             shape="HTML with a two-row colspan header; a table of 执法单位 with 市直小计 and 县区小计 rows and a 全市合计 row (T: each 小计 = its rows, 合计 = the two 小计, 处罚 = 简易 + 普通 per row; a planted 普通程序 cell), prose restating (H), 处罚 较上年 with the previous printed (A), 罚没款 = 罚款 + 没收 (F), 听证 share of 普通程序 (C), 市直 share (C); 执法人员 and 执法证 counts, 主体 数量 as traps")
U = [["市市场监督管理局", 2418, 1863, 1521, 342, 1286.4, 96, 3214],
     ["市生态环境局", 312, 214, 0, 214, 1942.7, 31, 1876],
     ["市交通运输局", 1106, 2347, 1968, 379, 463.2, 58, 2941],
     ["其他市直部门", 5326, 1472, 1103, 369, 712.6, 47, 4128],
     ["红花岗湾区", 6214, 4286, 3794, 492, 1108.3, 124, 6352],
     ["汇川湾区", 5873, 3918, 3427, 491, 986.5, 97, 5816],
     ["播州湾区", 4127, 2864, 2415, 449, 642.8, 76, 4103],
     ["其他县（市）", 28416, 15328, 12976, 2352, 5318.9, 612, 26947]]


def tot(rs):
    out = []
    for c in range(1, 8):
        s = sum(r[c] for r in rs)
        out.append(round(s, 1) if isinstance(s, float) else s)
    return out


sz, xq = tot(U[:4]), tot(U[4:])
al = [round(a + b, 1) if isinstance(a, float) else a + b for a, b in zip(sz, xq, strict=True)]
fmt = lambda r: [r[0]] + [n(v, 1) if isinstance(v, float) else n(v) for v in r[1:]]  # noqa: E731
rows = [fmt(r) for r in U[:4]] + [fmt(["市直部门小计", *sz])] + [fmt(r) for r in U[4:]] + [fmt(["县区小计", *xq]), fmt(["全市合计", *al])]
rows[5][4] = n(529)
tab, trels, rowt = tgrid(["执法单位", "行政许可", "行政处罚", "简易程序", "普通程序", "罚没款", "行政强制", "行政检查"], rows, "html",
                         row_sums=((2, [3, 4]),))
tab = html_head(tab, '<tr><th rowspan="2">执法单位</th><th rowspan="2">行政许可（件）</th><th colspan="3">行政处罚（件）</th>'
                '<th rowspan="2">罚没款（万元）</th><th rowspan="2">行政强制（件）</th><th rowspan="2">行政检查（次）</th></tr>\n'
                '<tr><th>总数</th><th>简易程序</th><th>普通程序</th></tr>')
trels += subtotals(rows, rowt, [(4, [0, 1, 2, 3]), (9, [5, 6, 7, 8])], (1, 2, 3, 4, 5, 6, 7))
q = "\n".join(rowt[4:11])
trels += [mark(S(val(rows[10][c]), [val(rows[4][c]), val(rows[9][c])], q, "T"), NOTE) for c in (1, 2, 3, 4, 5, 6, 7)]
P, JY, PT, M = al[1], al[2], al[3], al[4]
fk = 12316.5
rep.text = f"""<html><body>
<h1>遵义湾市2023年度行政执法数据统计年报</h1>
<p>发布单位：遵义湾市司法局　发布时间：2024年1月31日</p>
<p>根据《贵州省行政执法公示办法》和行政执法“三项制度”有关要求，现将全市2023年度行政执法数据公示如下。本年报统计范围为全市具有行政执法职能的市、县两级行政执法主体312个，持证行政执法人员8,647人。</p>
<h3>一、总体情况</h3>
<p>2023年，全市各级行政执法机关共办理行政许可{n(al[0])}件，作出行政处罚决定{n(P)}件，较上年的{n(31207)}件增长{gr(P, 31207)}%。其中适用简易程序{n(JY)}件、普通程序{n(PT)}件。罚没款{n(M, 1)}万元，其中罚款{n(fk, 1)}万元、没收违法所得{n(round(M - fk, 1), 1)}万元。实施行政强制{n(al[5])}件，开展行政检查{n(al[6])}次。</p>
<p>普通程序案件中，举行听证的86件，占{pc(86, PT)}%；全部普通程序案件均经法制审核。市直部门作出行政处罚{n(sz[1])}件，占全市的{pc(sz[1], P)}%。</p>
<h3>二、分单位情况</h3>
{tab}
<p>说明：“其他市直部门”含市自然资源和规划局、市住房城乡建设局等23个部门；“其他县（市）”含11个县（市）。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    C(P, float(gr(P, 31207)), span(t, f"行政处罚决定{n(P)}件", f"增长{gr(P, 31207)}%"), "A", prev=31207),
    S(P, [JY, PT], span(t, f"行政处罚决定{n(P)}件", f"普通程序{n(PT)}件"), "F"),
    S(M, [fk, round(M - fk, 1)], span(t, f"罚没款{n(M, 1)}万元", f"没收违法所得{n(round(M - fk, 1), 1)}万元"), "F"),
    R(86, PT, float(pc(86, PT)), span(t, f"普通程序{n(PT)}件", f"占{pc(86, PT)}%"), "C"),
    R(sz[1], P, float(pc(sz[1], P)), span(t, f"行政处罚决定{n(P)}件", f"占全市的{pc(sz[1], P)}%"), "C"),
    E([P, P], span(t, f"行政处罚决定{n(P)}件", rowt[-1]), "H"),
    E([M, M], span(t, f"罚没款{n(M, 1)}万元", rowt[-1]), "H"),
)
rep.never("执法主体312个，持证行政执法人员8,647人", "bodies and staff")
rep.never("含市自然资源和规划局、市住房城乡建设局等23个部门", "a count of departments")
