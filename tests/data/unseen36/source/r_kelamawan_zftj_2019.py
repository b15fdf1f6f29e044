from common import C, E, R, Report, S, span
from u36 import addt, gr, html_head, n, pc, tgrid

rep = Report("kelamawan-zftj-2019", "html", "克拉玛湾市人民政府法制办公室", 2020,
             kind="克拉玛湾市2019年度行政执法统计报告 (2020, 行政执法统计年报, 新疆 市, older wording)",
             shape="HTML with a colspan header; a table of 执法行为 by 市级 / 区级 with a 合计 column and a 合计 row (T: row sums, column sums; a planted 行政检查 合计 cell), prose restating (H), 处罚 较上年 with the previous printed (A), 罚没款 = 罚款 + 没收 (F), 区级 share (C), 许可 即办 share (C), 处罚 by 对象 (F); 5类 2,148项 职权, 纠正 件数, 执法证 as traps")
xw = [("行政许可", 8426, 5218), ("行政处罚", 2186, 4873), ("行政强制", 142, 316), ("行政征收", 1062, 418), ("行政检查", 6314, 11287)]
cs = [sum(x[1] for x in xw), sum(x[2] for x in xw)]
rows = [[a, n(b), n(c), n(b + c)] for a, b, c in xw] + [["合计", n(cs[0]), n(cs[1]), n(cs[0] + cs[1])]]
rows[4][3] = n(17061)
tab, trels, rowt = tgrid(["执法行为", "市级", "区级", "合计"], rows, "html", col_sums=(1, 2, 3), row_sums=((3, [1, 2]),))
tab = html_head(tab, '<tr><th rowspan="2">执法行为类别</th><th colspan="3">执法数量（件、次）</th></tr>\n<tr><th>市级</th><th>区级</th><th>合计</th></tr>')
P = 2186 + 4873
XK = 8426 + 5218
rep.text = f"""<html><body>
<h2 align="center">克拉玛湾市2019年度行政执法统计报告</h2>
<p align="center">克拉玛湾市人民政府法制办公室　2020年3月2日</p>
<p>根据自治区人民政府法制办公室《关于做好2019年度行政执法统计工作的通知》，现将我市2019年度行政执法统计情况报告如下。</p>
<p><b>一、执法主体和职权</b></p>
<p>全市共有行政执法主体86个，持有行政执法证件人员2,314名。经清理，全市保留行政执法职权5类2,148项。</p>
<p><b>二、执法行为统计</b></p>
{tab}
<p>全市办理行政许可{n(XK)}件，其中当场办结{n(9862)}件，占{pc(9862, XK)}%。作出行政处罚决定{n(P)}件，较上年的{n(6312)}件增长{gr(P, 6312)}%，其中区级作出{n(4873)}件，占{pc(4873, P)}%。处罚决定中，对公民作出{n(4106)}件、对法人和其他组织作出{n(P - 4106)}件。罚没款合计{n(3862.47, 2)}万元，其中罚款{n(3418.25, 2)}万元、没收违法所得{n(444.22, 2)}万元。</p>
<p><b>三、执法监督</b></p>
<p>通过行政执法案卷评查和投诉处理，纠正违法或不当执法行为12件。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    R(9862, XK, float(pc(9862, XK)), span(t, f"行政许可{n(XK)}件", f"占{pc(9862, XK)}%"), "C"),
    C(P, float(gr(P, 6312)), span(t, f"行政处罚决定{n(P)}件", f"增长{gr(P, 6312)}%"), "A", prev=6312),
    R(4873, P, float(pc(4873, P)), span(t, f"行政处罚决定{n(P)}件", f"占{pc(4873, P)}%"), "C"),
    S(P, [4106, P - 4106], span(t, f"行政处罚决定{n(P)}件", f"组织作出{n(P - 4106)}件"), "F"),
    S(3862.47, [3418.25, 444.22], span(t, "罚没款合计3,862.47万元", "没收违法所得444.22万元"), "F"),
    E([XK, XK], span(t, rowt[0], f"行政许可{n(XK)}件"), "H"),
    E([P, P], span(t, rowt[1], f"行政处罚决定{n(P)}件"), "H"),
)
rep.never("行政执法主体86个，持有行政执法证件人员2,314名", "bodies and staff")
rep.never("5类2,148项", "kinds and items")
rep.never("纠正违法或不当执法行为12件", "a count with no relation")
