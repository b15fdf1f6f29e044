"""临沅市公安局 2024 法治公安建设情况报告: PDF copy wrapped at 34, `- N -`, running header."""

NAME = "linyuan-gongan-2024"
EXT = "txt"
FMT = {"wrap": 34, "page": 22, "pagestyle": "- {n} -", "header": "临沅市公安局2024年法治公安建设情况报告"}
CHUNKS = ["""临沅市公安局2024年法治公安建设情况报告
2024年，全市公安机关（全市常住人口312.6万人）坚持以法治思维和法治方式履行职责，现将有关情况报告如下。
一、打击犯罪和治安管理
全年全市公安机关共接报警情28.64万起，同比下降5.3%，其中刑事警情1.82万起、治安警情4.36万起、交通警情9.15万起、群众求助及其他13.31万起。
刑事立案6,127起，破案3,486起，破案率56.9%；每万人刑事立案19.6起。电信网络诈骗立案1,842起，比上年减少416起，下降18.9%。
受理治安案件12,486起，查处11,953起，查处率95.7%。全年共对违法行为人作出行政处罚：警告3,214人、罚款8,127人、行政拘留2,046人、其他处罚412人，合计13,797人。
二、执法监督
全年法制部门审核刑事案件4,126起、行政案件13,652起，发现执法问题346个，整改到位338个，整改率97.7%。
全年被申请行政复议87件，复议机关维持61件、撤销9件、确认违法5件、终止12件；纠错14件（撤销9件、确认违法5件），纠错率16.1%。
三、执法资格
全市在编民警2,846人，通过基本级执法资格考试2,811人，取得中级执法资格1,204人，取得高级执法资格96人。全市110接处警平均到场时间缩短至8分钟以内。
"""]
RELS = [
    dict(id="r1", kind="change", current=286400, percent=-5.3, q=("28.64万起", "下降5.3%"), pattern="O"),
    dict(id="r2", kind="sum", total=286400, parts=[18200, 43600, 91500, 133100], q=("28.64万起", "13.31万起"),
         pattern="O"),
    dict(id="r3", kind="ratio", numerator=3486, denominator=6127, percent=56.9, q=("刑事立案6,127起", "破案率56.9%"),
         pattern="O"),
    dict(id="r4", kind="ratio", numerator=6127, denominator=3126000, percent=19.6, per=10000,
         q=("常住人口312.6万人", "每万人刑事立案19.6起"), pattern="G"),
    dict(id="r5", kind="change", current=1842, previous=2258, percent=-18.9, q=("诈骗立案1,842起", "下降18.9%"),
         holds=False, pattern="A", why="416/2258 = 18.42%, printed 18.9%"),
    dict(id="r6", kind="ratio", numerator=11953, denominator=12486, percent=95.7, q=("治安案件12,486起", "查处率95.7%"),
         pattern="O"),
    dict(id="r7", kind="sum", total=13797, parts=[3214, 8127, 2046, 412], q=("警告3,214人", "合计13,797人"),
         holds=False, pattern="F", why="3214 + 8127 + 2046 + 412 = 13799, printed 13,797"),
    dict(id="r8", kind="ratio", numerator=338, denominator=346, percent=97.7, q=("执法问题346个", "整改率97.7%"), pattern="O"),
    dict(id="r9", kind="sum", total=87, parts=[61, 9, 5, 12], q=("行政复议87件", "终止12件"), pattern="F"),
    dict(id="r10", kind="sum", total=14, parts=[9, 5], q=("纠错14件", "确认违法5件）"), pattern="H"),
    dict(id="r11", kind="ratio", numerator=14, denominator=87, percent=16.1, q=("行政复议87件", "纠错率16.1%"), pattern="C"),
    dict(id="r12", kind="bound", smaller=2811, larger=2846, q=("在编民警2,846人", "考试2,811人"), pattern="E"),
    dict(id="r13", kind="bound", smaller=1204, larger=2811, q=("考试2,811人", "中级执法资格1,204人"), pattern="E"),
    dict(id="r14", kind="bound", smaller=96, larger=1204, q=("中级执法资格1,204人", "高级执法资格96人"), pattern="E"),
]
NC = [
    ("审核刑事案件4,126起、行政案件13,652起", "reviews, not a base of 346 problems"),
    ("110", "phone number"),
    ("8分钟以内", "a target"),
]
