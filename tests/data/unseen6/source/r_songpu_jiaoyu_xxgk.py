"""淞浦县教育局 2019 政府信息公开工作年度报告: Markdown, national tables as Markdown tables."""
from tables import leaves_from, review_table, xxgk_application_table

NAME = "songpu-jiaoyu-xxgk-2019"
EXT = "md"
FMT: dict = {}
LEAVES = leaves_from({
    0: [16, 1, 0, 0, 1, 0], 1: [6, 0, 0, 0, 0, 0], 5: [2, 0, 0, 0, 0, 0], 6: [1, 0, 0, 0, 0, 0],
    10: [7, 0, 0, 0, 0, 0], 11: [2, 0, 0, 0, 0, 0], 13: [3, 0, 0, 0, 0, 0], 14: [2, 0, 0, 0, 0, 0]})
T3 = xxgk_application_table([41, 1, 0, 0, 1, 0], [0] * 6, LEAVES, [2, 0, 0, 0, 0, 0], "md", balance=True,
                            before="## 三、收到和处理政府信息公开申请情况\n\n")
T4 = review_table({"行政复议": [0, 0, 0, 0, 0], "行政诉讼（未经复议直接起诉）": [0, 0, 0, 0, 0],
                   "行政诉讼（复议后起诉）": [0, 0, 0, 0, 0]}, "md",
                  before="\n## 四、政府信息公开行政复议、行政诉讼情况\n\n")
CHUNKS = ["""# 淞浦县教育局2019年政府信息公开工作年度报告

## 一、总体情况

2019年，县教育局按照新修订的《中华人民共和国政府信息公开条例》要求，认真做好政府信息公开工作。

**（一）依申请公开。** 本年度共受理政府信息公开申请43件（其中当面申请5件、网络申请31件、信函申请7件），上年无结转。已答复41件，另有2件因在年末提出，顺延至2020年办理。在已答复的41件中，同意公开18件（占43.9%）、同意部分公开6件（占14.6%）、不予公开3件（占7.8%）、信息不存在9件（占22.0%）、不予处理5件（占12.2%）。

**（二）重点领域信息公开。** 全年公开教师公开招聘信息3批次。报名1,286人，资格审查合格1,143人，参加笔试1,179人，拟聘用126人，招聘结果均在局网站公示7个工作日。

**（三）平台建设。** 全县62所中小学、幼儿园均在校园网站设置信息公开专栏。

## 二、主动公开政府信息情况

| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 规范性文件 | 2 | 2 | 17 |

""", T3, T4, """
## 五、存在的主要问题及改进情况

信息公开专栏更新不够及时。2020年将每季度开展1次检查。

## 六、其他需要报告的事项

无。
"""]
RELS = [
    dict(id="r1", kind="sum", total=43, parts=[5, 31, 7], q=("公开申请43件", "信函申请7件"), pattern="F"),
    dict(id="r2", kind="sum", total=43, parts=[41, 2], q=("公开申请43件", "另有2件"), pattern="F"),
    dict(id="r3", kind="sum", total=41, parts=[18, 6, 3, 9, 5], q=("在已答复的41件中", "不予处理5件"), pattern="F"),
    dict(id="r4", kind="ratio", numerator=18, denominator=41, percent=43.9, q=("在已答复的41件中", "占43.9%"), pattern="C"),
    dict(id="r5", kind="ratio", numerator=6, denominator=41, percent=14.6, q=("在已答复的41件中", "占14.6%"), pattern="C"),
    dict(id="r6", kind="ratio", numerator=3, denominator=41, percent=7.8, q=("在已答复的41件中", "占7.8%"), holds=False,
         pattern="C", why="3/41 = 7.32%"),
    dict(id="r7", kind="ratio", numerator=9, denominator=41, percent=22.0, q=("在已答复的41件中", "占22.0%"), pattern="C"),
    dict(id="r8", kind="ratio", numerator=5, denominator=41, percent=12.2, q=("在已答复的41件中", "占12.2%"), pattern="C"),
    dict(id="r9", kind="bound", smaller=1143, larger=1286, q=("报名1,286人", "资格审查合格1,143人"), pattern="E"),
    dict(id="r10", kind="bound", smaller=1179, larger=1143, q=("资格审查合格1,143人", "参加笔试1,179人"), holds=False,
         pattern="E", why="more sat the exam (1,179) than passed the review (1,143)"),
    dict(id="r11", kind="bound", smaller=126, larger=1179, q=("参加笔试1,179人", "拟聘用126人"), pattern="E"),
    dict(id="r12", kind="equal", values=[43, 43], q=("公开申请43件", "| 一、本年新收政府信息公开申请数量 | 41 | 1 | 0 | 0 | 1 | 0 | 43"),
         pattern="H"),
    dict(id="r13", kind="equal", values=[41, 41], q=("已答复41件", "| （七）总计 | 39 | 1 | 0 | 0 | 1 | 0 | 41"), pattern="H"),
    dict(id="r14", kind="equal", values=[18, 18], q=("同意公开18件", "（一）予以公开 | 16 | 1 | 0 | 0 | 1 | 0 | 18"), pattern="H"),
    dict(id="r15", kind="sum", total=9, parts=[7, 2], q=("信息不存在9件", "2.没有现成信息需要另行制作 | 2 | 0 | 0 | 0 | 0 | 0 | 2"),
         pattern="H"),
]
NC = [
    ("教师公开招聘信息3批次", "batches"),
    ("62所中小学、幼儿园", "count of schools"),
    ("公示7个工作日", "a duration"),
    ("| 规范性文件 | 2 | 2 | 17 |", "17 is the stock"),
]
