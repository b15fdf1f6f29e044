from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u37 import addt, gk, gr, pc, tot6

rep = Report("hulanwan-zhen-xxgk-2021", "html", "哈川市呼兰湾区康宁镇人民政府", 2022,
             kind="康宁镇人民政府2021年政府信息公开工作年度报告 (2022, 政府信息公开, 黑龙江 镇, 2021 template)",
             shape="HTML; the 2021 national table with colspans and rowspans (T), the 2021 主动公开 table (规范性文件 制发 / 废止 / 现行有效), prose: 主动公开 with a total in a heading line and parts in a list (F), 惠农 补贴 公示 with 万 and 亿 mixed (F) and shares (C), 依申请 比上年 (A), 予以公开 + 部分公开 share (C), 村 公开 (F); 户数 and 耕地 as traps")
lv = {"gk": [6, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [3, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "html")
fy, frels = fy_table([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>康宁镇人民政府2021年政府信息公开工作年度报告</title></head><body>
<div class="nav">首页 &gt; 信息公开 &gt; 法定主动公开内容 &gt; 政府信息公开年报</div>
<h1>康宁镇人民政府2021年政府信息公开工作年度报告</h1>
<div class="info">发布日期：2022-01-27　　浏览次数：406</div>
<p>　　本报告根据《中华人民共和国政府信息公开条例》第五十条规定编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2021年1月1日至12月31日。</p>
<h2>一、总体情况</h2>
<p><strong>（一）主动公开情况。全年在区政府门户网站康宁镇专栏主动公开政府信息327条。</strong>具体为：</p>
<ul>
<li>机构职能、领导信息等基础信息28条；</li>
<li>党务村务、财务公开信息96条；</li>
<li>惠农补贴、低保救助等民生信息143条；</li>
<li>安全生产、防汛抗旱等工作动态60条。</li>
</ul>
<p>　　全年通过“一卡通”公示发放各类惠农补贴资金1.268亿元，其中耕地地力保护补贴9,318.6万元、玉米和大豆生产者补贴2,974.5万元、农机购置补贴386.9万元，耕地地力保护补贴占{pc(9318.6, 12680)}%。全镇现有农户7,126户，耕地面积31.2万亩。</p>
<p>　　镇下辖14个行政村全部设立村务公开栏，全年各村公开村级事务1,042条，其中财务收支318条、惠农政策526条、其他198条。</p>
<p><strong>（二）依申请公开情况。全年新收政府信息公开申请{new}件。</strong>比上年的8件增长{gr(new, 8)}%，均为自然人申请，内容主要涉及土地确权和低保。办结{tot}件，其中予以公开6件、部分公开1件，两项合计7件，占{pc(7, tot)}%；本机关不掌握相关政府信息3件；重复申请1件。</p>
<p>　　（三）政府信息管理。严格执行“三审三校”，全年无泄密事件发生。</p>
<h2>二、主动公开政府信息情况</h2>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">12</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>行政处罚</td><td colspan="3">3</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
{tab}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{fy}
<h2>五、存在的主要问题及改进情况</h2>
<p>　　一是村务公开栏内容更新不够及时，个别村2个月未更新；二是公开信息解读不足。下一步将每季度对14个行政村开展一次公开栏检查。</p>
<h2>六、其他需要报告的事项</h2>
<p>　　本年度未收取信息处理费。联系电话：0451-57312046。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    S(327, [28, 96, 143, 60], span(t, "主动公开政府信息327条", "工作动态60条"), "F"),
    S(12680, [9318.6, 2974.5, 386.9], span(t, "惠农补贴资金1.268亿元", "农机购置补贴386.9万元"), "F"),
    R(9318.6, 12680, float(pc(9318.6, 12680)), span(t, "惠农补贴资金1.268亿元", f"占{pc(9318.6, 12680)}%"), "C"),
    S(1042, [318, 526, 198], span(t, "公开村级事务1,042条", "其他198条"), "F"),
    C(new, float(gr(new, 8)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 8)}%"), "A", prev=8),
    S(tot, [6, 1, 3, 1], span(t, f"办结{tot}件", "重复申请1件"), "F"),
    R(7, tot, float(pc(7, tot)), span(t, f"办结{tot}件", f"两项合计7件，占{pc(7, tot)}%"), "C"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
)
rep.never("全镇现有农户7,126户，耕地面积31.2万亩", "stocks of households and land, in no relation")
rep.never("镇下辖14个行政村全部设立村务公开栏", "a count of villages, not of items")
rep.never("浏览次数：406", "page furniture")
