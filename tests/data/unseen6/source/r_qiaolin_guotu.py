"""峤林县国土资源局 2018 依法行政工作报告: txt, half-width digits, 亩."""

NAME = "qiaolin-guotu-2018"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""峤林县国土资源局2018年依法行政工作报告

一、土地执法监察
2018年，全局立案查处土地违法案件58件，涉及土地面积386.4亩，其中耕地142.7亩，占36.9%；结案52件，结案率89.7%；收缴罚款236.5万元，没收建筑物1.26万平方米。

二、土地卫片执法检查
省厅下发我县2018年度卫片图斑412个，经逐一实地核查，合法图斑263个、违法图斑87个、其他图斑62个。对78个违法图斑全部下达整改通知书，截至年底已整改到位81个，整改率93.1%。

全年受理建设用地审批申请146件，办结139件，其中批准132件、不予批准7件。查处非法采矿案件9起，移送公安机关3起。

三、不动产登记
全年办理不动产登记业务24,600件，同比增长7.8%，其中首次登记3,128件、转移登记11,800件、抵押登记6,261件、其他登记3,456件。登记平均办理时间压缩至5个工作日以内。

四、信访和行政复议
全年收到群众信访件64件，按期办结61件，按期办结率95.3%。被申请行政复议4件，复议机关均作出维持决定。
"""]
RELS = [
    dict(id="r1", kind="ratio", numerator=142.7, denominator=386.4, percent=36.9, q=("土地面积386.4亩", "占36.9%"), pattern="O"),
    dict(id="r2", kind="ratio", numerator=52, denominator=58, percent=89.7, q=("土地违法案件58件", "结案率89.7%"), pattern="C"),
    dict(id="r3", kind="sum", total=412, parts=[263, 87, 62], q=("卫片图斑412个", "其他图斑62个"), pattern="F"),
    dict(id="r4", kind="equal", values=[87, 78], q=("违法图斑87个", "对78个违法图斑"), holds=False, pattern="H",
         why="87 restated as 78"),
    dict(id="r5", kind="ratio", numerator=81, denominator=87, percent=93.1, q=("违法图斑87个", "整改率93.1%"), pattern="C"),
    dict(id="r6", kind="change", current=24600, percent=7.8, q=("业务24,600件", "增长7.8%"), pattern="O"),
    dict(id="r7", kind="sum", total=24600, parts=[3128, 11800, 6261, 3456], q=("业务24,600件", "其他登记3,456件"),
         holds=False, pattern="O", why="3128 + 11800 + 6261 + 3456 = 24645, printed 24,600 (6,216 typed 6,261)"),
    dict(id="r8", kind="ratio", numerator=61, denominator=64, percent=95.3, q=("信访件64件", "按期办结率95.3%"), pattern="O"),
]
RELS += [
    dict(id="r9", kind="bound", smaller=139, larger=146, q=("审批申请146件", "办结139件"), pattern="E"),
    dict(id="r10", kind="sum", total=139, parts=[132, 7], q=("办结139件", "不予批准7件"), pattern="O"),
    dict(id="r11", kind="bound", smaller=3, larger=9, q=("非法采矿案件9起", "移送公安机关3起"), pattern="E"),
]
NC = [
    ("没收建筑物1.26万平方米", "an area"),
    ("5个工作日以内", "a target"),
    ("被申请行政复议4件，复议机关均作出维持决定", "outcome in words"),
]
