from common import B, C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tot6

rep = Report("taoyuan-czj-xxgk-2024", "html", "沅州市桃源区财政局", 2025,
             kind="沅州市桃源区财政局2024年政府信息公开工作年度报告 (2025, 政府信息公开, 区 财政)",
             shape="HTML with rowspans and colspans (the national table and the 复议/诉讼 table: T), 预决算 公开 by 单位 (F) and a 公开率 bound, 依申请 with 上年结转 and 结转下年 (H: 新收 + 结转 = 办结 + 结转下年), 予以公开 比例 (C), 同比 (O), 复议 纠正 share (C)")
lv = {"gk": [14, 3, 0, 0, 1, 0], "bf": [4, 1, 0, 0, 0, 0], "n5": [1, 0, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
      "w1": [9, 1, 0, 0, 0, 0], "w2": [2, 0, 0, 0, 0, 0], "c1": [3, 0, 0, 0, 0, 0], "c3": [1, 0, 0, 0, 0, 0],
      "o3": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[2, 1, 0, 0, 0, 0], fwd=[3, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html")
fy, frels = fy_table([2, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
gkn, bfn = sum(lv["gk"]), sum(lv["bf"])
rep.text = f"""<html><head><meta charset="utf-8"><title>沅州市桃源区财政局2024年政府信息公开工作年度报告</title></head><body>
<div class="nav">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<h1>沅州市桃源区财政局2024年政府信息公开工作年度报告</h1>
<p class="info">发布日期：2025-01-20　信息来源：区财政局　字号：大 中 小</p>
<p>本年度报告根据《中华人民共和国政府信息公开条例》规定编制。报告中所列数据统计期限自2024年1月1日起至2024年12月31日止。</p>
<h2>一、总体情况</h2>
<p>（一）主动公开。全年在区政府门户网站财政专栏公开信息316条，比上年增长{gr(316, 287)}%。组织全区部门和单位公开2024年部门预算和2023年部门决算，应公开单位86个，已公开86个，公开率100%；其中一级预算单位52个、二级预算单位34个。公开“三公”经费预算总额1,286.4万元，比上年下降{gr(1286.4, 1372.8)}%，其中公务接待费214.6万元、公务用车购置及运行费902.5万元、因公出国（境）费169.3万元。</p>
<p>（二）依申请公开。本年新收政府信息公开申请{new}件，上年结转3件，共计{new + 3}件。全年办结{tot}件，结转下年度继续办理3件。办结件中，予以公开{gkn}件、部分公开{bfn}件，予以公开和部分公开合计{gkn + bfn}件，占办结总数的{pc(gkn + bfn, tot)}%。申请内容主要集中在惠民惠农补贴资金发放、政府采购和国有资产处置等方面。</p>
<p>（三）监督保障。全年开展财政政务公开自查2次，对12个乡镇（街道）财政所公开情况进行抽查。</p>
<h2>二、主动公开政府信息情况</h2>
<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>行政规范性文件</td><td>3</td><td>2</td><td>17</td></tr></table>
<table border="1"><tr><td colspan="3">第二十条第（八）项</td></tr><tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr><tr><td>行政事业性收费</td><td>0</td></tr></table>
<h2>三、收到和处理政府信息公开申请情况</h2>
{tab}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{fy}
<p>2024年，因政府信息公开申请被申请行政复议3件，结果维持2件、结果纠正1件，纠正率{pc(1, 3)}%；被提起行政诉讼2件，结果维持1件，尚未审结1件。被纠正的1件系答复期限超过法定时限，已整改。</p>
<h2>五、存在的主要问题及改进情况</h2>
<p>部分单位预决算公开表格不完整、说明不细致。2025年将开展预决算公开专项检查，确保公开率保持100%。</p>
<h2>六、其他需要报告的事项</h2>
<p>本机关2024年度未收取信息处理费。</p>
<div class="foot">主办：沅州市桃源区人民政府　备案号：湘ICP备0000000号-1</div>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    C(316, float(gr(316, 287)), span(t, "财政专栏公开信息316条", f"增长{gr(316, 287)}%")),
    S(86, [52, 34], span(t, "已公开86个", "二级预算单位34个"), "F"),
    B(86, 86, span(t, "应公开单位86个", "已公开86个"), "E"),
    S(1286.4, [214.6, 902.5, 169.3], span(t, "预算总额1,286.4万元", "因公出国（境）费169.3万元"), "F"),
    C(1286.4, -float(gr(1286.4, 1372.8)), span(t, "预算总额1,286.4万元", f"下降{gr(1286.4, 1372.8)}%")),
    E([new, new], span(t, f"本年新收政府信息公开申请{new}件", rt["new"]), "H"),
    S(new + 3, [new, 3], span(t, f"本年新收政府信息公开申请{new}件", f"共计{new + 3}件"), "F"),
    S(new + 3, [tot, 3], span(t, f"共计{new + 3}件", "结转下年度继续办理3件"), "H"),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
    S(gkn + bfn, [gkn, bfn], span(t, f"予以公开{gkn}件", f"合计{gkn + bfn}件"), "F"),
    R(gkn + bfn, tot, float(pc(gkn + bfn, tot)), span(t, f"全年办结{tot}件", f"占办结总数的{pc(gkn + bfn, tot)}%"), "C"),
    S(3, [2, 1], span(t, "被申请行政复议3件", "结果纠正1件")),
    R(1, 3, float(pc(1, 3)), span(t, "被申请行政复议3件", f"纠正率{pc(1, 3)}%"), "C"),
    S(2, [1, 1], span(t, "被提起行政诉讼2件", "尚未审结1件")),
)
rep.never("上年结转3件", "the table's 上年结转 row (3) against 结转下年度 (3): equal by chance, different years")
rep.never("现行有效件数</td></tr><tr><td>行政规范性文件</td><td>3</td><td>2</td><td>17", "a stock beside the year's flows")
rep.never("公开率100%", "a rate restated; its bound is given")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 316, '条', '全年在区政府门户网站财政专栏公开信息316条')
rep.metric('disclosure.requests', 43, '件', '本年新收政府信息公开申请43件')
rep.metric('disclosure.carried_in', 3, '件', '上年结转3件')
rep.metric('disclosure.closed', 43, '件', '全年办结43件')
rep.metric('disclosure.carried_forward', 3, '件', '结转下年度继续办理3件')
rep.metric('reconsideration.count', 3, '件', '因政府信息公开申请被申请行政复议3件')
rep.metric('litigation.count', 2, '件', '被提起行政诉讼2件')
