from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u39 import addt, gk, gr, pc, tot6

rep = Report("haixihu-xian-xxgk-2025", "html", "乌兰湖县人民政府办公室", 2026,
             kind="乌兰湖县人民政府2025年政府信息公开工作年度报告 (2026, 政府信息公开, 青海 县, 2021 template)",
             shape="HTML; the 2021 national table with colspans and rowspans (T; 上年结转 1; a planted 总计 of 不予处理 信访举报), the 复议/诉讼 table (T), prose: 主动公开 with the rate of 重点领域 stated before its base (C), parts after 包括 (F), 民生 资金 in 亿元 with 万元 parts (F), 依申请 新收 with shares of 自然人 over the 合计 printed two sentences later (C), 比上年 in % and the delta (A), 办结 restated (H), 诉讼 parts (F); 海拔, 草原 面积, 牧户 as traps")
lv = {"gk": [19, 1, 0, 0, 0, 0], "bf": [5, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0], "w1": [8, 1, 0, 0, 0, 0],
      "w2": [2, 0, 0, 0, 0, 0], "c1": [3, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[1, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html", typo={("c1", 6): 4})
fyt, frels = fy_table([1, 0, 0, 0], [0, 1, 0, 1], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
nat = data["new"][0]
rep.text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>乌兰湖县人民政府2025年政府信息公开工作年度报告</title></head>
<body>
<div class="article">
<h1>乌兰湖县人民政府2025年政府信息公开工作年度报告</h1>
<div class="info">发布时间：2026-01-21 10:32　来源：县政府办公室　字号：大 中 小</div>
<p>根据《中华人民共和国政府信息公开条例》规定，编制本报告。本报告所列数据统计期限自2025年1月1日起至2025年12月31日止。</p>
<h2>一、总体情况</h2>
<p><strong>（一）主动公开。</strong>占全年主动公开总量{pc(1127, 2318)}%的重点领域信息是今年公开的重点。全年主动公开政府信息2,318条，重点领域信息1,127条，包括财政资金信息286条、生态环境保护信息214条、乡村振兴信息392条、公共资源配置信息235条。</p>
<p>全年公开各类民生资金发放信息，涉及资金2.35亿元，其中草原生态保护补助奖励资金14,268万元、耕地地力保护补贴1,936万元、城乡居民基本养老保险待遇7,296万元。全县牧户共计6,430户，草原面积1,276万亩。</p>
<p><strong>（二）依申请公开。</strong>全年新收政府信息公开申请{new}件，比上年增加{new - 29}件，增长{gr(new, 29)}%。申请人以自然人为主，自然人申请占{pc(nat, new)}%。新收申请中自然人{nat}件，法人或其他组织{new - nat}件。加上上年结转的1件，全年共办结{tot}件。</p>
<p><strong>（三）政府信息管理。</strong>清理县政府规范性文件34件，继续有效29件、废止5件。</p>
<h2>二、主动公开政府信息情况</h2>
<table border="1">
<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>5</td><td>32</td></tr>
<tr><th>信息内容</th><th colspan="3">本年处理决定数量</th></tr>
<tr><td>行政许可</td><td colspan="3">2,864</td></tr>
<tr><td>行政处罚</td><td colspan="3">214</td></tr>
<tr><td>行政强制</td><td colspan="3">6</td></tr>
<tr><th>信息内容</th><th colspan="3">本年收费金额（单位：万元）</th></tr>
<tr><td>行政事业性收费</td><td colspan="3">386.45</td></tr>
</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
{tab}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{fyt}
<p>2025年，因政府信息公开被提起行政诉讼2件，其中结果纠正1件、尚未审结1件；被申请行政复议1件，结果维持。</p>
<h2>五、存在的主要问题及改进情况</h2>
<p>县城平均海拔2,950米，乡镇分布分散，基层公开工作人员流动性大。2026年计划组织基层公开培训不少于3次。</p>
<h2>六、其他需要报告的事项</h2>
<p>本年度未收取信息处理费。</p>
</div>
</body></html>
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    R(1127, 2318, float(pc(1127, 2318)), span(t, f"占全年主动公开总量{pc(1127, 2318)}%", "重点领域信息1,127条"), "C"),
    S(1127, [286, 214, 392, 235], span(t, "重点领域信息1,127条", "公共资源配置信息235条"), "F"),
    S(23500, [14268, 1936, 7296], span(t, "涉及资金2.35亿元", "养老保险待遇7,296万元"), "F"),
    C(new, float(gr(new, 29)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 29)}%"), "O"),
    R(nat, new, float(pc(nat, new)), span(t, f"新收政府信息公开申请{new}件", f"自然人{nat}件"), "C"),
    S(new, [nat, new - nat], span(t, f"新收政府信息公开申请{new}件", f"法人或其他组织{new - nat}件"), "F"),
    S(tot, [new, 1], span(t, f"新收政府信息公开申请{new}件", f"全年共办结{tot}件"), "F"),
    S(34, [29, 5], span(t, "规范性文件34件", "废止5件"), "F"),
    S(2, [1, 1], span(t, "被提起行政诉讼2件", "尚未审结1件"), "F"),
    E([2, 2], span(t, frels[0]["quote"], "被提起行政诉讼2件"), "H"),
)
rep.never("全县牧户共计6,430户，草原面积1,276万亩", "households and area in no relation")
rep.never("平均海拔2,950米", "an altitude")
rep.never("不少于3次", "a target")
rep.never("<tr><td>行政规范性文件</td><td>3</td><td>5</td><td>32</td></tr>", "现行有效 is a stock; last year's not printed")
rep.metric("disclosure.proactive", 2318, "条", "全年主动公开政府信息2,318条")
rep.metric("disclosure.key_areas", 1127, "条", "重点领域信息1,127条")
rep.metric("disclosure.requests", new, "件", f"全年新收政府信息公开申请{new}件")
rep.metric("disclosure.carried_in", 1, "件", "上年结转的1件")
rep.metric("disclosure.closed", tot, "件", f"全年共办结{tot}件")
rep.metric("litigation.count", 2, "件", "被提起行政诉讼2件")
rep.metric("reconsideration.count", 1, "件", "被申请行政复议1件")
