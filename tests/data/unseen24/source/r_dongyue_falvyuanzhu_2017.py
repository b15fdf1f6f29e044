from common import B, C, R, Report, S, span

rep = Report("dongyue-falvyuanzhu-2017", "txt", "东岳市法律援助中心", 2018, enc="gb18030", dest="enc", wrap=32,
             page_every=10, page_style="第{n}页",
             kind="东岳市法律援助中心2017年度工作报告 (2018, 法律援助)",
             shape="GB18030 .txt wrapped at 32 with 第n页 footers; 受理 with 2016 in brackets and 其中 by kind, 结案率, 刑事 by 通知/申请 in a later sentence without 其中 (a planted part), a share of 民事 (a named base), 受援人 persons with a non-exhaustive 其中, 人次 and 来电 beside cases")
rep.text = """
东岳市法律援助中心2017年度工作报告

2017年，市法律援助中心认真贯彻《法律援助条例》，不断扩大法律援助覆盖面，现将全年工作报告如下。

一、案件办理

全年受理法律援助案件2,486件（2016年2,214件），增长12.3%，其中民事案件1,642件、刑事案件796件、行政案件48件。办结2,318件，结案率93.2%。

刑事法律援助案件中，通知辩护621件，申请指派184件。民事案件中，农民工讨薪案件1,024件，占民事案件的62.4%。

二、受援群体

全年受援人2,816人，其中农民工1,024人、残疾人186人、老年人412人、未成年人238人，为受援人挽回经济损失4,862.3万元。

三、便民服务

提供法律咨询3.86万人次，12348热线接听来电2.14万个，值班律师提供法律帮助4,126人次。
"""
t = rep.text
p1 = span(t, "法律援助案件2,486件", "结案率93.2%")
rep.add(
    C(2486, 12.3, span(t, "法律援助案件2,486件", "增长12.3%"), "A", prev=2214),
    S(2486, [1642, 796, 48], span(t, "法律援助案件2,486件", "行政案件48件")),
    R(2318, 2486, 93.2, p1),
    B(2318, 2486, p1, "E"),
    S(796, [621, 184], span(t, "刑事案件796件", "申请指派184件"), "F", bad="621 + 184 = 805, 刑事 printed 796 (通知辩护 612 with digits swapped)"),
    R(1024, 1642, 62.4, span(t, "民事案件1,642件", "占民事案件的62.4%"), "C"),
)
rep.never("全年受援人2,816人，其中农民工1,024人、残疾人186人、老年人412人、未成年人238人", "a non-exhaustive 其中 of persons; persons beside cases (1,024 农民工 persons equal to 1,024 讨薪 cases by chance)")
rep.never("提供法律咨询3.86万人次，12348热线接听来电2.14万个", "人次 and calls")
