from common import E, R, Report, S, span
from u29 import NOTE

rep = Report("nanhu-shenji-zhenggai-2024", "html", "南湖区审计局", 2025,
             kind="南湖区人民政府关于2023年度区级预算执行和其他财政收支审计查出问题整改情况的报告 (2025, 审计整改)",
             shape="HTML; a table with a rowspan 大类 over 问题 rows, 小计 rows and a 总计 row, 问题数 = 已整改 + 正在整改 per row and 整改率 per row (T; a planted rate), 小计 and 总计 column sums (T), prose restating the 总计 (H), 金额 整改 by 方式 with 其中 and its rate, 制度 and 人 beside 问题")
# (大类, 问题, 问题数, 已整改, 正在整改, 整改率)
data = [("财政管理", [("预算编制", 8, 7, 1, "87.5"), ("收入征管", 5, 5, 0, "100.0"), ("支出管理", 11, 9, 2, "81.8")], (24, 21, 3, "87.5")),
        ("专项资金", [("乡村振兴", 9, 8, 1, "89.9"), ("教育资金", 6, 6, 0, "100.0")], (15, 14, 1, "93.3")),
        ("国有资产", [("行政事业资产", 4, 4, 0, "100.0"), ("国有企业", 7, 5, 2, "71.4")], (11, 9, 2, "81.8"))]
lines = ['<table border="1" cellpadding="4">',
         "<tr><th>问题类别</th><th>具体方面</th><th>问题数（个）</th><th>已整改（个）</th><th>正在整改（个）</th><th>整改率（%）</th></tr>"]
rels, subrows, itemrows = [], [], []


def cells(vals):
    return "".join(f"<td>{x}</td>" for x in vals)


for big, items, sub in data:
    first = True
    group = []
    for name, n, d, p, rate in items:
        head = f'<td rowspan="{len(items) + 1}">{big}</td>' if first else ""
        first = False
        row = f"<tr>{head}<td>{name}</td>{cells([n, d, p, rate])}</tr>"
        lines.append(row)
        group.append((row, n, d, p, rate))
    srow = f"<tr><td>小计</td>{cells(sub)}</tr>"
    lines.append(srow)
    itemrows.append(group)
    subrows.append((srow, sub))
tot = (50, 44, 6, "88.0")
trow = f'<tr><td colspan="2">总计</td>{cells(tot)}</tr>'
lines.append(trow)
lines.append("</table>")
tab = "\n".join(lines)
rep.text = f"""<html><head><meta charset="utf-8"><title>审计查出问题整改情况的报告</title></head><body>
<h2>南湖区人民政府关于2023年度区级预算执行和其他财政收支审计查出问题整改情况的报告</h2>
<p>——2025年1月8日在南湖区第三届人民代表大会常务委员会第二十四次会议上</p>
<p>区审计局局长　方晓岚</p>
<p>主任、各位副主任、各位委员：</p>
<p>我受区人民政府委托，报告2023年度区级预算执行和其他财政收支审计查出问题的整改情况，请予审议。</p>
<h3>一、整改工作总体情况</h3>
<p>截至2024年11月底，《审计工作报告》反映的50个问题中，已整改44个，正在整改6个，整改率88.0%。问题金额3.26亿元，已整改2.94亿元，整改率90.2%，其中上缴财政0.38亿元、归还原资金渠道1.12亿元、调账处理1.44亿元。有关部门和单位制定完善制度23项，追责问责12人。分类别整改情况见下表。</p>
{tab}
<h3>二、审计查出问题的整改情况</h3>
<p>（一）财政管理方面。24个问题已整改21个。针对支出管理方面的11个问题，区财政局已收回无预算支出资金286.4万元，其余2个问题涉及跨年度合同，正在整改。</p>
<p>（二）专项资金方面。15个问题已整改14个，乡村振兴衔接资金闲置问题已调整用途。</p>
<p>（三）国有资产方面。国有企业7个问题已整改5个，其余2个涉及历史遗留土地确权，计划2025年6月底前完成。</p>
<h3>三、下一步工作</h3>
<p>对尚未整改到位的6个问题，区政府将实行清单管理、对账销号，整改结果在下次报告时一并说明。</p>
</body></html>
"""
t = rep.text


def add(r):
    from common import holds
    if not holds(r):
        r["note"] = NOTE if r["kind"] == "sum" else "8 / 9 = 88.9%, printed 89.9 (planted)"
    rep.add(r)


for group, (srow, sub) in zip(itemrows, subrows, strict=True):
    for row, n, d, p, rate in group:
        add(S(n, [d, p], row, "T"))
        add(R(d, n, float(rate), row, "T"))
    add(S(sub[0], [x[1] for x in group], span(t, group[0][0], srow), "T"))
    add(S(sub[1], [x[2] for x in group], span(t, group[0][0], srow), "T"))
    add(S(sub[0], [sub[1], sub[2]], srow, "T"))
    add(R(sub[1], sub[0], float(sub[3]), srow, "T"))
region = span(t, subrows[0][0], trow)
add(S(50, [s[1][0] for s in subrows], region, "T"))
add(S(44, [s[1][1] for s in subrows], region, "T"))
add(S(6, [s[1][2] for s in subrows], region, "T"))
add(S(50, [44, 6], trow, "T"))
add(R(44, 50, 88.0, trow, "T"))
rep.add(
    S(50, [44, 6], span(t, "反映的50个问题中", "正在整改6个"), "H"),
    R(44, 50, 88.0, span(t, "反映的50个问题中", "整改率88.0%")),
    E([44, 44], span(t, "已整改44个", trow), "H"),
    R(2.94, 3.26, 90.2, span(t, "问题金额3.26亿元", "整改率90.2%")),
    S(2.94, [0.38, 1.12, 1.44], span(t, "已整改2.94亿元", "调账处理1.44亿元")),
    E([21, 21], span(t, subrows[0][0], "24个问题已整改21个"), "H"),
    E([14, 14], span(t, subrows[1][0], "15个问题已整改14个"), "H"),
)
rep.never("有关部门和单位制定完善制度23项，追责问责12人", "制度 and persons beside 问题")
rep.never("区财政局已收回无预算支出资金286.4万元，其余2个问题", "an amount beside counts of problems")
