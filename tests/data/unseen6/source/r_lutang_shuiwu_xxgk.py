"""芦塘区水务局 2021 政府信息公开工作年度报告: txt, national tables as space-aligned text, page breaks."""
from tables import leaves_from, review_table, xxgk_application_table

NAME = "lutang-shuiwu-xxgk-2021"
EXT = "txt"
FMT = {"page": 40, "pagestyle": "— {n} —", "header": "芦塘区水务局2021年政府信息公开工作年度报告"}
LEAVES = leaves_from({
    0: [5, 1, 0, 0, 1, 0], 1: [2, 0, 0, 0, 0, 0], 7: [1, 0, 0, 0, 0, 0], 10: [4, 1, 0, 0, 0, 0],
    11: [1, 0, 0, 0, 0, 0], 13: [1, 0, 0, 0, 0, 0], 14: [1, 0, 0, 0, 0, 0], 20: [0, 0, 0, 0, 0, 1]})
T3 = xxgk_application_table([15, 2, 0, 0, 1, 1], [0] * 6, LEAVES, [0] * 6, "space", balance=True,
                            override={("（四）无法提供 1.本机关不掌握相关政府信息", 0): 5},
                            before="三、收到和处理政府信息公开申请情况\n\n")
for _, cells in T3.rows:
    cells[:] = [str(c) for c in cells]
T3.cell = lambda label, i: int(dict(T3.rows)[label][i])
T3.widths = 8
T4 = review_table({"行政复议": [1, 0, 0, 0, 1], "行政诉讼（未经复议直接起诉）": [0, 0, 0, 0, 0],
                   "行政诉讼（复议后起诉）": [0, 0, 0, 0, 0]}, "space",
                  before="\n四、政府信息公开行政复议、行政诉讼情况\n\n")
CHUNKS = ["""芦塘区水务局2021年政府信息公开工作年度报告

一、总体情况

2021年，我局严格落实政府信息公开各项要求，全年在区政府信息公开平台发布水务信息318条，其中防汛抗旱信息96条、水资源管理信息47条、河湖长制信息62条，其余为机构职能、财政预决算等信息。

本年度新收政府信息公开申请19件，同比减少7件，下降26.9%，上年无结转申请，已全部在法定期限内答复。办理结果为：予以公开7件、部分公开2件，合计9件，占47.4%；不予公开1件；无法提供6件；不予处理2件；其他处理1件。全年因政府信息公开被申请行政复议1件，复议机关维持原答复。

二、主动公开政府信息情况

信息内容　　　　　　本年制发件数　本年废止件数　现行有效件数
规章　　　　　　　　　　0　　　　　0　　　　　0
行政规范性文件　　　　　1　　　　　2　　　　　9
信息内容　　　　　　本年处理决定数量
行政许可　　　　　　　　　　　214
行政处罚　　　　　　　　　　　　37
行政强制　　　　　　　　　　　　　3

""", T3, T4, """
五、存在的主要问题及改进情况

一是主动公开的及时性有待提高；二是依申请公开答复文书仍需规范。2022年将对3类重点信息实行清单式管理。

六、其他需要报告的事项

本机关2021年度未收取信息处理费。
"""]
TOP = "一、本年新收政府信息公开申请数量"
RELS = [
    dict(id="r1", kind="bound", smaller=96, larger=318, q=("水务信息318条", "防汛抗旱信息96条"), pattern="D"),
    dict(id="r1b", kind="bound", smaller=47, larger=318, q=("水务信息318条", "水资源管理信息47条"), pattern="D"),
    dict(id="r1c", kind="bound", smaller=62, larger=318, q=("水务信息318条", "河湖长制信息62条"), pattern="D"),
    dict(id="r2", kind="change", current=19, previous=26, percent=-26.9, q=("公开申请19件", "下降26.9%"), pattern="A"),
    dict(id="r3", kind="sum", total=19, parts=[7, 2, 1, 6, 2, 1], q=("公开申请19件", "其他处理1件"), pattern="F"),
    dict(id="r4", kind="sum", total=9, parts=[7, 2], q=("予以公开7件", "合计9件"), pattern="O"),
    dict(id="r5", kind="ratio", numerator=9, denominator=19, percent=47.4, q=("公开申请19件", "占47.4%"), pattern="C"),
    dict(id="r6", kind="sum", total=6, parts=[5, 1], q=("无法提供6件", "2.没有现成信息需要另行制作"), pattern="H",
         why="prose 无法提供 = the table's 1.不掌握 (总计 5) + 2.另行制作 (1)"),
]
NC = [
    ("行政规范性文件　　　　　1　　　　　2　　　　　9", "9 is the stock, not 1 − 2"),
    ("行政许可　　　　　　　　　　　214", "decisions, not parts"),
    ("3类重点信息", "a plan"),
]
