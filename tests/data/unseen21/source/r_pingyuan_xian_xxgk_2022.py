from common import E, R, Report, S, span
from tables import fy_table, gk_table
from u21 import take

rep = Report("pingyuan-xian-xxgk-2022", "txt", "平原县人民政府办公室", 2023, enc="utf-16", dest="enc",
             kind="平原县人民政府2022年政府信息公开工作年度报告 (2023)",
             shape="UTF-16 .txt with BOM; space-aligned national table where 办结 equals 新收 by chance (carry-in 10, carry-out 10), a planted 信访举报投诉 cell, prose with 共 over two outcomes and a share, 复议/诉讼 row restated with 其中 and in brackets")
data = {"new": [128, 17, 0, 2, 4, 3], "old": [9, 1, 0, 0, 0, 0],
        "gk": [41, 6, 0, 1, 1, 1], "bf": [22, 3, 0, 0, 1, 0], "n2": [1, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0],
        "n5": [2, 0, 0, 0, 0, 0], "n6": [4, 1, 0, 0, 0, 0], "w1": [34, 4, 0, 1, 1, 1], "w2": [5, 0, 0, 0, 0, 0],
        "w3": [3, 0, 0, 0, 0, 0], "c1": [6, 1, 0, 0, 0, 0], "c2": [4, 0, 0, 0, 0, 0], "c4": [1, 0, 0, 0, 0, 0],
        "o1": [2, 0, 0, 0, 1, 0], "o3": [1, 1, 0, 0, 0, 1], "fwd": [8, 2, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("c1", 0): 5})
fy, frels = fy_table([4, 2, 0, 1], [2, 1, 0, 2], [1, 0, 0, 0], "txt")
rep.text = f"""
平原县人民政府2022年政府信息公开工作年度报告

一、总体情况

2022年，县政府（含县政府办公室）全年新收政府信息公开申请154件，上年结转10件；办结154件，结转下年度10件。办结件中，予以公开50件、部分公开26件，共76件，占49.4%；无法提供49件，其中本机关不掌握相关政府信息41件，占83.7%。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

全年因政府信息公开被申请行政复议7件，其中维持4件、纠正2件、尚未审结1件；被提起行政诉讼6件（直接起诉5件，复议后起诉1件）。

四、存在的主要问题及改进情况

部分乡镇答复期限把握不准。2023年将组织全县18个乡镇和43个县直部门开展业务培训。
"""
t = rep.text
p = span(t, "全年新收政府信息公开申请154件", "占83.7%")
rep.add(
    S(76, [50, 26], p, "O"),
    R(76, 154, 49.4, p, "C"),
    R(41, 49, 83.7, p, "O"),
    E([154, 154], span(t, "办结154件", rows["tot"]), "H"),
    E([10, 10], span(t, "结转下年度10件", rows["fwd"]), "H"),
    E([41, 41], span(t, "本机关不掌握相关政府信息41件", rows["w1"]), "H"),
    S(7, [4, 2, 1], span(t, "被申请行政复议7件", "尚未审结1件"), "O"),
    S(6, [5, 1], span(t, "被提起行政诉讼6件", "复议后起诉1件"), "O"),
    E([7, 7], span(t, fy.split(chr(10))[-1], "被申请行政复议7件"), "H"),
)
take(rep, trels, frels)
rep.never("新收政府信息公开申请154件，上年结转10件；办结154件，结转下年度10件", "办结 154 equals 新收 154 by chance: carry-in 10 and carry-out 10")
rep.never("全县18个乡镇和43个县直部门", "units")
