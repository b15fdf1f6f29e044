from common import B, C, E, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import fy_table, gk_table

rep = Report("qingchuan-shi-xxgk-2023", "html", "青川市人民政府办公室", 2024,
             kind="青川市人民政府2023年政府信息公开工作年度报告 (2024)",
             shape="HTML, national application table with rowspans and an author's error in the (七)总计 cell of 总计 (the prose prints the true figure), 复议/诉讼 row, prose with 分别 over three channels, a change printed with last year's figure in brackets, 区县 counts beside 件")
data = {"new": [386, 52, 0, 3, 11, 4],
        "gk": [131, 19, 0, 1, 4, 1], "bf": [42, 8, 0, 0, 2, 0], "n1": [1, 0, 0, 0, 0, 0], "n2": [3, 0, 0, 0, 0, 0],
        "n4": [11, 2, 0, 0, 1, 0], "n5": [4, 0, 0, 0, 0, 0], "n6": [12, 3, 0, 0, 0, 0], "n7": [6, 1, 0, 0, 0, 0],
        "w1": [88, 9, 0, 1, 2, 1], "w2": [14, 2, 0, 0, 0, 0], "w3": [9, 1, 0, 0, 0, 0],
        "c1": [19, 2, 0, 0, 0, 0], "c2": [13, 1, 0, 0, 1, 1], "c4": [7, 0, 0, 0, 0, 0],
        "o1": [5, 1, 0, 0, 0, 0], "o3": [2, 1, 0, 0, 0, 0], "fwd": [19, 2, 0, 1, 1, 1]}
s = gk_sums(data)
true_tot = s["tot"]
gk, trels, rows = gk_table(data, "html", typo={("tot", 6): true_tot + 10}, cols_checked=(0, 6),
                           note="the printed (七)总计 of the 总计 column does not add up (author's error, 10 too many)")
fy, frels = fy_table([7, 3, 0, 2], [5, 2, 1, 3], [2, 1, 0, 1], "html")
new, tot, fwd = s["new"], true_tot, s["fwd"]
web, mail, face = 297, 118, new - 297 - 118
rep.text = f"""
<h2>青川市人民政府2023年政府信息公开工作年度报告</h2>
<p>根据《中华人民共和国政府信息公开条例》规定，现公布青川市人民政府2023年政府信息公开工作年度报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>
<h3>一、总体情况</h3>
<p>（一）主动公开。2023年市政府通过门户网站主动公开政府信息17,406条（2022年：15,982条），同比增长{gr(17406, 15982)}%。全市9个区县、37个市直部门的公开专栏完成标准化改版。</p>
<p>（二）依申请公开。全年共收到政府信息公开申请{new}件，通过互联网、信函、当面三种渠道提交的分别为{web}件、{mail}件、{face}件。从申请人类型看，自然人{s['zr']}件，法人或其他组织{s['fr']}件，自然人申请占比{pc(s['zr'], new)}%。</p>
<p>全年办结{tot}件，按期办结率100%；另有{fwd}件因在法定答复期限内，结转至2024年继续办理。答复结果中，予以公开{s['gk']}件、部分公开{s['bf']}件、不予公开{s['n']}件、无法提供{s['w']}件、不予处理{s['c']}件、其他处理{s['o']}件。</p>
<p>（三）监督保障。因政府信息公开被申请行政复议12件，被提起行政诉讼15件；复议案件中被纠错3件，纠错率{pc(3, 12)}%。</p>
<h3>二、收到和处理政府信息公开申请情况</h3>
{gk}
<h3>三、政府信息公开行政复议、行政诉讼情况</h3>
{fy}
<h3>四、存在的主要问题及改进情况</h3>
<p>部分区县答复文书说理不充分。下一步将开展答复文书评查，全年抽查不少于60份。</p>
"""
t = rep.text
p2 = span(t, "全年共收到政府信息公开申请", "%")
p3 = span(t, "全年办结", f"其他处理{s['o']}件")
p4 = span(t, "被申请行政复议12件", "%")
rep.add(
    C(17406, f(gr(17406, 15982)), span(t, "主动公开政府信息17,406条", "%"), "A", prev=15982),
    S(new, [web, mail, face], p2, "B"),
    S(new, [s["zr"], s["fr"]], p2, "O"),
    R(s["zr"], new, f(pc(s["zr"], new)), p2, "O"),
    S(tot, [s["gk"], s["bf"], s["n"], s["w"], s["c"], s["o"]], p3, "F"),
    S(new, [tot, fwd], span(t, "全年共收到政府信息公开申请", "结转至2024年继续办理"), "E"),
    E([tot, true_tot + 10], span(t, f"全年办结{tot}件", rows["tot"]), "H",
      bad=f"prose 办结{tot}, the table's (七)总计 {true_tot + 10} (author's error)"),
    R(3, 12, f(pc(3, 12)), p4, "O"),
    B(3, 12, p4, "E"),
)
addt(rep, trels, frels)
rep.never("按期办结率100%", "a rate whose base (办结 due in the year) is not printed")
rep.never("全市9个区县、37个市直部门", "units, not applications")
rep.never("被提起行政诉讼15件", "15 suits = 11 直接起诉 + 4 复议后起诉 in the table, but the groups' totals are not printed in the prose")
