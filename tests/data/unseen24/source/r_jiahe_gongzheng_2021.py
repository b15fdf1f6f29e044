from common import B, C, E, R, Report, S, span  # noqa: F401

rep = Report("jiahe-gongzheng-2021", "html", "嘉禾市公证处", 2022,
             kind="嘉禾市公证处2021年度工作报告 (2022, 公证)",
             shape="HTML; 公证事项 with a change and 其中 by kind, a share of 涉外, a planted share of 最多跑一次, 人均 over 公证员, a table by 业务类别 grouped with rowspans and 小计 rows and a 合计 restated in prose, 复查 outcomes without 其中, 收费 in 万元")
groups = [("国内民事公证", [("继承", "2,146"), ("委托", "3,418"), ("声明", "1,864"), ("其他民事", "2,418")], "9,846"),
          ("经济公证", [("合同", "1,206"), ("提存", "486"), ("其他经济", "726")], "2,418"),
          ("涉外公证", [("学历学位", "2,864"), ("亲属关系", "1,912"), ("其他涉外", "1,602")], "6,378")]
trs = []
for g, items, sub in groups:
    for i, (k, v) in enumerate(items):
        head = f'<td rowspan="{len(items) + 1}">{g}</td>' if i == 0 else ""
        trs.append(f"<tr>{head}<td>{k}</td><td>{v}</td></tr>")
    trs.append(f"<tr><td>小计</td><td>{sub}</td></tr>")
trs.append('<tr><td colspan="2">合计</td><td>18,642</td></tr>')
tab = '<table border="1">\n<tr><th>类别</th><th>事项</th><th>件数</th></tr>\n' + "\n".join(trs) + "\n</table>"
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<h2>嘉禾市公证处2021年度工作报告</h2>
<p>2021年，我处共有执业公证员28名，全年办理公证事项18,642件，同比增长6.8%，人均办证666件。其中国内民事公证9,846件、经济公证2,418件、涉外公证6,378件，涉外公证占34.2%，国内民事公证、经济公证分别占52.8%、13.6%。全年收取公证费1,286.4万元。</p>
<p>深化“最多跑一次”改革，全年办理“最多跑一次”公证事项12,416件，占全部公证事项的66.9%。</p>
<p>全年收到公证复查申请6件，经复查维持5件，撤销1件。</p>
<p>附：2021年公证业务分类统计</p>
{tab}
</body></html>
"""
t = rep.text
tq = span(t, "<th>件数</th></tr>", "<td>18,642</td></tr>")
p1 = span(t, "公证事项18,642件", "涉外公证6,378件")
rep.add(
    C(18642, 6.8, span(t, "公证事项18,642件", "增长6.8%")),
    R(18642, 28, 666, span(t, "执业公证员28名", "人均办证666件"), "B", per=1),
    S(18642, [9846, 2418, 6378], p1),
    R(6378, 18642, 34.2, span(t, "公证事项18,642件", "涉外公证占34.2%")),
    R(12416, 18642, 66.9, span(t, "公证事项18,642件", "全部公证事项的66.9%"), "C", bad="12,416 / 18,642 = 66.6%, printed 66.9%"),
    S(6, [5, 1], span(t, "复查申请6件", "撤销1件"), "F"),
    S(9846, [2146, 3418, 1864, 2418], tq, "T"),
    S(2418, [1206, 486, 726], tq, "T"),
    S(6378, [2864, 1912, 1602], tq, "T"),
    S(18642, [9846, 2418, 6378], tq, "T"),
    E([18642, 18642], span(t, "公证事项18,642件", "<td>18,642</td>"), "H"),
)
rep.never("全年收取公证费1,286.4万元", "money, no relation")
rep.never("<td>其他民事</td><td>2,418</td>", "其他民事 2,418 equal to the 经济公证 小计 by chance")

q = span(t, "公证事项18,642件", "52.8%、13.6%")
rep.add(R(9846, 18642, 52.8, q, "B"), R(2418, 18642, 13.6, q, "B", bad="2,418 / 18,642 = 13.0%, printed 13.6%"))

rep.shape += "; two shares with 分别 (one planted)"
