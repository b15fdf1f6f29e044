from fill import block
from common import E, R, Report, S, span
from u38 import addt, pc
from tables import fy_table

rep = Report("zibowan-xian-fuyi-2020", "html", "淄博湾市高青川县司法局", 2021,
             kind="高青川县2020年度行政复议和行政应诉案件统计情况 (2021, 行政复议 应诉 年度统计, 山东 县)",
             shape="HTML; the 行政复议 / 行政诉讼 table with colspans (T: each group's 总计 over its four outcomes), a second table whose 案件类别 cell spans two rows (rowspan) with 复议 / 诉讼 by 领域 (T: a planted 诉讼 合计), prose: 复议 收到 = 受理 + 不予受理 (F), 纠正 share (C), 诉讼 = 直接 + 复议后 (F) restating the table (H), 败诉率 (C) and 出庭率 (C); 培训 人次 as traps")
fy = [31, 7, 5, 3]
direct = [18, 4, 6, 5]
after = [6, 1, 2, 1]
t1, r1 = fy_table(fy, direct, after, "html", pid="f")
areas = [("自然资源", 12, 9), ("公安", 14, 7), ("人力资源社会保障", 8, 5), ("市场监管", 5, 3), ("其他", 7, 19)]
FY, LT = sum(a[1] for a in areas), sum(a[2] for a in areas)
lines = ['<table border="1">', '<tr><th rowspan="2">领域</th><th colspan="2">案件数（件）</th></tr>', "<tr><th>行政复议</th><th>行政诉讼</th></tr>"]
rowt = []
for a, x, y in areas:
    rowt.append(f"<tr><td>{a}</td><td>{x}</td><td>{y}</td></tr>")
lt_printed = LT + 2
rowt.append(f"<tr><td>合计</td><td>{FY}</td><td>{lt_printed}</td></tr>")
t2 = "\n".join(lines + rowt + ["</table>"])
NF, NL = sum(fy) + 0, sum(direct) + sum(after)
rep.text = f"""<html><body>
<h3>高青川县2020年度行政复议和行政应诉案件统计情况</h3>
<p>根据省、市司法行政机关统计工作要求，现将我县2020年度行政复议和行政应诉案件统计情况公布如下。</p>
<p><b>一、行政复议</b></p>
<p>2020年，县政府共收到行政复议申请{NF + 5}件，其中受理{NF}件、不予受理5件。已审结的{NF - 3}件中，维持{fy[0]}件，纠正{fy[1]}件，其他结果{fy[2]}件，纠正案件占审结案件的{pc(fy[1], NF - 3)}%；尚未审结{fy[3]}件。</p>
<p><b>二、行政应诉</b></p>
<p>全县行政机关全年被提起行政诉讼{NL}件，其中未经复议直接起诉{sum(direct)}件、经复议后起诉{sum(after)}件。已审结{NL - 6}件，其中判决纠正（败诉）{direct[1] + after[1]}件，败诉率{pc(direct[1] + after[1], NL - 6)}%。负责人应出庭{27}件，实际出庭{26}件，出庭率{pc(26, 27)}%。</p>
<p><b>三、主要工作</b></p>
{block(rep.name, 8, "县政府", html=True)}
<p><b>四、统计表</b></p>
<p>表1 行政复议和行政诉讼案件情况</p>
{t1}
<p>表2 分领域案件情况</p>
{t2}
<p>全年组织行政执法人员旁听庭审培训3场次、260人次。</p>
</body></html>"""
t = rep.text
addt(rep, r1)
rep.add(
    S(FY, [a[1] for a in areas], span(t, rowt[0], rowt[-1]), "T"),
    S(lt_printed, [a[2] for a in areas], span(t, rowt[0], rowt[-1]), "T",
      bad=f"the 行政诉讼 cells add to {LT}, the 合计 row prints {lt_printed} (planted)"),
    S(NF + 5, [NF, 5], span(t, f"行政复议申请{NF + 5}件", "不予受理5件"), "F"),
    S(NF - 3, fy[:3], span(t, f"已审结的{NF - 3}件", f"其他结果{fy[2]}件"), "F"),
    R(fy[1], NF - 3, float(pc(fy[1], NF - 3)), span(t, f"已审结的{NF - 3}件", f"{pc(fy[1], NF - 3)}%"), "C"),
    S(NL, [sum(direct), sum(after)], span(t, f"行政诉讼{NL}件", f"复议后起诉{sum(after)}件"), "F"),
    R(direct[1] + after[1], NL - 6, float(pc(direct[1] + after[1], NL - 6)), span(t, f"已审结{NL - 6}件", f"败诉率{pc(5, NL - 6)}%"), "C"),
    R(26, 27, float(pc(26, 27)), span(t, "应出庭27件", f"出庭率{pc(26, 27)}%"), "C"),
    E([NF, NF], span(t, f"受理{NF}件", rowt[-1]), "H"),
    E([sum(direct), sum(direct)], span(t, f"直接起诉{sum(direct)}件", t1.split("\n")[-2]), "H"),
)
rep.metric("reconsideration.count", NF + 5, "件", f"收到行政复议申请{NF + 5}件")
rep.metric("reconsideration.accepted", NF, "件", f"受理{NF}件")
rep.metric("reconsideration.closed", NF - 3, "件", f"已审结的{NF - 3}件")
rep.metric("litigation.count", NL, "件", f"行政诉讼{NL}件")
rep.metric("litigation.lost_rate", float(pc(5, NL - 6)), "%", f"败诉率{pc(5, NL - 6)}%")
rep.never("旁听庭审培训3场次、260人次", "other counts")
