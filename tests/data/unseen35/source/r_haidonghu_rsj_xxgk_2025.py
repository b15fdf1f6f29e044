from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("haidonghu-rsj-xxgk-2025", "html", "海东湖市人力资源和社会保障局", 2026,
             kind="海东湖市人力资源和社会保障局2025年政府信息公开工作年度报告 (2026, 政府信息公开, 青海 市级部门)",
             shape="HTML; the national table with rowspans, 上年结转 3 and 结转下年度 1 (T), applications from 自然人, 商业企业 and 其他 (F), prose: 新收 + 结转 = 办结 + 结转 (F), 主动公开 by 主题 with 分别 (B), 就业 补贴 公示 (F) with shares (C), 申请 比上年 (A), 予以公开 share (C), 复议 and 诉讼 (T) restated in prose (H, F); 参保 stocks and 城镇新增就业 target as traps")
lv = {"gk": [21, 2, 0, 0, 0, 1], "bf": [6, 1, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0], "n8": [3, 0, 0, 0, 0, 0],
      "w1": [11, 1, 0, 0, 0, 0], "w2": [1, 0, 0, 0, 0, 0], "c1": [5, 0, 0, 0, 0, 0], "c4": [2, 0, 0, 0, 0, 0],
      "o1": [2, 0, 0, 0, 0, 0]}
data = gk(lv, old=[3, 0, 0, 0, 0, 0], fwd=[1, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html")
fy, frels = fy_table([2, 1, 0, 0], [1, 0, 0, 1], [1, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
dn = data["new"]
ok = 21 + 2 + 1
rep.text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>海东湖市人力资源和社会保障局2025年政府信息公开工作年度报告</title></head><body>
<div class="crumb">当前位置：首页 / 政府信息公开 / 政府信息公开年报</div>
<h2 style="text-align:center">海东湖市人力资源和社会保障局2025年政府信息公开工作年度报告</h2>
<p>来源：市人社局　发布时间：2026-01-20　字号：[大][中][小]</p>
<p>　　本报告依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制，统计期限为2025年1月1日至12月31日。</p>
<h3>一、总体情况</h3>
<p>　　（一）主动公开。全年在市政府门户网站本局专栏主动公开信息1,042条，分别为就业创业318条、社会保险264条、人才人事157条、劳动关系109条、政策文件43条、工作动态151条。全年公示各类就业补贴资金2,846.7万元，其中一次性吸纳就业补贴612.3万元、职业技能培训补贴1,375.9万元、公益性岗位补贴858.5万元，职业技能培训补贴占{pc(1375.9, 2846.7)}%。</p>
<p>　　全市城镇新增就业1.86万人，完成年度目标的106.3%；年末基本养老保险参保人数98.42万人，其中城镇职工27.61万人。</p>
<p>　　（二）依申请公开。全年新收政府信息公开申请{new}件，比上年的47件增长{gr(new, 47)}%。其中自然人申请{dn[0]}件，商业企业申请{dn[1]}件，其他组织申请{dn[5]}件。上年结转3件，本年办结{tot}件，结转下年度1件，新收与上年结转合计{new + 3}件，与办结和结转下年度之和一致。办结件中予以公开{ok}件，占{pc(ok, tot)}%；部分公开7件；不予公开5件；无法提供13件；不予处理7件；其他处理2件。</p>
<p>　　（三）政府信息管理。全年对拟公开信息进行保密审查1,068条次，撤回不宜公开信息3条。</p>
<p>　　（四）平台建设。“海东湖人社”微信公众号关注人数12.4万人，全年推送信息736条。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1"><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>行政规范性文件</td><td>3</td><td>2</td><td>19</td></tr></table>
<table border="1"><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>1,214</td></tr><tr><td>行政处罚</td><td>9</td></tr><tr><td>行政强制</td><td>0</td></tr></table>
<h3>三、收到和处理政府信息公开申请情况</h3>
{tab}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{fy}
<p>　　本年度因政府信息公开被申请行政复议3件，其中维持2件、纠正1件；被提起行政诉讼3件，其中未经复议直接起诉2件（维持1件、尚未审结1件），复议后起诉1件（维持1件）。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>　　部分社会保险待遇信息公开的颗粒度不够细；基层经办窗口政策解读材料更新不及时。2026年将编制人社领域基层政务公开事项清单，按季度更新。</p>
<h3>六、其他需要报告的事项</h3>
<p>　　本年度未收取信息处理费。咨询电话：0972-12333。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(1042, [318, 264, 157, 109, 43, 151], span(t, "主动公开信息1,042条", "工作动态151条"), "B"),
    S(2846.7, [612.3, 1375.9, 858.5], span(t, "补贴资金2,846.7万元", "公益性岗位补贴858.5万元"), "F"),
    R(1375.9, 2846.7, float(pc(1375.9, 2846.7)), span(t, "补贴资金2,846.7万元", f"占{pc(1375.9, 2846.7)}%"), "C"),
    C(new, float(gr(new, 47)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 47)}%"), "A", prev=47),
    S(new, [dn[0], dn[1], dn[5]], span(t, f"新收政府信息公开申请{new}件", f"其他组织申请{dn[5]}件"), "F"),
    S(new + 3, [new, 3], span(t, f"新收政府信息公开申请{new}件", f"合计{new + 3}件"), "F"),
    S(new + 3, [tot, 1], span(t, "上年结转3件", f"合计{new + 3}件"), "F"),
    S(tot, [ok, 7, 5, 13, 7, 2], span(t, f"本年办结{tot}件", "其他处理2件"), "F"),
    R(ok, tot, float(pc(ok, tot)), span(t, f"本年办结{tot}件", f"占{pc(ok, tot)}%"), "C"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"本年办结{tot}件", rt["tot"]), "H"),
    S(3, [2, 1], span(t, "被申请行政复议3件", "纠正1件"), "F"),
    S(3, [2, 1], span(t, "被提起行政诉讼3件", "复议后起诉1件"), "F"),
)
rep.never("完成年度目标的106.3%", "the target is not printed")
rep.never("参保人数98.42万人，其中城镇职工27.61万人", "a non-exhaustive 其中 of a stock")
rep.never("推送信息736条", "another channel, overlapping the website")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 1042, '条', '主动公开信息1,042条')
rep.metric('disclosure.requests', 56, '件', '全年新收政府信息公开申请56件')
rep.metric('disclosure.carried_in', 3, '件', '上年结转3件')
rep.metric('disclosure.closed', 58, '件', '本年办结58件')
rep.metric('disclosure.carried_forward', 1, '件', '结转下年度1件')
rep.metric('reconsideration.count', 3, '件', '本年度因政府信息公开被申请行政复议3件')
rep.metric('litigation.count', 3, '件', '被提起行政诉讼3件')
