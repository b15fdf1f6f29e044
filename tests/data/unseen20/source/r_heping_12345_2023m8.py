from common import B, C, R, Report, S, span

rep = Report("heping-12345-2023m8", "txt", "和平区便民服务中心", 2023, enc="utf-16", dest="enc",
             kind="和平区12345便民服务热线2023年8月份运行情况",
             shape="UTF-16 .txt with BOM; a change with last year's level in brackets, 渠道 after 按渠道分, 工单 + 直接答复 = 受理 (order reversed), 办结 ≤ 工单, 满意 in brackets after its rate (planted)")
rep.text = """
和平区12345便民服务热线2023年8月份运行情况

8月份，区热线共受理来电来信等诉求13,274件，同比增长7.5%（上年同期12,348件）。按渠道分：电话10,126件，网络2,583件，其他565件。受高温天气影响，涉及停水停电的诉求1,126件，较7月增加312件。本月热线话务员日均接听电话428个。

形成工单5,842件，直接答复7,432件。工单办结5,706件，办结率97.7%。回访3,975件，满意率95.6%（满意3,780件）。
"""
t = rep.text
rep.add(
    C(13274, 7.5, span(t, "诉求13,274件", "12,348件"), "A", prev=12348),
    S(13274, [10126, 2583, 565], span(t, "诉求13,274件", "其他565件"), "F"),
    S(13274, [5842, 7432], span(t, "诉求13,274件", "直接答复7,432件"), "E"),
    B(5706, 5842, span(t, "形成工单5,842件", "工单办结5,706件"), "E"),
    R(5706, 5842, 97.7, span(t, "形成工单5,842件", "办结率97.7%"), "C"),
    B(3975, 5706, span(t, "工单办结5,706件", "回访3,975件"), "E"),
    R(3780, 3975, 95.6, span(t, "回访3,975件", "满意3,780件"), bad="3,780 / 3,975 = 95.1%, printed 95.6%"),
)
rep.never("涉及停水停电的诉求1,126件，较7月增加312件", "cuts across the channels; July not printed, no percent")
rep.never("日均接听电话428个", "per operator per day; operators and days not printed")
