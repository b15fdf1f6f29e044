"""邕岭市 2024 行政复议工作情况通报: txt, space-aligned county table."""
from tables import Table

NAME = "yongling-fuyi-2024"
EXT = "txt"
FMT: dict = {}
NAMES = ["市本级", "桐关县", "洛浦县", "宁川区", "青屏区"]
T = Table(header=["地区", "收到申请", "受理", "审结", "直接纠错"],
          rows=[("市本级", ["1,126", "1,012", "1,043", "124"]), ("桐关县", ["428", "371", "366", "41"]),
                ("洛浦县", ["512", "485", "441", "47"]), ("宁川区", ["406", "362", "374", "38"]),
                ("青屏区", ["374", "314", "312", "32"]), ("合计", ["2,846", "2,517", "2,536", "282"])],
          style="space", widths=9, before="表1　2024年各地行政复议案件办理情况（单位：件）\n")
T.cell = lambda label, i: int(dict(T.rows)[label][i].replace(",", ""))  # thousands separators
T.sums = [("col", i, "合计", NAMES, f"t{i + 1}") for i in range(4)] + \
         [("bound", n, 1, 0, f"b{k + 1}") for k, n in enumerate(NAMES)]
CHUNKS = ["""邕岭市人民政府行政复议办公室
关于2024年全市行政复议工作情况的通报

各县（区）人民政府，市政府各部门：
　　现将2024年全市行政复议工作情况通报如下。
　　一、收案情况
　　2024年新修订的《中华人民共和国行政复议法》施行，全市各级行政复议机构共收到行政复议申请2,846件，同比增长34.2%；经审查，受理2,517件，受理率88.4%；不予受理186件；其余143件已告知申请人向其他有权机关提出。
　　二、审理情况
　　加上年结转的312件，全年共审理案件2,829件，审结2,536件，审结率89.9%。在审结案件中，维持1,384件、驳回463件、确认违法97件、撤销126件、变更18件、责令履行41件、终止407件。直接纠错282件，纠错率11.1%。
　　三、各地情况
""", T, """
　　四、行政应诉
　　全年全市行政机关负责人应出庭案件1,262件，实际出庭1,246件，出庭率98.7%。
"""]
RELS = [
    dict(id="r1", kind="change", current=2846, percent=34.2, q=("行政复议申请2,846件", "增长34.2%"), pattern="O"),
    dict(id="r2", kind="ratio", numerator=2517, denominator=2846, percent=88.4, q=("行政复议申请2,846件", "受理率88.4%"),
         pattern="O"),
    dict(id="r3", kind="sum", total=2846, parts=[2517, 186, 143], q=("行政复议申请2,846件", "其余143件"), pattern="F"),
    dict(id="r4", kind="sum", total=2829, parts=[2517, 312], q=("受理2,517件", "审理案件2,829件"), pattern="F"),
    dict(id="r5", kind="ratio", numerator=2536, denominator=2829, percent=89.9, q=("审理案件2,829件", "审结率89.9%"),
         holds=False, pattern="C", why="2536/2829 = 89.64%"),
    dict(id="r6", kind="sum", total=2536, parts=[1384, 463, 97, 126, 18, 41, 407], q=("审结2,536件", "终止407件"), pattern="F"),
    dict(id="r7", kind="sum", total=282, parts=[97, 126, 18, 41], q=("确认违法97件", "直接纠错282件"), pattern="H",
         why="纠错 = 确认违法 + 撤销 + 变更 + 责令履行"),
    dict(id="r8", kind="ratio", numerator=282, denominator=2536, percent=11.1, q=("审结2,536件", "纠错率11.1%"), pattern="C"),
    dict(id="r10", kind="ratio", numerator=1246, denominator=1262, percent=98.7, q=("应出庭案件1,262件", "出庭率98.7%"),
         pattern="O"),
]
NC = [
    ("2024年新修订", "a year"),
]
