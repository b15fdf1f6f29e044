"""澧湾县信访局 2021 信访工作情况分析: Markdown, bold bullet labels, nested bullets."""

NAME = "liwan-xinfang-2021"
EXT = "md"
FMT: dict = {}
CHUNKS = ["""# 澧湾县信访局2021年信访工作情况分析

## 一、信访总量

- 全县信访部门共登记群众信访事项**4,218件次**、**6,937人次**，同比分别下降8.6%和11.2%。
- **按信访形式分：**
  - 来信：612件次
  - 来访：1,486件次、4,205人次
  - 网上信访：2,120件次
- 来访中，集体访68批次、1,942人次，分别占来访总量的4.6%和46.2%。

## 二、信访事项内容

- 从反映问题看，排在前三位的是：城乡建设1,126件次、占26.7%；劳动和社会保障784件次、占18.6%；农村农业563件次、占13.8%。
- 前三类合计2,473件次，占总量的58.6%。

## 三、办理情况

- **受理：** 受理信访事项3,862件，按期办结3,806件，按期办结率98.5%。
- **评价：** 群众参评2,914件，满意2,786件，满意率95.6%。
- **复查复核：** 收到复查申请47件，受理41件，其中维持原处理意见36件、撤销或变更5件；收到复核申请9件，受理11件。

## 四、领导接访

- 县级领导接访下访212批次、接待群众1,038人次，推动化解问题176个。
"""]
RELS = [
    dict(id="r1", kind="change", current=4218, percent=-8.6, q=("**4,218件次**", "8.6%"), pattern="B"),
    dict(id="r2", kind="change", current=6937, percent=-11.2, q=("**6,937人次**", "11.2%"), pattern="B"),
    dict(id="r3", kind="sum", total=4218, parts=[612, 1486, 2120], q=("**4,218件次**", "网上信访：2,120件次"), pattern="F"),
    dict(id="r4", kind="ratio", numerator=68, denominator=1486, percent=4.6, q=("来访：1,486件次", "4.6%"), pattern="B"),
    dict(id="r5", kind="ratio", numerator=1942, denominator=4205, percent=46.2, q=("4,205人次", "46.2%"), pattern="B"),
    dict(id="r6", kind="ratio", numerator=1126, denominator=4218, percent=26.7, q=("**4,218件次**", "占26.7%"), pattern="C"),
    dict(id="r7", kind="ratio", numerator=784, denominator=4218, percent=18.6, q=("**4,218件次**", "占18.6%"), pattern="C"),
    dict(id="r8", kind="ratio", numerator=563, denominator=4218, percent=13.8, q=("**4,218件次**", "占13.8%"), holds=False,
         pattern="C", why="563/4218 = 13.35%"),
    dict(id="r9", kind="sum", total=2473, parts=[1126, 784, 563], q=("城乡建设1,126件次", "合计2,473件次"), pattern="H"),
    dict(id="r10", kind="ratio", numerator=2473, denominator=4218, percent=58.6, q=("**4,218件次**", "占总量的58.6%"),
         pattern="C"),
    dict(id="r11", kind="bound", smaller=3862, larger=4218, q=("**4,218件次**", "受理信访事项3,862件"), pattern="E"),
    dict(id="r12", kind="ratio", numerator=3806, denominator=3862, percent=98.5, q=("受理信访事项3,862件", "按期办结率98.5%"),
         pattern="O"),
    dict(id="r13", kind="ratio", numerator=2786, denominator=2914, percent=95.6, q=("群众参评2,914件", "满意率95.6%"),
         pattern="O"),
    dict(id="r14", kind="bound", smaller=2914, larger=3806, q=("按期办结3,806件", "群众参评2,914件"), pattern="E"),
    dict(id="r15", kind="bound", smaller=41, larger=47, q=("收到复查申请47件", "受理41件"), pattern="E"),
    dict(id="r16", kind="sum", total=41, parts=[36, 5], q=("受理41件", "撤销或变更5件"), pattern="O"),
    dict(id="r17", kind="bound", smaller=11, larger=9, q=("收到复核申请9件", "受理11件"), holds=False, pattern="E",
         why="受理 11 > 收到 9"),
]
NC = [
    ("212批次、接待群众1,038人次，推动化解问题176个", "three measures, no relation"),
    ("排在前三位", "an ordinal"),
]
