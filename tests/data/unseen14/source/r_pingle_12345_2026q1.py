from common import C, R, Report, S, span

rep = Report("pingle-12345-2026q1", "txt", "坪乐县政务服务中心", 2026, half=True,
             kind="坪乐县12345热线2026年第一季度运行情况分析",
             shape="txt with half-width punctuation; three months 其中 adding to the quarter, a change with last year's level in brackets, 环比 of months printed beside each other (one planted), 按期办结率, top-three shares of the quarter's total printed a paragraph above, units beside 诉求")
rep.text = """
坪乐县12345热线2026年第一季度运行情况分析

一、总体情况

一季度,县12345热线共受理群众诉求24,316件,其中1月8,427件、2月6,938件、3月8,951件。诉求总量同比增长6.8%(上年同期22,768件)。受春节假期影响,2月诉求量环比下降17.7%;3月随着复工复产,诉求量环比增长27.0%。

二、办理情况

一季度按期办结23,862件,按期办结率98.1%;群众满意率96.4%。重复来电1,206件。

三、诉求热点

诉求量居前三位的是:城乡建设5,128件(21.1%)、社会保障3,846件(15.8%)、农业农村2,917件(12.0%)。诉求涉及全县14个乡镇。

四、分办情况

县直部门办理14,862件,乡镇办理9,454件。
"""
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    S(24316, [8427, 6938, 8951], sp("共受理群众诉求24,316件", "3月8,951件")),
    C(24316, 6.8, sp("共受理群众诉求24,316件", "上年同期22,768件"), "A", prev=22768),
    C(6938, -17.7, sp("1月8,427件、2月6,938件", "环比下降17.7%"), "A", prev=8427),
    C(8951, 27.0, sp("2月6,938件、3月8,951件", "环比增长27.0%"), "A", prev=6938, bad="(8,951 − 6,938) / 6,938 = 29.0%, printed 27.0%"),
    R(23862, 24316, 98.1, sp("共受理群众诉求24,316件", "按期办结率98.1%"), "C"),
    R(5128, 24316, 21.1, sp("共受理群众诉求24,316件", "5,128件(21.1%)"), "C"),
    R(3846, 24316, 15.8, sp("共受理群众诉求24,316件", "3,846件(15.8%)"), "C"),
    R(2917, 24316, 12.0, sp("共受理群众诉求24,316件", "2,917件(12.0%)"), "C"),
)
rep.never("群众满意率96.4%", "over 评价 counts not printed")
rep.never("重复来电1,206件", "a subset of calls, no share printed")
rep.never("诉求涉及全县14个乡镇", "units beside 诉求")

# ---- more relations ----
from common import C, R, S, span  # noqa: F811
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    S(24316, [14862, 9454], sp("共受理群众诉求24,316件", "乡镇办理9,454件"), "F"),
)
