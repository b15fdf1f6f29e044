from common import B, C, E, R, Report, span
from u36 import addt, gr, html_head, pc, tgrid

rep = Report("jingdongwan-lcj-fzzf-2022", "html", "景东湾彝族自治县林业和草原局", 2023,
             kind="景东湾彝族自治县林业和草原局2022年法治政府建设情况报告 (2023, 法治政府建设, 云南 县 林草)",
             shape="HTML; a table of 案件类别 with a colspan 办理程序 header, 立案 / 简易 / 普通 / 罚款（万元） and a 合计 row (T: column sums, 立案 = 简易 + 普通 per row; a planted 普通 cell), prose restating 合计 (H) with 较上年 and the previous printed (A), 占林地 share (C), 公益林 inside 使用林地 (E); 森林覆盖率, 补种 株数, 护林员, 刑事 移送, 火灾 面积 as traps")
lb = [("滥伐林木", 31, 22, 9, 48.6), ("非法占用林地", 42, 15, 27, 91.2), ("违法收购运输木材", 9, 7, 2, 6.8), ("其他", 12, 10, 2, 9.7)]
cs = [sum(x[i] for x in lb) for i in (1, 2, 3)] + [round(sum(x[4] for x in lb), 1)]
rows = [list(x) for x in lb] + [["合计", *cs]]
rows[0] = [rows[0][0], 31, 22, 8, 48.6]
rows[-1][3] = cs[2] - 1
tab, trels, rowt = tgrid(["案件类别", "立案（起）", "简易程序", "普通程序", "罚款（万元）"], rows, "html",
                         col_sums=(1, 2, 3, 4), row_sums=((1, [2, 3]),))
tab = html_head(tab, '<tr><th rowspan="2">案件类别</th><th rowspan="2">立案（起）</th><th colspan="2">办理程序（起）</th><th rowspan="2">罚款（万元）</th></tr>\n<tr><th>简易程序</th><th>普通程序</th></tr>')
A, FK = cs[0], cs[3]
rep.text = f"""<html><body>
<div class="title">景东湾彝族自治县林业和草原局2022年法治政府建设情况报告</div>
<div class="meta">发布机构：县林业和草原局　　发布日期：2023年2月8日</div>
<div class="content">
<p>2022年，县林业和草原局在县委、县政府的坚强领导下，全面落实林长制，依法保护森林、草原、湿地资源，全县森林覆盖率达到70.6%。现将2022年法治政府建设情况报告如下。</p>
<p>一、依法查处林草违法行为</p>
<p>全年共查处林业行政案件{A}起，较上年的117起下降{gr(A, 117)}%，罚款{FK}万元，责令补种树木4,180株、恢复林地12.6公顷；向公安机关移送涉嫌刑事案件7起。其中非法占用林地案件42起，占{pc(42, A)}%，仍为主要类型。分类情况见下表：</p>
{tab}
<p>二、依法审核审批林地使用</p>
<p>全年审核审批使用林地项目63个，面积286.4公顷，其中公益林41.2公顷。全县选聘生态护林员1,642名。</p>
<p>三、森林草原防火</p>
<p>全年发生森林火灾2起，受害森林面积3.6公顷，未发生人员伤亡。</p>
<p>四、2023年工作打算</p>
<p>继续推进“林长+检察长”协作机制，严厉打击破坏森林资源违法犯罪行为。</p>
</div></body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    C(A, -float(gr(A, 117)), span(t, f"林业行政案件{A}起", f"下降{gr(A, 117)}%"), "A", prev=117),
    R(42, A, float(pc(42, A)), span(t, f"林业行政案件{A}起", f"占{pc(42, A)}%"), "C"),
    E([A, A], span(t, f"林业行政案件{A}起", rowt[-1]), "H"),
    E([FK, FK], span(t, f"罚款{FK}万元", rowt[-1]), "H"),
    B(41.2, 286.4, span(t, "面积286.4公顷", "公益林41.2公顷"), "E"),
)
rep.never("森林覆盖率达到70.6%", "a rate over an unprinted area")
rep.never("责令补种树木4,180株、恢复林地12.6公顷", "trees and area beside cases")
rep.never("移送涉嫌刑事案件7起", "criminal cases, outside the administrative total")
rep.never("生态护林员1,642名", "persons")
rep.never("受害森林面积3.6公顷", "an area")
