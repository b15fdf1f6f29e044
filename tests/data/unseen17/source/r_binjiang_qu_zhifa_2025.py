from common import E, R, Report, S, span
from h17 import pc
from tables import grid

rep = Report("binjiang-qu-zhifa-2025", "html", "滨江湾区司法局", 2026,
             kind="滨江湾区2025年度行政执法工作统计年报 (2026, 浙江 district)",
             shape="HTML, a table by 执法领域 with 检查/处罚/罚没 and a 合计 row and a 占比 column, 首违不罚 and 轻微免罚 in 件 with 万元, 综合查一次 with 减少%, 执法人员 per 万人, 件 beside 家, a planted 占比 cell and a planted 减少 percent")
data = [["市场监管", 4126, 1208, 612.45], ["生态环境", 1384, 162, 1046.28], ["城市管理", 8216, 4386, 318.62],
        ["交通运输", 2064, 946, 274.15], ["卫生健康", 1862, 314, 86.73], ["其他领域", 3172, 472, 201.37]]
tc = [sum(r[i] for r in data) for i in (1, 2, 3)]
tc[2] = round(tc[2], 2)
shares = [pc(r[2], tc[1]) for r in data]
shares[2] = "59.1"  # planted
rows = [[r[0], f"{r[1]:,}", f"{r[2]:,}", shares[i], f"{r[3]:,}"] for i, r in enumerate(data)]
rows.append(["合计", f"{tc[0]:,}", f"{tc[1]:,}", "100.0", f"{tc[2]:,}"])
tb, rowt = grid(["执法领域", "行政检查（户次）", "行政处罚（件）", "处罚占比（%）", "罚没款（万元）"], rows, "html")
rep.text = f"""<html><body>
<h2>滨江湾区2025年度行政执法工作统计年报</h2>
<p>一、行政执法总体情况</p>
<p>2025年，全区各行政执法机关共开展行政检查{tc[0]:,}户次，作出行政处罚{tc[1]:,}件，罚没款{tc[2]:,}万元。分领域情况见下表。</p>
{tb}
<p>二、包容审慎监管</p>
<p>全区推行“首违不罚”“轻微免罚”清单，全年对312件首次轻微违法行为不予处罚，涉及市场主体296家，免予罚款金额约148.6万元；对86件违法行为依法从轻、减轻处罚。</p>
<p>三、“综合查一次”</p>
<p>全区实施跨部门“综合查一次”联合检查1,246次，对企业的检查次数由改革前的3,862次减少到1,746次，减少2,116次，降幅56.8%。</p>
<p>四、执法队伍</p>
<p>全区持证行政执法人员1,068人，按常住人口（72.4万人）计算，每万人拥有执法人员14.8人。其中，综合行政执法队伍412人，占38.6%。</p>
</body></html>"""
t = rep.text
region = span(t, rowt[0], rowt[-1])
rep.add(
    S(tc[0], [r[1] for r in data], region, "T"),
    S(tc[1], [r[2] for r in data], region, "T"),
    S(tc[2], [r[3] for r in data], region, "T"),
)
for i, r in enumerate(data):
    ok = shares[i] == pc(r[2], tc[1])
    rep.add(R(r[2], tc[1], float(shares[i]), span(t, rowt[i], rowt[-1]), "T",
              bad=None if ok else f"{r[2]:,} / {tc[1]:,} = {pc(r[2], tc[1])}%, printed {shares[i]}"))
rep.add(
    S(100.0, [float(x) for x in shares], region, "T",
      bad="the 占比 column adds to 100.5 (城市管理 58.6 printed 59.1)"),
    E([tc[1], tc[1]], span(t, f"作出行政处罚{tc[1]:,}件", rowt[-1]), "H"),
    S(3862, [1746, 2116], span(t, "由改革前的3,862次", "减少2,116次"), "A"),
    R(2116, 3862, 56.8, span(t, "由改革前的3,862次", "降幅56.8%"), "A", bad="2,116 / 3,862 = 54.8%, printed 56.8%"),
    R(1068, 724000, 14.8, span(t, "持证行政执法人员1,068人", "14.8人"), "G", per=10000),
    R(412, 1068, 38.6, span(t, "持证行政执法人员1,068人", "占38.6%"), "O"),
)
rep.never("对312件首次轻微违法行为不予处罚，涉及市场主体296家", "家 beside 件: a firm may have two cases; no bound is stated")
rep.never("免予罚款金额约148.6万元", "an estimate (约)")
rep.never("联合检查1,246次", "joint inspections beside the per-enterprise counts: no part of 1,746")
