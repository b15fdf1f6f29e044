"""滢州市 12345 热线 2025年3月 运行分析: txt, short lines, 环比 with the previous month printed."""

NAME = "yingzhou-12345-2025M03"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""滢州市12345政务服务便民热线
2025年3月运行情况分析

一、受理总量
3月份，热线共受理群众诉求12.84万件，环比增长18.6%（2月为10.83万件），同比下降3.2%。
按受理渠道分：
（一）电话9.16万件；
（二）微信小程序2.31万件；
（三）网站及其他1.73万件。

二、诉求类型
按诉求类型分，投诉5.42万件、求助3.86万件、咨询2.96万件、建议0.38万件、表扬及其他0.22万件。投诉类诉求占42.2%，居各类型首位。
从诉求热点看，前三位分别是：住房保障与房地产1.62万件、城市管理1.35万件、交通出行1.08万件，分别占受理总量的12.6%、10.5%和8.4%。

三、派单办理
本月向承办单位派发工单4.96万件，已办结4.71万件，办结率95.0%。全市6个区县共承办派单工单4.96万件，其中东城区1.86万件，占37.5%。

四、回访情况
本月回访市民1.52万件次，表示不满意的876件次，不满意率5.8%。对不满意工单均已启动二次办理，要求在3个工作日内重新答复。
"""]
RELS = [
    dict(id="r1", kind="change", current=128400, previous=108300, percent=18.6, q=("12.84万件", "2月为10.83万件"),
         pattern="A"),
    dict(id="r2", kind="change", current=128400, percent=-3.2, q=("12.84万件", "下降3.2%"), pattern="O"),
    dict(id="r3", kind="sum", total=128400, parts=[91600, 23100, 17300], q=("12.84万件", "网站及其他1.73万件"),
         holds=False, pattern="F", why="9.16 + 2.31 + 1.73 = 13.20, printed 12.84 (1.37 typed 1.73)"),
    dict(id="r4", kind="sum", total=128400, parts=[54200, 38600, 29600, 3800, 2200], q=("12.84万件", "表扬及其他0.22万件"),
         pattern="F"),
    dict(id="r5", kind="ratio", numerator=54200, denominator=128400, percent=42.2, q=("12.84万件", "占42.2%"), pattern="C"),
    dict(id="r6", kind="ratio", numerator=47100, denominator=49600, percent=95.0, q=("派发工单4.96万件", "办结率95.0%"),
         pattern="O"),
    dict(id="r7", kind="ratio", numerator=18600, denominator=49600, percent=37.5, q=("承办派单工单4.96万件", "占37.5%"),
         pattern="C"),
    dict(id="r8", kind="equal", values=[49600, 49600], q=("派发工单4.96万件", "承办派单工单4.96万件"), pattern="H"),
    dict(id="r9", kind="ratio", numerator=876, denominator=15200, percent=5.8, q=("回访市民1.52万件次", "不满意率5.8%"),
         pattern="O"),
]
RELS += [
    dict(id="r10", kind="ratio", numerator=16200, denominator=128400, percent=12.6, q=("12.84万件", "12.6%"), pattern="B"),
    dict(id="r11", kind="ratio", numerator=13500, denominator=128400, percent=10.5, q=("12.84万件", "10.5%"), pattern="B"),
    dict(id="r12", kind="ratio", numerator=10800, denominator=128400, percent=8.4, q=("12.84万件", "8.4%"), pattern="B"),
]
NC = [
    ("前三位", "an ordinal"),
    ("（一）电话", "list numbering"),
    ("6个区县", "count of districts"),
    ("3个工作日内", "a time limit"),
    ("12345", "hotline number"),
]
