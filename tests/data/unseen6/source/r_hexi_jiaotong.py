"""禾溪县交通运输局 2021 法治政府建设: PDF copy wrapped at 30, page numbers, running header."""

NAME = "hexi-jiaotong-2021"
EXT = "txt"
FMT = {"wrap": 30, "page": 24, "pagestyle": "第 {n} 页", "header": "禾溪县交通运输局2021年度法治政府建设情况报告"}
CHUNKS = ["""禾溪县交通运输局2021年度法治政府建设情况报告
一、行政执法基本情况
2021年，全县交通运输系统共检查各类运输车辆4.26万辆次，查处违法行为1,318起，较上年减少142起，下降9.7%；罚款金额共计386.4万元，已作出行政处罚决定1,296起，其余22起正在办理中。平均每千辆次检查查处违法行为30.9起。
从执法门类看，道路运政案件846起、罚款195.2万元；水路运政案件37起、罚款12.6万元；公路路政案件129起、罚款48.3万元；治超案件306起、罚款130.3万元。
全年在4个固定治超站检测货车2.15万辆次，查处超限超载车辆306辆次，超限率1.42%，卸载货物3,216吨。
二、行政审批服务
全年受理行政许可申请2,684件，办结2,684件，其中网上办理2,127件，占79.2%。承诺办结时限平均压缩至法定时限的40%以内。
三、行政复议和行政诉讼
全年收到行政复议申请9件，受理8件，审结8件，维持6件、确认违法1件、撤销2件。被提起行政诉讼5件，比上年减少3件，下降37.5%。
四、交通运输安全生产
全县发生道路运输事故12起、死亡9人、受伤15人，同比分别下降20.0%、10.0%和25.0%。
五、执法队伍建设
全局共有执法人员94人，其中持证84人，持证率89.4%。全年参加县级以上法治培训186人次。
"""]
RELS = [
    dict(id="r1", kind="change", current=1318, previous=1460, percent=-9.7, q=("查处违法行为1,318起", "下降9.7%"), pattern="A"),
    dict(id="r2", kind="sum", total=1318, parts=[1296, 22], q=("查处违法行为1,318起", "其余22起"), pattern="F"),
    dict(id="r3", kind="ratio", numerator=1318, denominator=42600, percent=30.9, per=1000,
         q=("运输车辆4.26万辆次", "违法行为30.9起"), pattern="G"),
    dict(id="r4", kind="sum", total=1318, parts=[846, 37, 129, 306], q=("查处违法行为1,318起", "治超案件306起"),
         pattern="F"),
    dict(id="r5", kind="sum", total=386.4, parts=[195.2, 12.6, 48.3, 130.3], q=("罚款金额共计386.4万元", "罚款130.3万元"),
         pattern="F"),
    dict(id="r6", kind="ratio", numerator=306, denominator=21500, percent=1.42, q=("检测货车2.15万辆次", "超限率1.42%"),
         pattern="O"),
    dict(id="r7", kind="equal", values=[2684, 2684], q=("受理行政许可申请2,684件", "办结2,684件"), pattern="H"),
    dict(id="r8", kind="ratio", numerator=2127, denominator=2684, percent=79.2, q=("办结2,684件", "占79.2%"), pattern="O"),
    dict(id="r9", kind="bound", smaller=8, larger=9, q=("收到行政复议申请9件", "受理8件"), pattern="E"),
    dict(id="r10", kind="sum", total=8, parts=[6, 1, 2], q=("审结8件", "撤销2件"), holds=False, pattern="F",
         why="6 + 1 + 2 = 9, printed 审结8件"),
    dict(id="r11", kind="change", current=5, previous=8, percent=-37.5, q=("行政诉讼5件", "下降37.5%"), pattern="A"),
    dict(id="r12", kind="change", current=12, percent=-20.0, q=("事故12起", "20.0%"), pattern="B"),
    dict(id="r13", kind="change", current=9, percent=-10.0, q=("死亡9人", "10.0%"), pattern="B"),
    dict(id="r14", kind="change", current=15, percent=-25.0, q=("受伤15人", "25.0%"), pattern="B"),
    dict(id="r15", kind="ratio", numerator=84, denominator=94, percent=89.4, q=("执法人员94人", "持证率89.4%"), pattern="O"),
]
NC = [
    ("4个固定治超站", "count of stations"),
    ("卸载货物3,216吨", "tonnage"),
    ("法定时限的40%以内", "a target bound, no base printed"),
    ("法治培训186人次", "attendances, no base"),
]
