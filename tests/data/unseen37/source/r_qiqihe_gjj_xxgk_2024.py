from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u37 import addt, gk, gr, pc, tot6

rep = Report("qiqihe-gjj-xxgk-2024", "html", "齐齐河市住房公积金管理中心", 2025,
             kind="齐齐河市住房公积金管理中心2024年政府信息公开工作年度报告 (2025, 政府信息公开, 黑龙江 法律法规授权组织, 2021 template)",
             shape="HTML; the 2021 national table with rowspans (T; a planted 其他处理 逾期不补正 自然人 cell), prose: 主动公开 by 栏目 with 分别 (B), 缴存 / 提取 / 贷款 with 亿 and 万 mixed (F), 提取 by 用途 'X和Y分别占A%和B%' (C), 个贷率 (C), 同比 for many figures in one sentence (O), 依申请 (F) 比上年 (A), 予以公开 share (C), 复议 restated (H); 缴存 人数 and 单位 stocks as traps")
lv = {"gk": [19, 2, 0, 0, 1, 0], "bf": [2, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0], "n8": [4, 0, 0, 0, 0, 0],
      "w1": [6, 1, 0, 0, 0, 0], "c1": [2, 0, 0, 0, 0, 0], "o1": [2, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "html", typo={("o1", 0): 3})
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
ok = 22
dep, wd, ln = 68.42, 51.37, 29.65
rent, buy, oth = 5.86, 30.74, 51.37 - 5.86 - 30.74
rep.text = f"""<html><head><meta charset="utf-8"><title>齐齐河市住房公积金管理中心2024年政府信息公开工作年度报告</title></head>
<body>
<p class="loc">当前位置：首页 &gt; 信息公开 &gt; 年度报告</p>
<h1>齐齐河市住房公积金管理中心2024年政府信息公开工作年度报告</h1>
<p>发布日期：2025-01-22　　文号：齐公积金〔2025〕3号</p>
<p>　　根据《中华人民共和国政府信息公开条例》，市住房公积金管理中心作为法律法规授权具有管理公共事务职能的组织，编制本年度报告。统计期限为2024年1月1日至12月31日。</p>
<h2>一、总体情况</h2>
<p>　　（一）主动公开。全年在中心门户网站主动公开信息615条，政策法规、业务指南、年度报告、通知公告分别为38条、124条、6条、447条。</p>
<p>　　（二）业务数据公开。按月公开住房公积金归集使用情况。全年缴存住房公积金{dep}亿元，提取{wd}亿元，发放个人住房贷款{ln}亿元，同比分别增长4.7%、8.2%和下降12.6%。提取额中，租赁住房提取{rent}亿元，购买、建造、翻建、大修自住住房提取{buy}亿元，离退休及其他提取{oth:.2f}亿元；租赁提取和购房类提取分别占{pc(rent, wd)}%和{pc(buy, wd)}%。年末个人住房贷款余额218.74亿元，缴存余额262.31亿元，个贷率{pc(218.74, 262.31)}%。全年为职工减少利息支出约1.38亿元。年末实缴单位8,264家、实缴职工38.65万人。</p>
<p>　　（三）依申请公开。全年新收政府信息公开申请{new}件，比上年的31件增长{gr(new, 31)}%，其中自然人申请{data['new'][0]}件、商业企业{data['new'][1]}件、法律服务机构{data['new'][4]}件；办结{tot}件，予以公开{ok}件，占{pc(ok, tot)}%。</p>
<h2>二、主动公开政府信息情况</h2>
<table border="1">
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>4</td><td>11</td></tr>
</table>
<table border="1">
<tr><td>信息内容</td><td>本年处理决定数量</td></tr>
<tr><td>行政许可</td><td>0</td></tr>
<tr><td>行政处罚</td><td>14</td></tr>
<tr><td>行政强制</td><td>0</td></tr>
</table>
<h2>三、收到和处理政府信息公开申请情况</h2>
{tab}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>
{fy}
<p>　　本年度被申请行政复议1件，复议机关维持中心答复。</p>
<h2>五、存在的主要问题及改进情况</h2>
<p>　　业务数据公开的颗粒度仍需细化，县（市）管理部数据未单列。2025年起按季度分县（市）公开归集和贷款数据。</p>
<h2>六、其他需要报告的事项</h2>
<p>　　本年度未收取信息处理费。服务热线：12329。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(615, [38, 124, 6, 447], span(t, "主动公开信息615条", "447条"), "B"),
    C(dep, 4.7, span(t, f"缴存住房公积金{dep}亿元", "同比分别增长4.7%"), "B"),
    C(wd, 8.2, span(t, f"提取{wd}亿元", "8.2%"), "B"),
    C(ln, -12.6, span(t, f"个人住房贷款{ln}亿元", "下降12.6%"), "B"),
    S(wd, [rent, buy, round(oth, 2)], span(t, f"提取{wd}亿元", f"其他提取{oth:.2f}亿元"), "F"),
    R(rent, wd, float(pc(rent, wd)), span(t, f"提取{wd}亿元", f"分别占{pc(rent, wd)}%"), "C"),
    R(buy, wd, float(pc(buy, wd)), span(t, f"提取{wd}亿元", f"和{pc(buy, wd)}%"), "C"),
    R(218.74, 262.31, float(pc(218.74, 262.31)), span(t, "贷款余额218.74亿元", f"个贷率{pc(218.74, 262.31)}%"), "C"),
    C(new, float(gr(new, 31)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 31)}%"), "A", prev=31),
    S(new, [data['new'][0], data['new'][1], data['new'][4]], span(t, f"新收政府信息公开申请{new}件", f"法律服务机构{data['new'][4]}件"), "F"),
    R(ok, tot, float(pc(ok, tot)), span(t, f"办结{tot}件", f"占{pc(ok, tot)}%"), "C"),
    E([tot, new], span(t, f"新收政府信息公开申请{new}件", f"办结{tot}件"), "H"),
)
rep.never("减少利息支出约1.38亿元", "an estimate, in no relation")
rep.never("实缴单位8,264家、实缴职工38.65万人", "stocks of units and staff")
rep.never("服务热线：12329", "a hotline number")
