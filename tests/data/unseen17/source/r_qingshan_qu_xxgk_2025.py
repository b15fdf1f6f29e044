from common import C, E, R, Report, S, span
from h17 import ch, pc, gk, col, tot
from tables import gk_table, fy_table

rep = Report("qingshan-qu-xxgk-2025", "html", "青山区人民政府办公室", 2026,
             kind="青山区人民政府2025年政府信息公开工作年度报告 (2026)",
             shape="HTML, national tables with rowspans, 复议/诉讼 table with 尚未审结 and a prose restatement (纠错 over 审结), prose 新收 with 同比 and previous in brackets, 部门 and 街道 beside 件, a share over 新收 of 法人, a planted 科研机构 cell")
d = gk({"new": [486, 37, 2, 4, 9, 6], "old": [12, 1, 0, 0, 0, 0],
        "gk": [168, 14, 1, 1, 3, 2], "bf": [52, 5, 0, 1, 1, 0], "n3": [3, 0, 0, 0, 0, 0], "n4": [14, 1, 0, 0, 0, 0],
        "n6": [9, 1, 0, 0, 1, 0], "n7": [6, 0, 0, 0, 0, 0], "w1": [131, 9, 1, 1, 2, 2], "w2": [18, 2, 0, 0, 0, 0],
        "w3": [11, 0, 0, 0, 0, 0], "c1": [16, 1, 0, 0, 0, 1], "c2": [23, 1, 0, 0, 1, 0], "c4": [7, 0, 0, 0, 0, 0],
        "o1": [14, 2, 0, 0, 1, 0], "o3": [8, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "html", typo={("gk", 2): 2}, cols_checked=(0, 2, 6))
ftab, frels = fy_table([9, 3, 1, 2], [5, 1, 0, 3], [2, 0, 0, 1], "html")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
org = new - 486
rep.text = f"""<html><body>
<h2>青山区人民政府2025年政府信息公开工作年度报告</h2>
<h3>一、总体情况</h3>
<p>2025年，青山区共有42个区级部门、9个街道纳入政府信息公开工作考核。全年通过区政府门户网站主动公开信息18,426条，解读政策文件63件，解读率100%。</p>
<p>全区共新收政府信息公开申请{new}件（2024年为517件），同比增长{ch(new, 517)}%；其中法人或其他组织提出的{org}件，占{pc(org, new)}%。上年结转13件。全年办结{done}件，结转下年度{fwd}件。</p>
<p>全年因政府信息公开被申请行政复议15件，已审结13件，其中被纠正3件，纠错率为23.1%；被提起行政诉讼12件。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1"><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>行政规范性文件</td><td>21</td><td>9</td><td>148</td></tr></table>
<h3>三、收到和处理政府信息公开申请情况</h3>
{tab}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{ftab}
<h3>五、存在的主要问题及改进情况</h3>
<p>基层政务公开标准化仍需深化。</p>
</body></html>"""
t = rep.text
p2 = span(t, "全区共新收政府信息公开申请", f"结转下年度{fwd}件")
frow = ftab.split("\n")[-2]
rep.add(
    C(new, float(ch(new, 517)), p2, "A", prev=517),
    R(org, new, float(pc(org, new)), p2, "O"),
    E([13, 13], span(t, "上年结转13件", rows["old"]), "H"),
    E([new, new], span(t, "全区共新收政府信息公开申请", rows["new"]), "H"),
    S(15, [13, 2], span(t, "被申请行政复议15件", frow), "H"),
    R(3, 13, 23.1, span(t, "已审结13件", "纠错率为23.1%"), "C"),
    E([15, 15], span(t, "被申请行政复议15件", frow), "H"),
    S(12, [9, 3], span(t, "被提起行政诉讼12件", frow), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("解读政策文件63件，解读率100%", "over the documents needing a 解读, not printed (21 规范性文件 are another count)")
rep.never("<tr><td>行政规范性文件</td><td>21</td><td>9</td><td>148</td></tr>", "现行有效 is a stock")
rep.never("42个区级部门、9个街道", "units")
