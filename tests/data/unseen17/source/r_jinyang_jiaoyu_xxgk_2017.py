from common import B, C, E, R, Report, S, span
from h17 import ch, pc

rep = Report("jinyang-jiaoyu-xxgk-2017", "html", "锦阳市教育局", 2018,
             kind="锦阳市教育局2017年政府信息公开工作年度报告 (2018, old template)",
             shape="HTML paragraphs and a small table of 申请 by 答复 kind, numbers before nouns (共有…件), 学校 beside 条, 收费 in 元, a share over 答复 with two readings ruled out, a planted 比重")
rep.text = """<html><body>
<p align="center"><b>锦阳市教育局2017年政府信息公开工作年度报告</b></p>
<p>一、概述</p>
<p>2017年，我局认真贯彻《政府信息公开条例》，将政府信息公开与教育重点工作同部署。局属32所学校和6个直属单位均明确了信息公开联络员。</p>
<p>二、主动公开政府信息情况</p>
<p>全年主动公开政府信息2,417条，较2016年增加386条，增长19.0%。其中，通过局门户网站公开1,963条，占81.2%；通过“锦阳教育”微信公众号公开454条，占18.8%。重点公开了招生入学、教育收费、学生资助等信息，其中招生考试类612条、教育收费类137条、学生资助类208条。全年学生资助共发放资金8,614.5万元，惠及学生5.27万人次。</p>
<p>三、依申请公开政府信息情况</p>
<p>全年共有43件政府信息公开申请，比上年减少6件，下降12.2%。申请主要为学校划片、教师招聘、民办学校收费等事项。答复情况如下：</p>
<table border="1">
<tr><th>答复类型</th><th>件数</th><th>比重（%）</th></tr>
<tr><td>同意公开</td><td>24</td><td>55.8</td></tr>
<tr><td>同意部分公开</td><td>5</td><td>11.6</td></tr>
<tr><td>信息不存在</td><td>8</td><td>18.6</td></tr>
<tr><td>非本部门掌握</td><td>4</td><td>9.6</td></tr>
<tr><td>申请内容不明确</td><td>2</td><td>4.7</td></tr>
<tr><td>合计</td><td>43</td><td>100.0</td></tr>
</table>
<p>同意公开和同意部分公开的共29件，均在规定期限内答复。</p>
<p>四、政府信息公开的收费及减免情况</p>
<p>全年未收取检索、复制、邮寄等费用，收费金额为0元。</p>
<p>五、因政府信息公开申请行政复议、提起行政诉讼的情况</p>
<p>全年因政府信息公开申请行政复议2件，均维持原答复；未发生行政诉讼。</p>
<p>六、存在的主要问题和改进措施</p>
<p>部分学校信息公开栏目更新滞后。2018年将把32所学校的公开情况纳入年度考核。</p>
</body></html>"""
t = rep.text
tb = span(t, "<tr><td>同意公开</td>", "<td>100.0</td></tr>")
rep.add(
    C(2417, 19.0, span(t, "全年主动公开政府信息2,417条", "增长19.0%"), "A", prev=2417 - 386),
    S(2417, [1963, 454], span(t, "全年主动公开政府信息2,417条", "公开454条"), "O"),
    R(1963, 2417, 81.2, span(t, "全年主动公开政府信息2,417条", "占81.2%"), "O"),
    R(454, 2417, 18.8, span(t, "全年主动公开政府信息2,417条", "占18.8%"), "O"),
    C(43, -12.2, span(t, "全年共有43件", "下降12.2%"), "A", prev=49),
    S(43, [24, 5, 8, 4, 2], tb, "T"),
    R(24, 43, 55.8, tb, "T"),
    R(5, 43, 11.6, tb, "T"),
    R(8, 43, 18.6, tb, "T"),
    R(4, 43, 9.6, tb, "T", bad="4 / 43 = 9.3%, printed 9.6"),
    R(2, 43, 4.7, tb, "T"),
    S(100.0, [55.8, 11.6, 18.6, 9.6, 4.7], tb, "T", bad="the 比重 column adds to 100.3 (非本部门掌握 9.3 printed 9.6)"),
    S(29, [24, 5], span(t, "<tr><td>同意公开</td>", "共29件"), "H"),
)
rep.never("其中招生考试类612条、教育收费类137条、学生资助类208条", "a 其中 of three kinds, overlapping the channel breakdown; not exhaustive")
rep.never("惠及学生5.27万人次", "人次 beside 万元: no per-capita figure printed")
rep.never("局属32所学校和6个直属单位", "units, not information items")
