"""梧桐区城市管理行政执法局 2020 法治政府建设工作报告: txt, | table (件／万元)."""
from tables import Table

NAME = "wutong-chengguan-2020"
EXT = "txt"
FMT: dict = {}
ROWS = ["市容环境", "园林绿化", "市政公用", "违法建设", "环境保护", "其他"]
T = Table(header=["类别", "案件数（件）", "罚没款（万元）"],
          rows=[("市容环境", [612, 86.42]), ("园林绿化", [148, 95.6]), ("市政公用", [240, 47.38]),
                ("违法建设", [386, 421.75]), ("环境保护", [417, 98.16]), ("其他", [279, 63.06]),
                ("合计", [2046, 812.37])],
          style="pipe", before="表1　一般程序案件按类别统计\n")
T.sums = [("col", 0, "合计", ROWS, "t1"), ("col", 1, "合计", ROWS, "t2")]
CHUNKS = ["""梧桐区城市管理行政执法局
2020年法治政府建设工作报告

　　一、执法办案情况
　　全年共办理一般程序案件2,046件，罚没款812.37万元；简易程序案件5,318件，罚款26.59万元；合计办理各类案件7,346件，罚没款合计838.96万元。一般程序案件分类情况见表1。

""", T, """
　　市容环境案件中，涉及占道经营的648件、乱张贴乱涂写的97件。
　　全年拆除违法建设1,284处、面积12.6万平方米，其中新增违法建设326处，做到“零增长”。

　　二、12319城管热线
　　全年受理市民诉求38,415件，同比下降6.2%；按时办结37,962件，按时办结率98.8%。其中由10个街道办理26,118件，占68.0%。

　　三、行政复议和行政诉讼
　　收到行政复议申请14件，其中维持10件、撤销3件、尚在审理1件。发生行政诉讼案件23件，其中一审胜诉19件、原告撤诉3件、败诉1件，败诉率4.3%。
"""]
RELS = [
    dict(id="r1", kind="sum", total=7346, parts=[2046, 5318], q=("一般程序案件2,046件", "各类案件7,346件"), holds=False,
         pattern="H", why="2046 + 5318 = 7364, printed 7346"),
    dict(id="r2", kind="sum", total=838.96, parts=[812.37, 26.59], q=("罚没款812.37万元", "罚没款合计838.96万元"), pattern="H"),
    dict(id="r3", kind="equal", values=[2046, 2046], q=("一般程序案件2,046件", "| 合计 | 2046"), pattern="H"),
    dict(id="r4", kind="equal", values=[812.37, 812.37], q=("罚没款812.37万元", "| 合计 | 2046 | 812.37"), pattern="H"),
    dict(id="r5", kind="change", current=38415, percent=-6.2, q=("市民诉求38,415件", "下降6.2%"), pattern="O"),
    dict(id="r6", kind="ratio", numerator=37962, denominator=38415, percent=98.8, q=("市民诉求38,415件", "按时办结率98.8%"),
         pattern="O"),
    dict(id="r7", kind="ratio", numerator=26118, denominator=38415, percent=68.0, q=("市民诉求38,415件", "占68.0%"),
         pattern="C"),
    dict(id="r8", kind="sum", total=14, parts=[10, 3, 1], q=("行政复议申请14件", "尚在审理1件"), pattern="O"),
    dict(id="r9", kind="sum", total=23, parts=[19, 3, 1], q=("行政诉讼案件23件", "败诉1件"), pattern="O"),
    dict(id="r10", kind="ratio", numerator=1, denominator=23, percent=4.3, q=("行政诉讼案件23件", "败诉率4.3%"), pattern="C"),
    dict(id="r11", kind="bound", smaller=326, larger=1284, q=("违法建设1,284处", "新增违法建设326处"), pattern="O"),
]
RELS += [
    dict(id="r12", kind="bound", smaller=648, larger=612, q=("| 市容环境 | 612", "占道经营的648件"), holds=False,
         pattern="D", why="a highlight of 市容环境 (612) printed larger than it: 468 typed 648"),
    dict(id="r13", kind="bound", smaller=97, larger=612, q=("| 市容环境 | 612", "乱张贴乱涂写的97件"), pattern="D"),
]
NC = [
    ("面积12.6万平方米", "an area"),
    ("12319", "hotline number"),
    ("10个街道", "count of places, not a part of the 26,118"),
]
