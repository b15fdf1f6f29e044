from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u37 import addt, gk, gr, pc, tot6

rep = Report("longxihe-wjj-xxgk-2024", "html", "陇西河县卫生健康局", 2025,
             kind="陇西河县卫生健康局2024年政府信息公开工作年度报告 (2025, 政府信息公开, 甘肃 县 部门, 2021 template)",
             shape="HTML; the 2021 national table with colspans and rowspans (T), the 主动公开 table with 行政许可 / 处罚 / 强制 and 收费 in 万元, prose: 主动公开 '一是…二是…三是' (F), 监督 抽检 with 同比 for many figures in one sentence (O), 合格率 (C), 家庭医生 签约率 (C), 依申请 比上年 (A), 予以公开 share (C), 复议 restated (H); 医疗机构 counts and 人均 预期寿命 and a 千分之 出生率 over the unprinted average population as traps")
lv = {"gk": [12, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0], "w1": [5, 0, 0, 0, 0, 0],
      "c1": [2, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "html")
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
chk, okc = 1286, 1261
rep.text = f"""<html><head><meta charset="utf-8"><title>陇西河县卫生健康局2024年政府信息公开工作年度报告</title></head>
<body>
<div class="position">您现在的位置：首页 &gt; 政府信息公开 &gt; 部门信息公开 &gt; 县卫生健康局 &gt; 年度报告</div>
<h2>陇西河县卫生健康局2024年政府信息公开工作年度报告</h2>
<p class="meta">索引号：620000-WJJ-2025-0004　　发布日期：2025年01月16日　　点击数：287</p>
<p>　　本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至2024年12月31日。</p>
<h3>一、总体情况</h3>
<p>　　（一）主动公开。全年主动公开政府信息538条，一是公开政策文件及解读41条，二是公开公共卫生、疾病防控等信息227条，三是公开医疗机构执业登记、监督执法等信息270条。</p>
<p>　　全年开展公共场所、生活饮用水和医疗机构卫生监督抽检{chk:,}件次，合格{okc:,}件次，合格率{pc(okc, chk)}%；办理行政处罚案件37件，罚没款12.46万元，案件数和罚没款同比分别增长15.6%和下降8.3%。</p>
<p>　　全县常住人口18.64万人，家庭医生签约服务人数9.87万人，签约率{pc(9.87, 18.64)}%；全年出生人口1,402人，出生率为千分之{pc(1402, 186400, 2, 1000)}。</p>
<p>　　（二）依申请公开。全年新收政府信息公开申请{new}件，比上年的19件增长{gr(new, 19)}%；本年办结{tot}件，其中予以公开13件，占{pc(13, tot)}%。</p>
<p>　　（三）政府信息管理和平台建设。全县14家乡镇卫生院、176个村卫生室全部公示服务项目和收费标准。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>1</td><td>0</td><td>6</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">246</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>行政处罚</td><td colspan="3">37</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">0</td></tr>
</table>
<h3>三、收到和处理政府信息公开申请情况</h3>
{tab}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{fy}
<p>　　本年度因政府信息公开被申请行政复议1件，结果维持。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>　　基层医疗机构信息公开规范化程度不高，个别卫生院公示内容未及时更新。2025年将开展一次全覆盖检查。</p>
<h3>六、其他需要报告的事项</h3>
<p>　　本年度未收取信息处理费。人均预期寿命达到76.8岁。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(538, [41, 227, 270], span(t, "主动公开政府信息538条", "监督执法等信息270条"), "F"),
    R(okc, chk, float(pc(okc, chk)), span(t, f"抽检{chk:,}件次", f"合格率{pc(okc, chk)}%"), "C"),
    C(37, 15.6, span(t, "行政处罚案件37件", "同比分别增长15.6%"), "B"),
    C(12.46, -8.3, span(t, "罚没款12.46万元", "和下降8.3%"), "B"),
    R(9.87, 18.64, float(pc(9.87, 18.64)), span(t, "常住人口18.64万人", f"签约率{pc(9.87, 18.64)}%"), "C"),
    C(new, float(gr(new, 19)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 19)}%"), "A", prev=19),
    R(13, tot, float(pc(13, tot)), span(t, f"本年办结{tot}件", f"占{pc(13, tot)}%"), "C"),
    E([new, tot], span(t, f"新收政府信息公开申请{new}件", f"本年办结{tot}件"), "H"),
    E([37, 37], span(t, "行政处罚案件37件", "<tr><td>行政处罚</td><td colspan=\"3\">37</td></tr>"), "H"),
)
rep.never("出生率为千分之", "a birth rate is over the average population, not printed; the year-end 常住 figure is not its base")
rep.never("14家乡镇卫生院、176个村卫生室", "counts of institutions")
rep.never("人均预期寿命达到76.8岁", "a life expectancy")
