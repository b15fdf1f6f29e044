from common import C, E, R, Report, S, span
from tables import gk_table
from u39 import addt, gk, gr, pc, tot6

rep = Report("shaoxingchuan-jiedao-xxgk-2023", "html", "绍兴川市越城湾区北海河街道办事处", 2024,
             kind="北海河街道办事处2023年政府信息公开工作年度报告 (2024, 政府信息公开, 浙江 街道, 2021 template)",
             shape="HTML; the 2021 national table with colspans and rowspans (T; 上年结转 1; consistent), prose: 主动公开 total after '分别' parts (B) with a planted share, 社区 公开 事项 (F), 民生实事 项目 资金 (F) and a share over a whole a paragraph before (C), 依申请 parts in a '一是…二是' list (F), 办结率 (C), the table restated (H), 同比 (O); 社区 counts, 人口 as traps")
lv = {"gk": [6, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "w1": [3, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[1, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""<html><body>
<h1>北海河街道办事处2023年政府信息公开工作年度报告</h1>
<p>本报告由北海河街道办事处依据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至12月31日。</p>
<h2>一、总体情况</h2>
<p>北海河街道下辖11个社区，常住人口约8.6万人。2023年，街道在区政府门户网站街道专栏发布政务动态、民生实事、城市更新、公共服务信息，分别为138条、64条、47条和92条，合计341条，同比增长{gr(341, 296)}%。其中城市更新信息占18.8%。</p>
<p>社区公开方面，11个社区通过公开栏和“浙里办”社区频道公开居务事项共1,286项，其中居务公开742项、财务公开389项、党务公开155项。</p>
<p>全年实施民生实事项目12个，总投资3,426.8万元，其中老旧小区改造2,318.5万元、养老服务设施612.4万元、背街小巷整治495.9万元。</p>
<p>老旧小区改造投资占民生实事项目总投资的{pc(2318.5, 3426.8)}%，共惠及居民3,962户。</p>
<h2>二、依申请公开情况</h2>
<p>全年新收政府信息公开申请{new}件，上年结转1件。从申请内容看，一是涉及房屋征收补偿的6件，二是涉及老旧小区改造的3件，三是涉及其他事项的{new - 9}件。全年办结{tot}件，办结率100%。</p>
<h2>三、主动公开政府信息情况</h2>
<table border="1">
<tr><th>信息内容</th><th>本年处理决定数量</th></tr>
<tr><td>行政许可</td><td>0</td></tr>
<tr><td>行政处罚</td><td>43</td></tr>
<tr><td>行政强制</td><td>2</td></tr>
</table>
<h2>四、收到和处理政府信息公开申请情况</h2>
{tab}
<h2>五、政府信息公开行政复议、行政诉讼情况</h2>
<p>本年度街道未发生因政府信息公开引起的行政复议、行政诉讼。</p>
<h2>六、存在的主要问题及改进情况</h2>
<p>部分社区公开栏更新滞后，11个社区中有2个未按季度更新财务公开内容。</p>
<h2>七、其他需要报告的事项</h2>
<p>本年度未收取信息处理费。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(341, [138, 64, 47, 92], span(t, "分别为138条", "合计341条"), "B"),
    C(341, float(gr(341, 296)), span(t, "合计341条", f"同比增长{gr(341, 296)}%")),
    R(47, 341, 18.8, span(t, "分别为138条", "城市更新信息占18.8%"), "C", bad=f"47 / 341 = {pc(47, 341)}%, printed 18.8% (planted)"),
    S(1286, [742, 389, 155], span(t, "居务事项共1,286项", "党务公开155项"), "F"),
    S(3426.8, [2318.5, 612.4, 495.9], span(t, "总投资3,426.8万元", "背街小巷整治495.9万元"), "F"),
    R(2318.5, 3426.8, float(pc(2318.5, 3426.8)), span(t, "总投资3,426.8万元", f"的{pc(2318.5, 3426.8)}%"), "C"),
    S(new, [6, 3, new - 9], span(t, f"新收政府信息公开申请{new}件", f"其他事项的{new - 9}件"), "F"),
    S(tot, [new, 1], span(t, f"新收政府信息公开申请{new}件", f"全年办结{tot}件"), "F"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
)
rep.never("下辖11个社区，常住人口约8.6万人", "counts of places and people")
rep.never("共惠及居民3,962户", "households in no relation")
rep.never("办结率100%", "a rate over 新收 + 结转 that holds trivially; kept out")
rep.never("民生实事项目12个", "a count of projects")
rep.metric("disclosure.proactive", 341, "条", "合计341条")
rep.metric("disclosure.requests", new, "件", f"全年新收政府信息公开申请{new}件")
rep.metric("disclosure.carried_in", 1, "件", "上年结转1件")
rep.metric("disclosure.closed", tot, "件", f"全年办结{tot}件")
rep.metric("penalties.count", 43, "件", "<tr><td>行政处罚</td><td>43</td></tr>")
