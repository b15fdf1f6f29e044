from common import B, C, R, Report, S, span

rep = Report("chengdong-jiedao-xxgk-2016", "md", "临水区城东街道办事处", 2017,
             kind="城东街道办事处2016年政府信息公开工作年度报告 (2017, street, old template in prose)",
             shape="Markdown with bold headings and list lines: 主动公开 by channel with 其中, the increase over 2015 with its delta and percent, 民生类 list lines without 其中 against a total a line up, a planted channel share, 依申请 3 均已答复, 社区 units")
rep.text = """
# 城东街道办事处2016年政府信息公开工作年度报告

**一、主动公开情况**

2016年共计公开信息428条，比2015年的382条增加46条，增长12.0%。其中，通过区政府门户网站公开215条，街道公开栏公开137条，微信公众号公开76条，微信公众号公开的占17.9%。

民生类信息共计231条，分项如下：

- 低保、救助信息公示：96条
- 计划生育奖励扶助公示：48条
- 就业与社保信息：87条

辖区12个社区公开栏全部按月更新。

**二、依申请公开情况**

全年收到申请3件，均已答复：同意公开2件，信息不存在1件。

**三、收费及复议诉讼情况**

未收取费用，无行政复议和行政诉讼。

**四、存在问题和改进措施**

公开栏内容与网站同步不够。2017年将指定专人统一发布。
"""
t = rep.text
a = span(t, "2016年共计公开信息428条", "微信公众号公开的占17.9%")
rep.add(
    S(428, [382, 46], a, "A"),
    C(428, 12.0, a, "A", prev=382),
    S(428, [215, 137, 76], a),
    R(76, 428, 17.9, a, bad="76 / 428 = 17.8%, printed 17.9%"),
    S(231, [96, 48, 87], span(t, "民生类信息共计231条", "就业与社保信息：87条"), "F"),
    B(231, 428, span(t, "共计公开信息428条", "民生类信息共计231条"), "E"),
    S(3, [2, 1], span(t, "全年收到申请3件", "信息不存在1件"), "F"),
)
rep.never("辖区12个社区公开栏全部按月更新", "communities beside items")
