from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("wulate-dongqi-wjw-xxgk-2022", "html", "乌拉特东旗卫生健康委员会", 2023,
             kind="乌拉特东旗卫生健康委员会2022年政府信息公开工作年度报告 (2023, 政府信息公开, 内蒙古 旗 部门)",
             shape="HTML; the national table with rowspans (T), applications from 自然人 and 法律服务机构 (F), 主动公开 by 领域 with 分别 (B) and a 疫情防控 share (C, planted), 医疗机构 公开 (F), 依申请 比上年 下降 with the previous printed (A), 予以公开 share (C), 复议 1 纠正 (T, H), 床位 and 卫生院 counts as traps")
lv = {"gk": [7, 0, 0, 0, 1, 0], "bf": [2, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0], "n7": [0, 0, 0, 0, 1, 0],
      "w1": [4, 0, 0, 0, 0, 0], "c1": [3, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "html")
fy, frels = fy_table([0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""<html><head><meta charset="utf-8"><title>乌拉特东旗卫生健康委员会2022年政府信息公开工作年度报告</title></head><body>
<div class="nav">首页 &gt; 信息公开 &gt; 年度报告</div>
<h1>乌拉特东旗卫生健康委员会2022年政府信息公开工作年度报告</h1>
<p class="meta">发布机构：乌拉特东旗卫生健康委员会　成文日期：2023年1月18日　索引号：11150825MB1F23K6X2/2023-00041</p>
<p>本报告根据《中华人民共和国政府信息公开条例》和自治区、盟关于政府信息公开工作年度报告的格式要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。</p>
<h2>一、总体情况</h2>
<p>2022年，旗卫健委在旗政府门户网站“部门信息公开”栏目主动公开信息458条，分别为疫情防控212条、医政医管67条、基层卫生54条、公共卫生71条、人口家庭18条、财务信息36条，其中疫情防控类信息占全部主动公开信息的48.3%。</p>
<p>全旗11家公立医疗卫生机构在院内公开栏、电子屏公开医疗服务价格、药品价格和收费标准，全年更新公开内容1,326项次，其中旗人民医院412项次、旗蒙医医院296项次、9家苏木镇卫生院618项次。全旗医疗卫生机构实有床位1,084张，每千人口床位6.21张。</p>
<p>全年收到政府信息公开申请{new}件，比上年（21件）下降{gr(new, 21)}%，其中自然人申请{data["new"][0]}件，法律服务机构申请{data["new"][4]}件。办结{tot}件，其中予以公开8件、部分公开2件，予以公开和部分公开共10件，占办结总数的{pc(10, tot)}%；不予公开2件；无法提供4件；不予处理4件。</p>
<h2>二、主动公开政府信息情况</h2>
<table border="1"><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>1</td><td>0</td><td>4</td></tr></table>
<table border="1"><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>286</td></tr><tr><td>行政处罚</td><td>23</td></tr><tr><td>行政强制</td><td>0</td></tr></table>
<h2>三、收到和处理政府信息公开申请情况</h2>
{tab}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{fy}
<p>本年度被申请行政复议1件，经复议机关审理，对我委作出的答复予以纠正，我委已重新作出答复。</p>
<h2>五、存在的主要问题及改进情况</h2>
<p>一是疫情防控信息发布集中在网站和公众号两个渠道，部分信息重复发布；二是苏木镇卫生院公开内容不够规范。2023年将制定卫生健康领域基层政务公开标准目录，对9家卫生院开展专项培训。</p>
<h2>六、其他需要报告的事项</h2>
<p>本年度未收取信息处理费。联系电话：0478-6215 320。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(458, [212, 67, 54, 71, 18, 36], span(t, "主动公开信息458条", "财务信息36条"), "B"),
    R(212, 458, 48.3, span(t, "主动公开信息458条", "48.3%"), "C", bad="212 / 458 = 46.3%, printed 48.3% (planted)"),
    S(1326, [412, 296, 618], span(t, "更新公开内容1,326项次", "卫生院618项次"), "F"),
    C(new, -float(gr(new, 21)), span(t, f"收到政府信息公开申请{new}件", f"下降{gr(new, 21)}%"), "A", prev=21),
    S(new, [data["new"][0], data["new"][4]], span(t, f"收到政府信息公开申请{new}件", f"法律服务机构申请{data['new'][4]}件"), "F"),
    S(tot, [8, 2, 2, 4, 4], span(t, f"办结{tot}件", "不予处理4件"), "F"),
    R(10, tot, float(pc(10, tot)), span(t, f"办结{tot}件", f"占办结总数的{pc(10, tot)}%"), "C"),
    E([new, new], span(t, f"收到政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"办结{tot}件", rt["tot"]), "H"),
)
rep.never("实有床位1,084张，每千人口床位6.21张", "per-1000 rate over an unprinted population")
rep.never("行政许可</td><td>286", "licences, not applications")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 458, '条', '主动公开信息458条')
rep.metric('disclosure.requests', 20, '件', '全年收到政府信息公开申请20件')
rep.metric('disclosure.closed', 20, '件', '办结20件')
rep.metric('reconsideration.count', 1, '件', '本年度被申请行政复议1件')
