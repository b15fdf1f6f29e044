from common import B, C, E, R, Report, S, span
from h17 import ch, pc, gk, col, tot
from tables import gk_table, fy_table

rep = Report("dongpo-shi-xxgk-2020", "html", "东坡市人民政府办公室", 2021,
             kind="东坡市人民政府2020年政府信息公开工作年度报告 (2021, 地级市)",
             shape="HTML, national tables with rowspans, 复议/诉讼 row with 尚未审结, prose with numbers after nouns, a 同比 of 新收 with the previous value in brackets, 县区 beside 件, a planted 主动公开 sum and a planted share")
d = gk({"new": [318, 41, 0, 2, 5, 3],
        "gk": [121, 17, 0, 1, 2, 1], "bf": [36, 6, 0, 0, 1, 0], "n4": [7, 1, 0, 0, 0, 0], "n6": [5, 0, 0, 0, 0, 0],
        "w1": [88, 9, 0, 1, 1, 1], "w2": [12, 2, 0, 0, 0, 0], "c1": [14, 2, 0, 0, 0, 0], "c2": [9, 0, 0, 0, 0, 0],
        "o1": [11, 1, 0, 0, 1, 0], "o3": [4, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "html")
ftab, frels = fy_table([6, 2, 1, 1], [4, 1, 0, 1], [1, 0, 0, 1], "html")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""<html><head><meta charset="utf-8"><title>东坡市人民政府2020年政府信息公开工作年度报告</title></head><body>
<h2>东坡市人民政府2020年政府信息公开工作年度报告</h2>
<p>发布日期：2021-01-29　来源：东坡市人民政府办公室</p>
<h3>一、总体情况</h3>
<p>2020年，市政府以疫情防控和“六稳”“六保”信息公开为重点，全年通过市政府门户网站主动公开政府信息9,683条。其中：机构职能类412条，政策文件类1,376条，财政预决算类518条，疫情防控类2,964条，重点领域类4,431条。市政府新闻办举办新闻发布会46场，其中疫情防控专场发布会29场。</p>
<p>全年收到政府信息公开申请{new}件（2019年：327件），同比增长{ch(new, 327)}%。从申请方式看，网上申请241件，信函申请97件，当面申请31件。已办结{done}件，结转下年度{fwd}件。在办结的申请中，予以公开和部分公开共{sum(d["gk"]) + sum(d["bf"])}件，占{pc(sum(d["gk"]) + sum(d["bf"]), done)}%；告知本机关不掌握的{sum(d["w1"])}件，占30.4%。</p>
<p>全市10个县（市、区）政府和42个市直部门均按期发布了2019年度报告。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>3</td><td>3</td><td>41</td></tr>
<tr><td>规范性文件</td><td>27</td><td>27</td><td>296</td></tr>
<tr><td colspan="4">第二十条第（九）项</td></tr>
<tr><td>信息内容</td><td>采购项目数量</td><td colspan="2">采购总金额</td></tr>
<tr><td>政府集中采购</td><td>1,284</td><td colspan="2">86,517.3万元</td></tr>
</table>
<h3>三、收到和处理政府信息公开申请情况</h3>
{tab}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
{ftab}
<p>因政府信息公开被申请行政复议10件、被提起行政诉讼8件（含复议后起诉2件），复议纠错率为20%。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>一是基层公开标准目录动态调整不及时；二是部分答复文书说理不充分。2021年将开展专项培训。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。</p>
</body></html>"""
t = rep.text
p1 = span(t, "主动公开政府信息9,683条", "重点领域类4,431条")
p2 = span(t, f"全年收到政府信息公开申请{new}件", "占30.4%")
gb = sum(d["gk"]) + sum(d["bf"])
rep.add(
    S(9683, [412, 1376, 518, 2964, 4431], p1, bad="412 + 1,376 + 518 + 2,964 + 4,431 = 9,701, printed 9,683 (疫情防控 2,946 with digits swapped)"),
    B(29, 46, span(t, "举办新闻发布会46场", "专场发布会29场"), "D"),
    C(new, float(ch(new, 327)), p2, "A", prev=327),
    S(new, [241, 97, 31], p2, "F"),
    S(new, [done, fwd], p2, "E"),
    R(gb, done, float(pc(gb, done)), p2, "O"),
    R(sum(d["w1"]), done, 30.4, p2, "C", bad=f"{sum(d['w1'])} / {done} = {pc(sum(d['w1']), done)}%, printed 30.4%"),
    E([new, new], span(t, f"全年收到政府信息公开申请{new}件", rows["new"]), "H"),
    E([done, done], span(t, f"已办结{done}件", rows["tot"]), "H"),
    S(10, [6, 2, 1, 1], span(t, ftab.split("\n")[-2], "被申请行政复议10件"), "H"),
    S(8, [6, 2], span(t, ftab.split("\n")[-2], "（含复议后起诉2件）"), "H"),
    R(2, 10, 20, span(t, ftab.split("\n")[-2], "复议纠错率为20%"), "C"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("全市10个县（市、区）政府和42个市直部门均按期发布", "units, not applications")
rep.never("<tr><td>规范性文件</td><td>27</td><td>27</td><td>296</td></tr>", "对外公开总数量 is a stock, not 新制作 + anything")
rep.never("被提起行政诉讼8件（含复议后起诉2件）", "6 direct + 2 after 复议 = 8 counts 尚未审结 too; no sum beyond the table's")
