from common import B, C, E, Report, S, span
from tables import grid

rep = Report("xiyuan-nongye-2021", "html", "西源县农业农村局", 2022,
             kind="西源县农业农村局2021年度法治政府建设情况报告 (2022)", shape="HTML, a table of 检查/立案/结案/罚没 by 领域 with a planted 结案 cell (breaks its row bound and the column), 分别 changes of area and tonnage, prose = table")
rows = [["种子", 46, 8, 8, "6.42"], ["农药", 82, 12, 13, "9.86"], ["兽药饲料", 38, 5, 5, "3.15"], ["渔政", 124, 21, 21, "4.37"],
        ["合计", 290, 46, 45, "23.80"]]
tab, rt = grid(["执法领域", "检查（次）", "立案（件）", "结案（件）", "罚没款（万元）"], rows, "html")
rep.text = f"""
<html><head><meta charset="utf-8"><title>西源县农业农村局2021年度法治政府建设情况报告</title></head><body>
<h2>西源县农业农村局2021年度法治政府建设情况报告</h2>
<p>一、农业生产。全县粮食播种面积68.42万亩，总产量28.6万吨，分别增长1.2%和3.6%。农村居民人均可支配收入19,846元，增长10.3%。新建高标准农田4.2万亩。</p>
<p>二、农业综合行政执法。全年开展执法检查290次，立案46件，结案45件，罚没款28.3万元，各领域情况如下：</p>
{tab}
<p>三、普法宣传。开展“放心农资下乡进村”宣传活动12场，发放资料1.6万份。</p>
</body></html>
"""
tq = "\n".join(rt)
rep.add(
    C(68.42, 1.2, "粮食播种面积68.42万亩，总产量28.6万吨，分别增长1.2%和3.6%", "B"),
    C(28.6, 3.6, "粮食播种面积68.42万亩，总产量28.6万吨，分别增长1.2%和3.6%", "B"),
    B(45, 46, "立案46件，结案45件", "E"),
    S(290, [46, 82, 38, 124], tq, "T"),
    S(46, [8, 12, 5, 21], tq, "T"),
    S(45, [8, 13, 5, 21], tq, "T", bad="8 + 13 + 5 + 21 = 47, 合计 printed 45 (农药 结案 11 typed 13)"),
    B(13, 12, rt[1], "T", bad="农药 结案 13 > 立案 12 (11 typed 13)"),
    S(23.80, [6.42, 9.86, 3.15, 4.37], tq, "T"),
    C(19846, 10.3, "农村居民人均可支配收入19,846元，增长10.3%"),
    E([28.3, 23.80], span(rep.text, "罚没款28.3万元", rt[-1]), "H", bad="prose 罚没款28.3万元, the table's 合计 23.80 (23.8 with digits swapped)"),
    E([290, 290], span(rep.text, "开展执法检查290次", rt[-1]), "H"),
)
rep.never("新建高标准农田4.2万亩", "an area, not part of the sown area")
rep.never("<th>检查（次）</th>", "inspections are times, not cases: no bound against 立案")
rep.never("发放资料1.6万份", "leaflets")
