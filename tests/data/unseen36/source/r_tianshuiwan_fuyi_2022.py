from common import C, E, R, Report, S, span
from u36 import addt, gr, html_head, pc, tgrid

rep = Report("tianshuiwan-fuyi-2022", "html", "天水湾市人民政府行政复议办公室", 2023,
             kind="天水湾市2022年度行政复议工作情况报告 (2023, 行政复议 年度统计, 甘肃 市, old law)",
             shape="HTML with a colspan 审结情况 header; a table of 案件类别 with 受理 / 维持 / 驳回 / 撤销 / 变更 / 确认违法 / 终止 / 审结小计 and a 合计 row (T: 小计 = outcomes per row, column sums), prose restating the 合计 (H), 受理 + 结转 (F), 较上年 with the previous printed (A), 纠错 = 撤销 + 变更 + 确认违法 (F, the parts before 以上合计) with 纠错率 (C, planted), 履行 and 意见书 as traps, 未审结 = 受理 − 审结 (F)")
lb = [("行政处罚", 64, 31, 8, 9, 1, 3, 6), ("行政强制", 21, 9, 3, 4, 0, 2, 2), ("政府信息公开", 38, 17, 9, 5, 0, 2, 4),
      ("行政确认", 27, 15, 4, 3, 1, 1, 2), ("不履行法定职责", 19, 6, 5, 0, 0, 3, 3), ("其他", 33, 18, 6, 3, 0, 1, 3)]
rows = [[a, sl, w, b, c, d, e, f, w + b + c + d + e + f] for a, sl, w, b, c, d, e, f in lb]
cs = [sum(r[i] for r in rows) for i in range(1, 9)]
rows.append(["合计", *cs])
tab, trels, rowt = tgrid(["案件类别", "受理", "维持", "驳回", "撤销", "变更", "确认违法", "终止", "小计"], rows, "html",
                         col_sums=tuple(range(1, 9)), row_sums=((8, [2, 3, 4, 5, 6, 7]),))
tab = html_head(tab, '<tr><th rowspan="2">案件类别</th><th rowspan="2">受理（件）</th><th colspan="7">审结情况（件）</th></tr>\n'
                '<tr><th>维持</th><th>驳回</th><th>撤销</th><th>变更</th><th>确认违法</th><th>终止</th><th>小计</th></tr>')
SL, SJ = cs[0], cs[7]
cx, bg, wf = cs[3], cs[4], cs[5]
JC = cx + bg + wf
rep.text = f"""<html><body>
<h2>天水湾市2022年度行政复议工作情况报告</h2>
<p>来源：市人民政府行政复议办公室　日期：2023-02-20</p>
<p>　　2022年，市人民政府行政复议办公室认真贯彻《行政复议法》及其实施条例，充分发挥行政复议化解行政争议的主渠道作用。现将全年工作情况报告如下。</p>
<p>　　<strong>一、案件受理情况</strong></p>
<p>　　全年市政府共受理行政复议案件{SL}件，较上年的{167}件增长{gr(SL, 167)}%。加上上年结转的9件，全年共需办理{SL + 9}件。</p>
<p>　　<strong>二、案件审理情况</strong></p>
<p>　　全年审结{SJ}件，结转下年度{SL + 9 - SJ}件。审结案件中，撤销{cx}件、变更{bg}件、确认违法{wf}件，以上合计纠错{JC}件，纠错率21.0%。分类别情况如下：</p>
{tab}
<p>　　注：本表“受理”为本年新受理案件数，“审结”含上年结转案件。</p>
<p>　　<strong>三、复议决定履行和监督</strong></p>
<p>　　复议决定履行率100%，制发行政复议意见书6份、建议书11份。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    C(SL, float(gr(SL, 167)), span(t, f"行政复议案件{SL}件", f"增长{gr(SL, 167)}%"), "A", prev=167),
    S(SL + 9, [SL, 9], span(t, f"行政复议案件{SL}件", f"共需办理{SL + 9}件"), "F"),
    S(SL + 9, [SJ, SL + 9 - SJ], span(t, f"共需办理{SL + 9}件", f"结转下年度{SL + 9 - SJ}件"), "F"),
    S(JC, [cx, bg, wf], span(t, f"撤销{cx}件", f"合计纠错{JC}件"), "F"),
    R(JC, SJ, 21.0, span(t, f"全年审结{SJ}件", "纠错率21.0%"), "C", bad=f"{JC} / {SJ} = {pc(JC, SJ)}%, printed 21.0% (digits swapped)"),
    E([SJ, SJ], span(t, f"全年审结{SJ}件", rowt[-1]), "H"),
    E([SL, SL], span(t, f"行政复议案件{SL}件", rowt[-1]), "H"),
)
rep.never("复议决定履行率100%", "over an unprinted base")
rep.never("意见书6份、建议书11份", "documents")
