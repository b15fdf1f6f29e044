"""峡江区政务服务管理办公室 2024 政务服务工作总结 (一网通办, 办件量, 好差评): txt, numbered heads."""

NAME = "xiajiang-zhengwu-2024"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""峡江区政务服务管理办公室2024年工作总结

一、办件总体情况
全年全区各级政务服务中心共受理各类政务服务事项办件42.68万件，办结42.51万件，办结率99.6%。其中区级部门办件18.34万件、街道（乡镇）便民服务中心办件21.92万件、村（社区）代办点2.24万件。即办件26.68万件，占62.5%。

二、深化“一网通办”
全区依申请政务服务事项1,412项，其中可全程网办1,286项，全程网办率91.1%。全年网上办件31.76万件，网办率74.4%。上线“一件事一次办”主题套餐46个，办件2.86万件，同比增长63.4%。

三、政务服务“好差评”
全年收到评价38.62万条，其中非常满意37.95万条、满意0.58万条、基本满意0.06万条、不满意0.02万条、非常不满意0.01万条。差评300条已全部完成整改回访。

四、窗口建设
全区设置综合受理窗口36个，配备帮办代办人员82名，2025年计划实现“无差别综合受理”覆盖率100%。
"""]
RELS = [
    dict(id="r1", kind="ratio", numerator=425100, denominator=426800, percent=99.6, q=("办件42.68万件", "办结率99.6%"),
         pattern="O"),
    dict(id="r2", kind="sum", total=426800, parts=[183400, 219200, 22400], q=("办件42.68万件", "代办点2.24万件"),
         holds=False, pattern="O", why="18.34 + 21.92 + 2.24 = 42.50, printed 42.68 (2.42 typed 2.24)"),
    dict(id="r3", kind="ratio", numerator=266800, denominator=426800, percent=62.5, q=("办件42.68万件", "占62.5%"),
         pattern="C"),
    dict(id="r4", kind="ratio", numerator=1286, denominator=1412, percent=91.1, q=("服务事项1,412项", "全程网办率91.1%"),
         pattern="O"),
    dict(id="r5", kind="ratio", numerator=317600, denominator=426800, percent=74.4, q=("办件42.68万件", "网办率74.4%"),
         pattern="C"),
    dict(id="r6", kind="change", current=28600, percent=63.4, q=("办件2.86万件", "增长63.4%"), pattern="O"),
    dict(id="r7", kind="sum", total=386200, parts=[379500, 5800, 600, 200, 100], q=("评价38.62万条", "非常不满意0.01万条"),
         pattern="O"),
    dict(id="r8", kind="sum", total=300, parts=[200, 100], q=("不满意0.02万条", "差评300条"), pattern="H",
         why="差评 = 不满意 + 非常不满意"),
    dict(id="r9", kind="bound", smaller=386200, larger=425100, q=("办结42.51万件", "评价38.62万条"), pattern="E"),
]
NC = [
    ("主题套餐46个", "count of packages"),
    ("综合受理窗口36个，配备帮办代办人员82名", "windows and staff"),
    ("覆盖率100%", "a plan"),
]
