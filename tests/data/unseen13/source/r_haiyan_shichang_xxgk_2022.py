from common import B, C, E, R, Report, S, span
from tables import fy_table, grid, gk_table

rep = Report("haiyan-shichang-xxgk-2022", "html", "海晏市市场监督管理局", 2023,
             kind="海晏市市场监督管理局2022年政府信息公开工作年度报告 (2023)",
             shape="HTML, national tables (主动公开 处理决定 rows, application table with a planted 商业企业 cell, 复议/诉讼 with 尚未审结), prose shares over 新收 and over 办结, 行政处罚 件 beside 万元, 商业企业 applications beside 市场主体 counts")
data = {"new": [58, 27, 0, 0, 4, 1], "old": [2, 1, 0, 0, 0, 0],
        "gk": [17, 9, 0, 0, 1, 0], "bf": [5, 3, 0, 0, 0, 0], "n3": [1, 0, 0, 0, 0, 0], "n4": [3, 2, 0, 0, 0, 0],
        "n7": [4, 1, 0, 0, 1, 0], "w1": [19, 8, 0, 0, 1, 1], "w2": [2, 1, 0, 0, 0, 0], "c1": [4, 1, 0, 0, 0, 0],
        "c2": [2, 0, 0, 0, 1, 0], "o3": [1, 0, 0, 0, 0, 0], "fwd": [2, 3, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "html", typo={("w1", 1): 6}, cols_checked=(0, 1, 6))
fy, frels = fy_table([3, 1, 0, 1], [2, 0, 1, 1], [1, 0, 0, 0], "html")
zd, zr = grid(["信息内容", "本年处理决定数量"], [["行政许可", "8,214"], ["行政处罚", "1,367"], ["行政强制", "96"]], "html")
rep.text = f"""<html><body>
<h2>海晏市市场监督管理局2022年政府信息公开工作年度报告</h2>
<h3>一、总体情况</h3>
<p>2022年，全市共有市场主体15.37万户，比上年末增长8.2%。我局主动公开各类政府信息2,416条，其中行政许可信息、行政处罚信息分别占41.5%和18.9%。全年作出行政处罚决定1,367件，罚没款2,861.4万元，均在作出决定之日起7个工作日内公示。</p>
<p>全年新收政府信息公开申请90件，同比增长15.4%，另有上年结转3件。其中商业企业提出申请27件，占新收申请的30.0%，主要涉及企业登记档案和食品抽检结果。全年办结88件，其中予以公开和部分公开35件，不予公开12件，无法提供32件，不予处理8件，其他处理1件，结转下年度5件。</p>
<h3>二、主动公开政府信息情况</h3>
{zd}
<h3>三、收到和处理政府信息公开申请情况</h3>
{gk}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{fy}
<h3>五、存在的主要问题及改进情况</h3>
<p>抽检结果信息公开时效不一。2023年将实行抽检结果“一周一公开”。</p>
</body></html>
"""
t = rep.text
p1 = span(t, "主动公开各类政府信息2,416条", "分别占41.5%和18.9%")
p2 = span(t, "全年新收政府信息公开申请90件", "结转下年度5件")
rep.add(
    C(153700, 8.2, span(t, "市场主体15.37万户", "增长8.2%")),
    C(90, 15.4, p2),
    R(27, 90, 30.0, p2, "C"),
    B(27, 90, p2, "D"),
    S(88, [35, 12, 32, 8, 1], p2, "F"),
    E([1367, 1367], span(t, "作出行政处罚决定1,367件", zr[1]), "H"),
    E([88, 88], span(t, "全年办结88件", rows["tot"]), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("其中行政许可信息、行政处罚信息分别占41.5%和18.9%", "the counts of the two kinds are not printed (the 处理决定 table counts decisions, not items)")
rep.never("罚没款2,861.4万元，均在作出决定之日起7个工作日内公示", "money; days")
rep.never("全市共有市场主体15.37万户", "units beside applications")
rep.never("其中予以公开和部分公开35件", "35 = 27 + 8 of the table, a sum of two rows printed as one figure (not two printed parts)")
