"""澄湖市生态环境局澜江分局 2024 法治政府建设年度报告: Markdown, bold figures, heading over bullets."""

NAME = "lanjiang-sthj-2024"
EXT = "md"
FMT: dict = {}
CHUNKS = ["""# 澄湖市生态环境局澜江分局2024年法治政府建设年度报告

## 一、严格生态环境执法

- 全年出动执法人员**7,428人次**，检查企业**2,865家次**，其中重点排污单位**612家次**，占21.4%。
- 立案查处环境违法案件**143件**，作出行政处罚决定**131份**，同比分别下降8.3%和6.9%；罚没款**1026.7万元**。
- 以检查家次计，每千家次检查立案49.9件。
- 办理适用《环境保护法》配套办法案件共计**47件**，其中按日连续处罚3件、查封扣押25件、限产停产6件、移送行政拘留9件、移送涉嫌环境污染犯罪4件。

### 按违法类型分

- 超标排放：38件，罚款412.5万元
- 未批先建：21件，罚款186.3万元
- 危险废物：29件，罚款240.8万元
- 自动监控：17件，罚款98.6万元
- 其他：38件，罚款124.5万元

## 二、妥善处理信访投诉

- 全年受理环境信访投诉**3,184件**，较去年下降11.8%。按污染类型分，大气污染1,326件、噪声污染1,108件、水污染412件、固废及其他338件，大气污染占比最高，达41.6%。
- 办结**3,171件**，办结率99.6%。
- 电话回访1,240件，群众表示满意的1,198件，满意率96.6%。

## 三、优化审批服务

- 核发排污许可证86张，对412家企业实施登记管理。
- 审批建设项目环评文件**57个**，其中报告书9个、报告表48个；涉及总投资**86.4亿元**，其中环保投资3.12亿元，占3.6%。
- 2025年计划将环评审批时限压缩至法定时限的50%。
"""]
RELS = [
    dict(id="r1", kind="ratio", numerator=612, denominator=2865, percent=21.4, q=("**2,865家次**", "占21.4%"), pattern="O"),
    dict(id="r2", kind="change", current=143, percent=-8.3, q=("**143件**", "8.3%"), pattern="B"),
    dict(id="r3", kind="change", current=131, percent=-6.9, q=("**131份**", "6.9%"), holds=False, pattern="B",
         why="131 from 140 is -6.43%, from 141 -7.09%: no whole previous gives 6.9"),
    dict(id="r4", kind="bound", smaller=131, larger=143, q=("违法案件**143件**", "**131份**"), pattern="E"),
    dict(id="r5", kind="ratio", numerator=143, denominator=2865, percent=49.9, per=1000, q=("**2,865家次**", "立案49.9件"),
         pattern="G"),
    dict(id="r6", kind="sum", total=47, parts=[3, 25, 6, 9, 4], q=("共计**47件**", "环境污染犯罪4件"), pattern="O"),
    dict(id="r7", kind="sum", total=143, parts=[38, 21, 29, 17, 38], q=("违法案件**143件**", "其他：38件"), pattern="F"),
    dict(id="r8", kind="sum", total=1026.7, parts=[412.5, 186.3, 240.8, 98.6, 124.5], q=("**1026.7万元**", "罚款124.5万元"),
         holds=False, pattern="F", why="412.5 + 186.3 + 240.8 + 98.6 + 124.5 = 1062.7, printed 1026.7 (危险废物 204.8 typed 240.8)"),
    dict(id="r9", kind="change", current=3184, percent=-11.8, q=("**3,184件**", "下降11.8%"), pattern="O"),
    dict(id="r10", kind="sum", total=3184, parts=[1326, 1108, 412, 338], q=("**3,184件**", "固废及其他338件"), pattern="F"),
    dict(id="r11", kind="ratio", numerator=1326, denominator=3184, percent=41.6, q=("**3,184件**", "达41.6%"), pattern="C"),
    dict(id="r12", kind="ratio", numerator=3171, denominator=3184, percent=99.6, q=("**3,184件**", "办结率99.6%"), pattern="C"),
    dict(id="r13", kind="ratio", numerator=1198, denominator=1240, percent=96.6, q=("电话回访1,240件", "满意率96.6%"), pattern="O"),
    dict(id="r14", kind="bound", smaller=1240, larger=3171, q=("办结**3,171件**", "电话回访1,240件"), pattern="E"),
    dict(id="r15", kind="sum", total=57, parts=[9, 48], q=("**57个**", "报告表48个"), pattern="O"),
    dict(id="r16", kind="ratio", numerator=3.12, denominator=86.4, percent=3.6, q=("**86.4亿元**", "占3.6%"), pattern="O"),
]
NC = [
    ("执法人员**7,428人次**", "attendances of staff, not a base of the checks"),
    ("核发排污许可证86张，对412家企业实施登记管理", "permits and firms, two measures"),
    ("法定时限的50%", "a plan"),
]
