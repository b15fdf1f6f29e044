from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u25 import addt

rep = Report("jiangbei-shuili-xxgk-2023", "html", "江北省水利厅", 2024,
             kind="江北省水利厅2023年政府信息公开工作年度报告 (2024, 省厅)",
             shape="HTML national table with rowspans, all six applicant columns in use, 上年结转 9, 结转下年度 13, a planted 法律服务机构 cell; prose with the previous year in brackets, 应办 = 新收 + 结转 and 办结 + 结转 (H), two shares with 分别, a planted combined share, 无法提供 by reason, subjects without 其中, a 复议/诉讼 row")
data = {"new": [68, 12, 3, 2, 5, 1], "old": [7, 1, 0, 0, 1, 0],
        "gk": [24, 4, 1, 1, 2, 0], "bf": [9, 2, 0, 0, 1, 0], "n4": [3, 0, 0, 0, 0, 0],
        "n6": [2, 1, 0, 0, 0, 0], "w1": [15, 3, 1, 1, 1, 1], "w2": [4, 0, 0, 0, 0, 0],
        "c1": [5, 1, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0], "o1": [3, 0, 0, 0, 0, 0],
        "fwd": [8, 2, 1, 0, 2, 0]}
gk, trels, rows = gk_table(data, "html", typo={("gk", 4): 3}, note="法律服务机构 予以公开 2 printed 3 (planted typo)")
fy, frels = fy_table([1, 0, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0], "html")
rep.text = f"""
<html><head><meta charset="utf-8"><title>江北省水利厅2023年政府信息公开工作年度报告</title></head><body>
<h1>江北省水利厅2023年政府信息公开工作年度报告</h1>
<h2>一、总体情况</h2>
<p>2023年，省水利厅全年新收政府信息公开申请91件，较上年（76件）增长19.7%，另有上年结转申请9件，全年应办理100件。全年办结87件，结转下年度13件。</p>
<p>新收申请中，自然人申请68件，占74.7%；法人或其他组织申请23件。按申请内容分，水资源管理31件，河湖管理24件，水利工程建设19件，其他17件。</p>
<p>办结的申请中，予以公开32件、部分公开12件，分别占办结总数的36.8%、13.8%；公开（含部分公开）合计44件，占办结总数的50.1%。无法提供26件，其中本机关不掌握相关信息22件、需另行制作4件。</p>
<p>2022年、2023年分别收到以本厅为被申请人的行政复议申请2件、1件。</p>
<h2>二、收到和处理政府信息公开申请情况</h2>
{gk}
<h2>三、政府信息公开行政复议、行政诉讼情况</h2>
{fy}
<h2>四、存在的主要问题及改进情况</h2>
<p>部分处室答复文书说理不充分。2024年将修订依申请公开办理规程。</p>
</body></html>
"""
t = rep.text
p = span(t, "全年新收政府信息公开申请91件", "结转下年度13件")
q = span(t, "办结87件", "需另行制作4件")
rep.add(
    C(91, 19.7, p, "A", prev=76),
    S(100, [91, 9], p, "H"),
    S(100, [87, 13], p, "H"),
    S(91, [68, 23], span(t, "新收政府信息公开申请91件", "法人或其他组织申请23件"), "F"),
    R(68, 91, 74.7, span(t, "新收政府信息公开申请91件", "占74.7%"), "C"),
    S(91, [31, 24, 19, 17], span(t, "新收政府信息公开申请91件", "其他17件"), "F"),
    R(32, 87, 36.8, q, "B"),
    R(12, 87, 13.8, q, "B"),
    S(44, [32, 12], q),
    R(44, 87, 50.1, q, "C", bad="44 / 87 = 50.6%, printed 50.1%"),
    S(26, [22, 4], q, "F"),
    E([91, 91], span(t, "新收政府信息公开申请91件", rows["new"]), "H"),
    E([13, 13], span(t, "结转下年度13件", rows["fwd"]), "H"),
)
addt(rep, trels + frels)
rep.never("2022年、2023年分别收到以本厅为被申请人的行政复议申请2件、1件", "two years with 分别, not parts of a total")
