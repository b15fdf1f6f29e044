from common import C, Report, S, span

rep = Report("qinghe-shuili-xxgk-2014", "txt", "清河县水利局", 2015, wrap=31, page_every=10, page_style="·{n}·",
             kind="清河县水利局2014年政府信息公开工作年度报告 (2015, old template)",
             shape="PDF copy wrapped at 31 with ·n· footers; the pre-2019 template with one-line numbered items, 水利 投资 万元 with 其中, 依申请 0, Chinese numerals, 水库 and 塘坝 counts beside 条, a planted 投资 sum")
rep.text = """
清河县水利局2014年政府信息公开工作年度报告

一、概述

2014年，我局将政府信息公开与水利重点工作同部署。全年完成水利投资18,426万元，其中中央和省级补助资金11,308万元、县级财政配套4,215万元、群众投工投劳折资2,930万元。全县现有小型水库47座、塘坝1,263座，均落实了安全管理责任人，在县政府网站公布责任人名单47份。

二、主动公开政府信息情况

（一）公开数量。全年主动公开政府信息一百八十六条，同比增长16.3%。

（二）公开内容。1.水利规划计划类二十四条；2.项目建设类七十一条；3.防汛抗旱类五十三条；4.水资源管理类二十二条；5.其他类十六条。

（三）公开形式。以县政府门户网站为主，辅以公开栏、新闻媒体等形式。

三、依申请公开政府信息情况

全年未收到政府信息公开申请。

四、收费及减免情况

无。

五、行政复议、行政诉讼情况

无。

六、存在问题及改进措施

防汛信息发布时效性有待加强，2015年汛期将实行每日发布。
"""
t = rep.text
rep.add(
    S(18426, [11308, 4215, 2930], span(t, "全年完成水利投资18,426万元", "折资2,930万元"), "O",
      bad="11,308 + 4,215 + 2,930 = 18,453, printed 18,426 (县级配套 4,188 typed 4,215)"),
    C(186, 16.3, span(t, "一百八十六条", "16.3%")),
    S(186, [24, 71, 53, 22, 16], span(t, "一百八十六条", "其他类十六条"), "F"),
)
rep.never("小型水库47座、塘坝1,263座", "reservoirs beside ponds, and the 47 名单 equal by meaning to 47 水库 (one list each)")
rep.never("公布责任人名单47份", "one list per reservoir: 47 = 47 by meaning only")
