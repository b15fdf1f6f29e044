from common import B, C, E, R, Report, S, span

rep = Report("linxi-12345-yuebao-2026", "txt", "临溪区12345热线工作办公室", 2026, half=True, wrap=30, page_every=9,
             page_style="{n}/2",
             kind="临溪区12345热线2026年1月运行情况月报 (2026, monthly)",
             shape="PDF copy with half-width punctuation wrapped at 30, n/2 footers; 本月 with last month in brackets (环比) and 同比, 派发 + 直接办结 with 其中, 签收率 and 办结率 over 派发 (a base a sentence up), 按街道分 without 其中 (a planted part), a share of the month's total, 重复诉求比例 over a base not printed")
rep.text = """
临溪区12345热线2026年1月运行情况月报

一、总体情况

1月,区热线共受理群众诉求9,846件,环比下降6.2%(上月10,497件),同比增长12.4%。其中派发承办单位工单6,214件,热线直接办结3,632件。

二、工单办理

派发工单中,承办单位按时签收6,208件,签收率99.9%;办结6,096件,办结率98.1%。

三、工单分布

按街道分:城关街道1,842件,河西街道1,516件,东湖街道1,284件,新河镇986件,白石镇622件。

四、热点诉求

本月供暖类诉求1,126件,占受理总量的11.4%。重复诉求比例4.6%。本月热线直接办结诉求3,623件。
"""
t = rep.text
pd = span(t, "派发承办单位工单6,214件", "办结率98.1%")
rep.add(
    C(9846, -6.2, span(t, "群众诉求9,846件", "上月10,497件"), "A", prev=10497),
    C(9846, 12.4, span(t, "群众诉求9,846件", "同比增长12.4%")),
    S(9846, [6214, 3632], span(t, "群众诉求9,846件", "直接办结3,632件")),
    R(6208, 6214, 99.9, pd, "C"),
    B(6208, 6214, pd, "E"),
    R(6096, 6214, 98.1, pd, "C"),
    B(6096, 6214, pd, "E"),
    S(6214, [1842, 1516, 1284, 986, 622], span(t, "派发承办单位工单6,214件", "白石镇622件"), "F",
      bad="1,842 + 1,516 + 1,284 + 986 + 622 = 6,250, 派发 printed 6,214 (东湖 1,248 with digits swapped)"),
    R(1126, 9846, 11.4, span(t, "群众诉求9,846件", "受理总量的11.4%"), "C"),
)
rep.never("重复诉求比例4.6%", "a rate over a base not printed")

rep.add(E([3632, 3623], span(t, "直接办结3,632件", "直接办结诉求3,623件"), "H", bad="直接办结 3,632 above, 3,623 here (digits swapped)"))

rep.shape += "; 直接办结 restated at the end (planted)"
