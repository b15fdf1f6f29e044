from common import B, C, R, Report, S, span

rep = Report("jiangning-huanbao-xxgk-2017", "html", "江宁市环境保护局", 2018,
             kind="江宁市环境保护局2017年政府信息公开工作年度报告 (2018, old template in prose)",
             shape="HTML paragraphs, the pre-2019 template: 主动公开 by kind without 其中, 依申请 by channel with 分别, 答复 by kind without 其中, 公开及部分公开 with its share, 重点排污单位 公开率, a planted 罚款 change with the previous value in brackets, 排污费 in 万元 beside counts")
rep.text = """
<html><head><meta charset="utf-8"><title>江宁市环境保护局2017年政府信息公开工作年度报告</title></head><body>
<h2>江宁市环境保护局2017年政府信息公开工作年度报告</h2>
<p><b>一、概述</b></p>
<p>2017年，我局围绕环境质量、污染源监管和环评审批三个重点领域推进信息公开。</p>
<p><b>二、主动公开政府信息情况</b></p>
<p>全年主动公开政府信息1,846条：环评审批信息612条、行政处罚信息238条、环境质量信息524条、其他472条。</p>
<p>全年办理行政处罚案件238件，罚款金额1,862.4万元，较上年（1,426.8万元）增长31.5%。征收排污费1,243.6万元。</p>
<p>全市重点排污单位86家，已公开自行监测信息的84家，公开率97.7%。</p>
<p><b>三、依申请公开政府信息情况</b></p>
<p>全年收到依申请公开32件，通过网络、信函和当面方式提交的分别为20件、7件、5件，全部按期答复。答复中，公开22件，部分公开4件，不予公开2件，不属于本机关4件。公开及部分公开共26件，占81.3%。</p>
<p><b>四、收费、复议和诉讼情况</b></p>
<p>全年未收取任何费用。未发生因信息公开引起的行政复议和行政诉讼。</p>
<p><b>五、存在的不足和改进措施</b></p>
<p>企业环境信息公开的督促力度仍需加强。</p>
</body></html>
"""
t = rep.text
a = span(t, "全年收到依申请公开32件", "占81.3%")
rep.add(
    S(1846, [612, 238, 524, 472], span(t, "主动公开政府信息1,846条", "其他472条"), "F"),
    C(1862.4, 31.5, span(t, "罚款金额1,862.4万元", "增长31.5%"), "A", prev=1426.8,
      bad="(1,862.4 - 1,426.8) / 1,426.8 = 30.5%, printed 31.5%"),
    B(84, 86, span(t, "重点排污单位86家", "公开率97.7%")),
    R(84, 86, 97.7, span(t, "重点排污单位86家", "公开率97.7%")),
    S(32, [20, 7, 5], a, "B"),
    S(32, [22, 4, 2, 4], a, "F"),
    S(26, [22, 4], a),
    R(26, 32, 81.3, a, "C"),
)
rep.never("征收排污费1,243.6万元", "a fee in 万元 beside 罚款 in 万元: no relation")
rep.never("行政处罚案件238件", "238 cases = 238 处罚信息 items by chance of meaning, not a stated relation")
