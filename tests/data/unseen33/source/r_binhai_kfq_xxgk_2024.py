from common import B, C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tot6

rep = Report("binhai-kfq-xxgk-2024", "html", "沧澜经济技术开发区管理委员会", 2025,
             kind="沧澜经济技术开发区管理委员会2024年政府信息公开工作年度报告 (2025, 政府信息公开, 开发区管委会)",
             shape="HTML; the national table with rowspans (T), applications from 商业企业 and 法律服务机构 (F by applicant type), 上年结转 2 (H: 新收 + 结转 = 办结 + 结转下年), 主动公开 by 渠道 with 分别 (B), 招商/项目 figures with 其中 (F) and shares (C), 无法提供 share (C), 复议 纠正 (T), 同比 with the previous printed (A), a 目标 bound (E)")
lv = {"gk": [6, 4, 0, 0, 2, 1], "bf": [3, 2, 0, 0, 0, 0], "n4": [1, 1, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
      "w1": [5, 1, 0, 0, 1, 0], "w2": [1, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[1, 1, 0, 0, 0, 0], fwd=[2, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html")
fy, frels = fy_table([1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
wf = sum(lv["w1"]) + sum(lv["w2"])
rep.text = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>沧澜经济技术开发区管理委员会2024年政府信息公开工作年度报告</title></head>
<body><div class="crumb">当前位置：首页 &gt; 信息公开 &gt; 年度报告</div>
<div class="article"><h2>沧澜经济技术开发区管理委员会2024年政府信息公开工作年度报告</h2>
<p>索引号：13XXXX-KFQ-2025-00003　发布日期：2025年1月23日</p>
<p>根据《中华人民共和国政府信息公开条例》第五十条规定，特向社会公布本年度报告。本报告统计数据的时间范围为2024年1月1日至12月31日。</p>
<p><strong>一、总体情况</strong></p>
<p>2024年，开发区管委会主动公开政府信息1,208条，较上年（1,046条）增长{gr(1208, 1046)}%。其中通过管委会门户网站公开762条，通过“沧澜开发区”微信公众号和视频号分别发布318条和128条，三项合计1,208条。全年公开招商引资项目信息，新签约项目64个、总投资286.4亿元，其中超10亿元项目9个，投资额合计142.6亿元，占{pc(142.6, 286.4)}%。区内规模以上工业企业218家，实现规上工业总产值1,164.8亿元。营商环境专栏发布惠企政策78条，政策兑现资金2.86亿元，惠及企业412家。</p>
<p>依申请公开方面，全年新收政府信息公开申请{new}件，其中自然人{data['new'][0]}件、商业企业{data['new'][1]}件、法律服务机构{data['new'][4]}件、其他{data['new'][5]}件；上年结转2件，两项合计{new + 2}件。全年办结{tot}件，结转下年度2件。办结件中无法提供{wf}件，占{pc(wf, tot)}%，主要原因是申请内容涉及的土地出让历史档案由原乡镇保管。全年依申请公开答复均在法定期限内完成，按时答复率100%，高于95%的考核目标。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
<table border="1"><tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr><tr><td>行政规范性文件</td><td>4</td><td>1</td><td>22</td></tr></table>
<table border="1"><tr><th>信息内容</th><th>本年处理决定数量</th></tr><tr><td>行政许可</td><td>1,836</td></tr><tr><td>行政处罚</td><td>57</td></tr></table>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{tab}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{fy}
<p>全年因政府信息公开被申请行政复议2件，结果维持1件、结果纠正1件；未发生行政诉讼。</p>
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>历史档案信息化程度不高，影响依申请公开答复效率。2025年计划完成2010年以来土地、规划档案数字化，数字化率达到90%以上。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度未收取信息处理费。</p></div>
<div class="footer">沧澜经济技术开发区管理委员会主办　电话：0317-5208866</div></body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    C(1208, float(gr(1208, 1046)), span(t, "主动公开政府信息1,208条", f"增长{gr(1208, 1046)}%"), "A", prev=1046),
    S(1208, [762, 318, 128], span(t, "主动公开政府信息1,208条", "三项合计1,208条"), "B"),
    R(142.6, 286.4, float(pc(142.6, 286.4)), span(t, "总投资286.4亿元", f"占{pc(142.6, 286.4)}%"), "C"),
    E([new, new], span(t, f"全年新收政府信息公开申请{new}件", rt["new"]), "H"),
    S(new, [data["new"][0], data["new"][1], data["new"][4], data["new"][5]], span(t, f"全年新收政府信息公开申请{new}件", f"其他{data['new'][5]}件"), "F"),
    S(new + 2, [new, 2], span(t, f"全年新收政府信息公开申请{new}件", f"两项合计{new + 2}件"), "F"),
    S(new + 2, [tot, 2], span(t, f"两项合计{new + 2}件", "结转下年度2件"), "H"),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
    R(wf, tot, float(pc(wf, tot)), span(t, f"全年办结{tot}件", f"占{pc(wf, tot)}%"), "C"),
    B(95, 100, span(t, "按时答复率100%", "高于95%的考核目标"), "E"),
    S(2, [1, 1], span(t, "被申请行政复议2件", "结果纠正1件")),
)
rep.never("规上工业总产值1,164.8亿元", "no share or change of it is stated")
rep.never("政策兑现资金2.86亿元，惠及企业412家", "no per-enterprise figure is stated")
rep.never("数字化率达到90%以上", "a target over an unprinted archive count")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 1208, '条', '开发区管委会主动公开政府信息1,208条')
rep.metric('disclosure.requests', 33, '件', '全年新收政府信息公开申请33件')
rep.metric('disclosure.carried_in', 2, '件', '上年结转2件')
rep.metric('disclosure.closed', 33, '件', '全年办结33件')
rep.metric('disclosure.carried_forward', 2, '件', '结转下年度2件')
rep.metric('reconsideration.count', 2, '件', '全年因政府信息公开被申请行政复议2件')
