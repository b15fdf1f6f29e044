from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tot6

rep = Report("fujiang-gafj-xxgk-2023", "html", "锦阳市公安局涪江区分局", 2024,
             kind="锦阳市公安局涪江区分局2023年政府信息公开工作年度报告 (2024, 政府信息公开, 区 公安分局)",
             shape="HTML; the national table with rowspans (T; a planted 不予公开 cell of 其他 breaks its row and the 总计 column), prose on 警务公开 (户政 业务 with 分别 (B), 行政处罚 with 其中 (F)), 依申请 with 比上年 (A), 不予公开 share (C), 行政执法案卷 rows, 诉讼 (T) and prose (H)")
lv = {"gk": [8, 1, 0, 0, 2, 0], "bf": [5, 0, 0, 0, 1, 0], "n1": [1, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0],
      "n7": [6, 0, 0, 0, 1, 0], "n8": [4, 0, 0, 0, 0, 0], "w1": [7, 0, 0, 0, 0, 0], "c1": [5, 0, 0, 0, 0, 0],
      "c5": [1, 0, 0, 0, 0, 0], "o1": [2, 0, 0, 0, 0, 0]}
data = gk(lv, fwd=[1, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html", typo={("n4", 5): 1}, note="保护第三方合法权益 其他 0 printed 1: its row (总计 3) and the 其他 column break")
fy, frels = fy_table([1, 0, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
nopen = sum(sum(lv[k]) for k in ("n1", "n4", "n7", "n8"))
rep.text = f"""<html><head><meta charset="utf-8"><title>锦阳市公安局涪江区分局2023年政府信息公开工作年度报告</title></head><body>
<h1>锦阳市公安局涪江区分局2023年政府信息公开工作年度报告</h1>
<p>来源：涪江区公安分局　发布时间：2024年1月29日</p>
<p>根据《中华人民共和国政府信息公开条例》和公安部、省公安厅关于政务公开工作的部署，现将我局2023年政府信息公开工作情况报告如下。</p>
<h3>一、总体情况</h3>
<p>（一）主动公开。全年通过区政府门户网站“警务公开”栏目和“平安涪江”政务新媒体发布警务信息1,642条。全年办理户政业务8.64万件，分别为户口迁移2.18万件、居民身份证办理5.72万件、户籍证明0.74万件，网上办理率62.4%。查处治安案件1,386起，作出行政处罚决定1,207件，其中警告286件、罚款594件、行政拘留327件。</p>
<p>（二）依申请公开。2023年共收到政府信息公开申请{new}件，比上年增加9件，增长{gr(new, new - 9)}%；无上年结转申请。办结{tot}件，结转下年度1件。办结件中，因属于国家秘密、保护第三方合法权益、行政执法案卷、行政查询事项等不予公开{nopen}件，占{pc(nopen, tot)}%，主要涉及案件侦办材料和个人户籍信息。</p>
<p>（三）信息公开平台。新建“交管业务”“出入境业务”两个专题，公开办事指南46项。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1"><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>4,218</td></tr><tr><td>行政处罚</td><td>1,207</td></tr><tr><td>行政强制</td><td>93</td></tr></table>
<h3>三、收到和处理政府信息公开申请情况</h3>
{tab}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{fy}
<p>全年因政府信息公开被申请行政复议1件，复议维持；被提起行政诉讼2件（均未经复议直接起诉），其中1件判决维持、1件判决纠正。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>依申请公开答复中对“行政查询事项”的告知说明还不够充分。2024年将修订答复文书模板，组织专题培训不少于1次。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。咨询电话：0816-2223110。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(86400, [21800, 57200, 7400], span(t, "户政业务8.64万件", "户籍证明0.74万件"), "B"),
    S(1207, [286, 594, 327], span(t, "行政处罚决定1,207件", "行政拘留327件"), "F"),
    E([1207, 1207], span(t, "行政处罚决定1,207件", "<td>行政处罚</td><td>1,207</td>"), "H"),
    C(new, float(gr(new, new - 9)), span(t, f"共收到政府信息公开申请{new}件", f"增长{gr(new, new - 9)}%"), "A", prev=new - 9),
    E([new, new], span(t, f"共收到政府信息公开申请{new}件", rt["new"]), "H"),
    S(new, [tot, 1], span(t, f"共收到政府信息公开申请{new}件", "结转下年度1件"), "H"),
    E([tot, tot], span(t, f"办结{tot}件", rt["tot"]), "H"),
    R(nopen, tot, float(pc(nopen, tot)), span(t, f"办结{tot}件", f"占{pc(nopen, tot)}%"), "C"),
    S(2, [1, 1], span(t, "被提起行政诉讼2件", "1件判决纠正")),
)
rep.never("网上办理率62.4%", "over 网上 办理 not printed")
rep.never("查处治安案件1,386起，作出行政处罚决定1,207件", "cases and decisions: not a part of each other")
# (added after the never-tuned run: the builder's printer skips a column whose 总计 cell is 0, but the planted 1 in
# 其他 breaks that column too)
from tables import LEAVES
_col = [1 if k == "n4" else data.get(k, [0] * 6)[5] for k, _, _ in LEAVES]
_reg = tab[tab.index(rt["gk"]):tab.index(rt["tot"]) + len(rt["tot"])]
rep.add(S(0, _col, _reg, "T", bad="the 其他 column: the planted 1 of 保护第三方合法权益 against a 总计 of 0"))
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 1642, '条', '发布警务信息1,642条')
rep.metric('penalties.count', 1207, '件', '作出行政处罚决定1,207件')
rep.metric('disclosure.requests', 48, '件', '2023年共收到政府信息公开申请48件')
rep.metric('disclosure.closed', 47, '件', '办结47件')
rep.metric('disclosure.carried_forward', 1, '件', '结转下年度1件')
rep.metric('reconsideration.count', 1, '件', '全年因政府信息公开被申请行政复议1件')
rep.metric('litigation.count', 2, '件', '被提起行政诉讼2件')
