"""渭川区司法局 2022 行政应诉工作情况报告: PDF copy, half-width punctuation, wrapped at 36, `第N页`."""

NAME = "weichuan-yingsu-2022"
EXT = "txt"
FMT = {"wrap": 36, "page": 14, "pagestyle": "第{n}页", "halfwidth": True, "header": "渭川区行政应诉工作情况报告"}
CHUNKS = ["""渭川区2022年行政应诉工作情况报告
一、案件基本情况
2022年，全区各级行政机关共发生一审行政诉讼案件186件，比上年增加23件，增长14.1%。从被诉主体看，区政府为被告的62件，区政府部门为被告的97件，街道（镇）为被告的27件。从案件类型看，涉及房屋征收拆迁的58件、行政处罚的41件、政府信息公开的19件，三类案件较为集中。
二、审结情况
全年法院审结一审案件168件（含上年结转），其中判决驳回原告诉讼请求79件、裁定驳回起诉43件、原告撤诉38件、判决行政机关败诉17件，败诉率10.1%。
同期，区政府共收到行政复议申请243件，受理226件，审结214件（含上年结转），其中维持132件、驳回38件、撤销19件、确认违法11件、终止14件。复议后起诉的48件中，法院判决维持复议决定41件。
三、负责人出庭应诉
全年法院开庭审理的案件124件，行政机关负责人出庭应诉124件，出庭应诉率100%。
四、司法建议
全年收到人民法院司法建议书6份，已全部回复6份。2023年力争负责人出庭应诉率保持100%，败诉率控制在8%以内。
"""]
RELS = [
    dict(id="r1", kind="change", current=186, previous=163, percent=14.1, q=("行政诉讼案件186件", "增长14.1%"), pattern="A"),
    dict(id="r2", kind="sum", total=186, parts=[62, 97, 27], q=("行政诉讼案件186件", "被告的27件"), pattern="F"),
    dict(id="r3", kind="bound", smaller=58, larger=186, q=("行政诉讼案件186件", "拆迁的58件"), pattern="D"),
    dict(id="r4", kind="bound", smaller=41, larger=186, q=("行政诉讼案件186件", "行政处罚的41件"), pattern="D"),
    dict(id="r5", kind="bound", smaller=19, larger=186, q=("行政诉讼案件186件", "政府信息公开的19件"), pattern="D"),
    dict(id="r6", kind="sum", total=168, parts=[79, 43, 38, 17], q=("审结一审案件168件", "败诉17件"), holds=False,
         pattern="F", why="79 + 43 + 38 + 17 = 177, printed 168 (34 typed 43)"),
    dict(id="r7", kind="ratio", numerator=17, denominator=168, percent=10.1, q=("审结一审案件168件", "败诉率10.1%"),
         pattern="C"),
    dict(id="r8", kind="ratio", numerator=124, denominator=124, percent=100, q=("审理的案件124件", "出庭应诉率100%"),
         pattern="H"),
    dict(id="r9", kind="equal", values=[6, 6], q=("司法建议书6份", "回复6份"), pattern="H"),
]
RELS += [
    dict(id="r10", kind="bound", smaller=226, larger=243, q=("行政复议申请243件", "受理226件"), pattern="E"),
    dict(id="r11", kind="sum", total=214, parts=[132, 38, 19, 11, 14], q=("审结214件", "终止14件"), pattern="O"),
    dict(id="r12", kind="bound", smaller=41, larger=48, q=("复议后起诉的48件中", "维持复议决定41件"), pattern="E"),
]
NC = [
    ("出庭应诉率保持100%，败诉率控制在8%以内", "targets"),
    ("三类案件较为集中", "a count of categories"),
]
