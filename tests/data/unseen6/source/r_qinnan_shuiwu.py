"""国家税务总局沁南县税务局 2022 法治税务建设情况报告: txt, numbered sub-items."""

NAME = "qinnan-shuiwu-2022"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""国家税务总局沁南县税务局2022年法治税务建设情况报告

一、依法组织税费收入
全年组织税费收入48.63亿元，同比下降4.2%，其中税收收入36.28亿元、社保费和非税收入12.35亿元。全面落实组合式税费支持政策，新增减税降费及退税缓税缓费共计9.84亿元，其中留抵退税6.12亿元，新增减税降费2.47亿元，缓税缓费1.25亿元。

二、规范税务执法
1.税务稽查。全年检查纳税人126户，按案源分：随机抽查43户、举报案件29户、推送任务及其他54户。查补收入8426.3万元，比上年增加1126.8万元，增长15.4%，已入库7962.1万元，入库率94.5%。
2.行政处罚。作出税务行政处罚决定1,012件，罚款412.6万元，其中适用简易程序864件，占85.4%。对238户首次违法且危害后果轻微的纳税人依法不予处罚。
3.纳税信用。全年参评纳税人18,426户，评定结果为：A级2,615户、B级11,238户、M级3,402户、C级762户、D级445户。A级纳税人占参评户数的14.6%。全年收到纳税信用复评申请37户，经复核调整评价结果29户。

三、化解税务争议
全年受理税务行政复议申请6件，审结6件，其中维持4件、撤销1件、驳回1件。发生税务行政诉讼2件，均胜诉。12366纳税缴费服务热线全年接听来电11.2万个，满意率99.1%。
"""]
RELS = [
    dict(id="r1", kind="change", current=48.63, percent=-4.2, q=("税费收入48.63亿元", "下降4.2%"), pattern="O"),
    dict(id="r2", kind="sum", total=48.63, parts=[36.28, 12.35], q=("税费收入48.63亿元", "非税收入12.35亿元"), pattern="O"),
    dict(id="r3", kind="sum", total=9.84, parts=[6.12, 2.47, 1.25], q=("共计9.84亿元", "缓税缓费1.25亿元"), pattern="O"),
    dict(id="r4", kind="sum", total=126, parts=[43, 29, 54], q=("检查纳税人126户", "推送任务及其他54户"), pattern="F"),
    dict(id="r5", kind="ratio", numerator=7962.1, denominator=8426.3, percent=94.5, q=("查补收入8426.3万元", "入库率94.5%"),
         pattern="O"),
    dict(id="r6", kind="ratio", numerator=864, denominator=1012, percent=85.4, q=("处罚决定1,012件", "占85.4%"), pattern="O"),
    dict(id="r7", kind="sum", total=18426, parts=[2615, 11238, 3402, 762, 445], q=("参评纳税人18,426户", "D级445户"),
         holds=False, pattern="F", why="2615 + 11238 + 3402 + 762 + 445 = 18462, printed 18,426 (C级726 typed 762)"),
    dict(id="r8", kind="ratio", numerator=2615, denominator=18426, percent=14.6, q=("参评纳税人18,426户", "参评户数的14.6%"),
         holds=False, pattern="C", why="2615/18426 = 14.19%"),
    dict(id="r9", kind="equal", values=[6, 6], q=("税务行政复议申请6件", "审结6件"), pattern="H"),
    dict(id="r10", kind="sum", total=6, parts=[4, 1, 1], q=("审结6件", "驳回1件"), pattern="O"),
]
RELS += [
    dict(id="r11", kind="change", current=8426.3, previous=7299.5, percent=15.4, q=("查补收入8426.3万元", "增长15.4%"),
         pattern="A"),
    dict(id="r12", kind="bound", smaller=29, larger=37, q=("复评申请37户", "调整评价结果29户"), pattern="E"),
]
NC = [
    ("对238户首次违法", "不予处罚, not a part of the 1,012 decisions"),
    ("12366", "hotline number"),
    ("满意率99.1%", "base (evaluations) not printed"),
    ("税务行政诉讼2件，均胜诉", "outcome in words"),
]
