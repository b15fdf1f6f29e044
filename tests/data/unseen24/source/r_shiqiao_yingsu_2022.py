from common import B, C, E, R, Report, S, span

rep = Report("shiqiao-yingsu-2022", "html", "石桥市司法局", 2023,
             kind="石桥市2022年度行政应诉工作情况报告 (2023)",
             shape="HTML; 一审 with the previous year in brackets, 审结 outcomes with 其中 and 败诉率, 出庭应诉率 100% (出庭 = 开庭), 一把手 as a bound, a table by 被告层级 grouped with rowspans (收案, 审结, 败诉, 败诉率; a planted rate) restated in prose, 二审 审结 > 收案 by carry-over, persons beside cases")
data = [("市级", 2, "市政府", 86, 82, 6, "7.3"), (None, 0, "市政府部门", 412, 398, 31, "7.8"),
        ("县级", 2, "县（市、区）政府", 318, 302, 28, "9.8"), (None, 0, "县级部门", 356, 332, 26, "7.8"),
        ("乡级", 1, "乡镇（街道）", 74, 68, 7, "10.3")]
trs = []
for g, n, w, a, b, c, r in data:
    head = f'<td rowspan="{n}">{g}</td>' if g else ""
    trs.append(f"<tr>{head}<td>{w}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{r}</td></tr>")
tot = '<tr><td colspan="2">合计</td><td>1,246</td><td>1,182</td><td>98</td><td>8.3</td></tr>'
tab = ('<table border="1">\n<tr><th colspan="2">被告</th><th>一审收案（件）</th><th>审结（件）</th><th>败诉（件）</th><th>败诉率（%）</th></tr>\n'
       + "\n".join(trs) + "\n" + tot + "\n</table>")
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<h2>石桥市2022年度行政应诉工作情况报告</h2>
<p>一、总体情况。2022年，全市各级行政机关作为被告的一审行政诉讼案件1,246件（上年1,108件），增长12.5%，涉及原告1,562人。一审案件按领域分：自然资源312件，城乡建设286件，人社148件，公安124件，市场监管96件，其他208件。审结1,182件，其中判决驳回原告诉讼请求512件、裁定驳回起诉286件、原告撤诉214件、判决行政机关败诉98件、其他72件，败诉率8.3%。</p>
<p>二、出庭应诉。开庭审理1,024件，行政机关负责人出庭应诉1,024件，出庭应诉率100%，其中“一把手”出庭186件。</p>
<p>三、分层级情况。</p>
{tab}
<p>四、二审情况。全年二审收案214件，审结226件（含上年结转）。</p>
</body></html>
"""
t = rep.text
rows = span(t, "<td>市政府</td>", tot)
p1 = span(t, "审结1,182件", "败诉率8.3%")
p2 = span(t, "开庭审理1,024件", "出庭应诉率100%")
rels = [
    C(1246, 12.5, span(t, "一审行政诉讼案件1,246件", "增长12.5%"), "A", prev=1108),
    S(1182, [512, 286, 214, 98, 72], p1),
    R(98, 1182, 8.3, p1, "C"),
    R(1024, 1024, 100, p2),
    E([1024, 1024], p2, "H"),
    B(186, 1024, span(t, "行政机关负责人出庭应诉1,024件", "出庭186件"), "D"),
    B(1182, 1246, span(t, "一审行政诉讼案件1,246件", "审结1,182件"), "E"),
    S(1246, [86, 412, 318, 356, 74], rows, "T"),
    S(1182, [82, 398, 302, 332, 68], rows, "T"),
    S(98, [6, 31, 28, 26, 7], rows, "T"),
]
for _, _, _, _a, b, c, r in data:
    rels.append(R(c, b, float(r), rows, "T", bad="28 / 302 = 9.3%, printed 9.8" if c == 28 else None))
rels += [
    R(98, 1182, 8.3, rows, "T"),
    E([1246, 1246], span(t, "一审行政诉讼案件1,246件", tot), "H"),
    E([1182, 1182], span(t, "审结1,182件", tot), "H"),
    E([98, 98], span(t, "败诉98件", tot), "H"),
]
rep.add(*rels)
rep.never("全年二审收案214件，审结226件（含上年结转）", "审结 > 收案 because of the carry-over, not printed")
rep.never("涉及原告1,562人", "persons beside cases")

rep.add(S(1246, [312, 286, 148, 124, 96, 208], span(t, "一审行政诉讼案件1,246件", "其他208件"), "F", bad="312 + 286 + 148 + 124 + 96 + 208 = 1,174, printed 1,246 (其他 280 typed 208)"))

rep.shape += "; 一审 by 领域 without 其中 (planted)"
