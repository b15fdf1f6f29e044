"""沣湖区市场监督管理局 2019 法治政府建设情况报告: txt, full-width, indented."""

NAME = "fenghu-scjg-2019"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""沣湖区市场监督管理局2019年法治政府建设情况报告

　　2019年，区市场监管局在区委、区政府的领导下，认真贯彻落实《法治政府建设实施纲要（2015—2020年）》，现将有关情况报告如下。

　　一、健全依法决策机制
　　全年共制定行政规范性文件4件，均经合法性审核和集体讨论决定。审核重大行政决策事项6项、合同协议31份，出具法律审核意见38份，未发生因决策违法被纠错的情况。

　　二、严格规范公正文明执法
　　全年共立案查处各类违法案件486件，结案452件，罚没款合计1326.58万元。按案件类型分：食品安全类183件、药品医疗器械类42件、特种设备类27件、价格类38件、商标和广告类61件、无照经营及其他类135件。立案案件中，涉及网络交易的64件，涉及农村市场的112件。适用简易程序案件139件，占立案总数的28.9%。罚没款中，没收违法所得263.41万元，罚款1063.17万元。
　　全年作出行政处罚听证告知书23份，当事人申请听证9件，均依法组织听证。移送公安机关涉嫌犯罪案件7件，公安机关已立案5件。

　　三、畅通消费维权渠道
　　全年通过12315平台及来电来信共受理消费者投诉举报8,742件，同比增长14.6%，其中投诉6,915件，举报1,827件；办结8,695件，办结率99.5%。为消费者挽回经济损失412.6万元，比上年增加58.3万元，增长16.5%。2020年将力争投诉按时办结率达到99.8%以上。

　　四、深化“双随机、一公开”监管
　　全年开展“双随机、一公开”抽查任务32批次，抽查市场主体1,964户，发现问题217户，已责令整改217户，整改率100%。联合区税务、人社等8个部门开展跨部门联合抽查11次。

　　五、化解行政争议
　　全年发生行政复议案件11件，其中维持8件、撤销1件、终止2件；行政诉讼案件6件，一审判决胜诉4件，原告撤诉2件。

　　六、加强执法队伍建设
　　全局现有在编人员156人，其中持有行政执法证件的148人，占94.9%。组织执法人员培训12期、参训1,086人次。

　　沣湖区市场监督管理局
　　2020年1月15日
"""]
RELS = [
    dict(id="r1", kind="sum", total=38, parts=[6, 31], q=("审核重大行政决策事项6项", "法律审核意见38份"), holds=False,
         pattern="H", why="6 + 31 = 37, printed 38"),
    dict(id="r2", kind="bound", smaller=452, larger=486, q=("立案查处各类违法案件486件", "结案452件"), pattern="E"),
    dict(id="r3", kind="sum", total=486, parts=[183, 42, 27, 38, 61, 135],
         q=("违法案件486件", "其他类135件"), pattern="F"),
    dict(id="r4", kind="ratio", numerator=139, denominator=486, percent=28.9,
         q=("违法案件486件", "占立案总数的28.9%"), holds=False, pattern="C", why="139/486 = 28.60%"),
    dict(id="r5", kind="sum", total=1326.58, parts=[263.41, 1063.17], q=("罚没款合计1326.58万元", "罚款1063.17万元"),
         pattern="F"),
    dict(id="r6", kind="bound", smaller=9, larger=23, q=("听证告知书23份", "申请听证9件"), pattern="E"),
    dict(id="r7", kind="bound", smaller=5, larger=7, q=("涉嫌犯罪案件7件", "已立案5件"), pattern="E"),
    dict(id="r8", kind="change", current=8742, percent=14.6, q=("投诉举报8,742件", "同比增长14.6%"), pattern="O"),
    dict(id="r9", kind="sum", total=8742, parts=[6915, 1827], q=("投诉举报8,742件", "举报1,827件"), pattern="O"),
    dict(id="r10", kind="ratio", numerator=8695, denominator=8742, percent=99.5, q=("投诉举报8,742件", "办结率99.5%"),
         pattern="O"),
    dict(id="r11", kind="change", current=412.6, previous=354.3, percent=16.5, q=("挽回经济损失412.6万元", "增长16.5%"),
         pattern="A"),
    dict(id="r12", kind="bound", smaller=217, larger=1964, q=("抽查市场主体1,964户", "发现问题217户"), pattern="E"),
    dict(id="r13", kind="ratio", numerator=217, denominator=217, percent=100, q=("发现问题217户", "整改率100%"), pattern="H"),
    dict(id="r14", kind="sum", total=11, parts=[8, 1, 2], q=("行政复议案件11件", "终止2件"), pattern="O"),
    dict(id="r15", kind="sum", total=6, parts=[4, 2], q=("行政诉讼案件6件", "原告撤诉2件"), pattern="F"),
    dict(id="r16", kind="ratio", numerator=148, denominator=156, percent=94.9, q=("在编人员156人", "占94.9%"), pattern="O"),
]
RELS += [
    dict(id="r17", kind="bound", smaller=64, larger=486, q=("违法案件486件", "网络交易的64件"), pattern="D"),
    dict(id="r18", kind="bound", smaller=112, larger=486, q=("违法案件486件", "农村市场的112件"), pattern="D"),
]
NC = [
    ("全年共制定行政规范性文件4件，均经合法性审核", "均经 states an outcome in words; no second figure"),
    ("12315", "hotline number"),
    ("达到99.8%以上", "a target"),
    ("抽查任务32批次", "batches, not 户"),
    ("8个部门开展跨部门联合抽查11次", "count of departments and of joint checks"),
    ("培训12期、参训1,086人次", "sessions and attendances, different measures"),
]
