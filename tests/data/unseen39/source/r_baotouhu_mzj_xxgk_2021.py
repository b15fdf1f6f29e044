from common import B, C, E, R, Report, S, span
from tables import fy_table, gk_table
from u39 import addt, gk, gr, pc, tot6

rep = Report("baotouhu-mzj-xxgk-2021", "html", "包头湖市民政局", 2022,
             kind="包头湖市民政局2021年政府信息公开工作年度报告 (2022, 政府信息公开, 内蒙古 市级部门, 2021 template)",
             shape="HTML; the 2021 national table with colspans and rowspans (T; 上年结转 1, 结转下年度 3; a planted 予以公开 自然人 cell), the 复议/诉讼 table (T), prose: 主动公开 '包括' list with the total first (F), 低保 资金 with 亿 and 万 mixed (F) and shares of a whole named a paragraph before (C), 依申请 total stated after the applicant parts (F), 比上年 (A), 答复 in time share (C), the 复议 restated (H); 养老机构 床位 and 社区 counts as traps")
lv = {"gk": [27, 2, 0, 1, 0, 0], "bf": [9, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0], "n5": [1, 0, 0, 0, 0, 0],
      "w1": [18, 1, 0, 0, 0, 0], "w3": [2, 0, 0, 0, 0, 0], "c1": [6, 0, 0, 0, 0, 0], "c2": [3, 0, 0, 0, 0, 0],
      "o1": [2, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[1, 0, 0, 0, 0, 0], fwd=[3, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html", typo={("gk", 0): 29})
fyt, frels = fy_table([1, 1, 0, 0], [2, 0, 0, 1], [1, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
nat = data["new"][0]
org = new - nat
rep.text = f"""<html><head><meta charset="utf-8"><title>包头湖市民政局2021年政府信息公开工作年度报告</title></head><body>
<h2>包头湖市民政局2021年政府信息公开工作年度报告</h2>
<p>发布机构：包头湖市民政局　　成文日期：2022-01-18　　索引号：11150200MB1524870X/2022-00031</p>
<p>本年度报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>
<h3>一、总体情况</h3>
<p>（一）主动公开。2021年，我局通过市政府门户网站民政专栏、“包头湖民政”微信公众号等渠道主动公开政府信息917条，包括：政策文件及解读63条，社会救助信息284条，养老服务信息176条，社会组织登记管理信息229条，婚姻殡葬及区划地名信息165条。</p>
<p>全年累计发放城乡低保资金2.0614亿元，其中城市低保资金8,926.5万元，农村低保资金11,687.5万元。</p>
<p>城市低保资金和农村低保资金分别占全年低保资金的{pc(8926.5, 20614)}%和{pc(11687.5, 20614)}%。每月在网站公示低保对象名册，全市共有低保对象4.12万人。</p>
<p>（二）依申请公开。全年收到自然人提出的政府信息公开申请{nat}件，法人或者其他组织提出的申请{org}件，共计{new}件，比上年的{new + 6}件减少{6}件，下降{gr(new, new + 6)}%。所有申请均在法定期限内答复，其中在15个工作日内答复{61}件，占已办结申请的{pc(61, tot)}%。</p>
<p>（三）政府信息管理。清理2016年以来印发的规范性文件42件，宣布失效5件。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>31</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">1,286</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>行政处罚</td><td colspan="3">7</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
</table>
<h3>三、收到和处理政府信息公开申请情况</h3>
{tab}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{fyt}
<p>全年因政府信息公开被申请行政复议2件，被提起行政诉讼4件，其中复议后起诉1件。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>一是基层民政信息公开规范化程度不高，全市127个城乡社区中，仍有部分社区未按要求公示救助对象；二是政策解读数量偏少。2022年，我局将养老机构（共58家、床位7,460张）的服务质量评价结果纳入主动公开范围。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(917, [63, 284, 176, 229, 165], span(t, "主动公开政府信息917条", "区划地名信息165条"), "F"),
    S(20614, [8926.5, 11687.5], span(t, "低保资金2.0614亿元", "农村低保资金11,687.5万元"), "F"),
    R(8926.5, 20614, float(pc(8926.5, 20614)), span(t, "低保资金2.0614亿元", f"{pc(8926.5, 20614)}%"), "C"),
    R(11687.5, 20614, float(pc(11687.5, 20614)), span(t, "低保资金2.0614亿元", f"和{pc(11687.5, 20614)}%"), "C"),
    S(new, [nat, org], span(t, f"自然人提出的政府信息公开申请{nat}件", f"共计{new}件"), "F"),
    C(new, -float(gr(new, new + 6)), span(t, f"共计{new}件", f"下降{gr(new, new + 6)}%"), "A", prev=new + 6),
    R(61, tot, float(pc(61, tot)), span(t, "答复61件", rt["tot"]), "C"),
    E([2, 2], span(t, frels[0]["quote"], "被申请行政复议2件"), "H"),
    E([1, 1], span(t, frels[2]["quote"], "复议后起诉1件"), "H"),
    S(4, [3, 1], span(t, frels[0]["quote"], "被提起行政诉讼4件"), "H"),
    B(5, 42, span(t, "规范性文件42件", "宣布失效5件"), "E"),
)
rep.never("全市共有低保对象4.12万人", "a count of people in no relation")
rep.never("<tr><td>行政规范性文件</td><td>4</td><td>5</td><td>31</td></tr>", "现行有效 is not last year's + 制发 − 废止 (last year's not printed)")
rep.never("127个城乡社区", "a count of places")
rep.never("共58家、床位7,460张", "institutions and beds")
rep.never("11150200MB1524870X/2022-00031", "an index number")
rep.metric("disclosure.proactive", 917, "条", "主动公开政府信息917条")
rep.metric("disclosure.requests", new, "件", f"共计{new}件")
rep.metric("reconsideration.count", 2, "件", "被申请行政复议2件")
rep.metric("litigation.count", 4, "件", "被提起行政诉讼4件")
rep.metric("penalties.count", 7, "件", "<tr><td>行政处罚</td><td colspan=\"3\">7</td></tr>")
