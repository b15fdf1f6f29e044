from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u21 import take

rep = Report("lincheng-zhujian-xxgk-2024", "docx", "林城市住房和城乡建设局", 2025, dest="enc",
             kind="林城市住房和城乡建设局2024年政府信息公开工作年度报告 (2025)",
             shape=".docx with the national application table as a Word table, prose restating it with carry-in and carry-out, 办结率 over 需办理, outcomes as a list without 其中, shares of named bases, a planted 法人 count, 复议 and 诉讼 with 其中")
data = {"new": [86, 12, 0, 1, 3, 2], "old": [7, 1, 0, 0, 0, 0],
        "gk": [30, 4, 0, 0, 1, 1], "bf": [11, 2, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0], "n6": [3, 0, 0, 0, 0, 0],
        "n8": [1, 0, 0, 0, 0, 0], "w1": [25, 3, 0, 1, 1, 1], "w2": [4, 0, 0, 0, 0, 0], "w3": [2, 0, 0, 0, 0, 0],
        "c1": [5, 1, 0, 0, 0, 0], "c2": [3, 0, 0, 0, 0, 0], "o1": [2, 0, 0, 0, 1, 0], "o3": [1, 0, 0, 0, 0, 0],
        "fwd": [4, 3, 0, 0, 0, 0]}
tab, trels, rows = gk_table(data, "tsv")
rep.docx_blocks = [[ln.split("\t") for ln in tab.split("\n")]]
fy, frels = fy_table([3, 1, 0, 1], [1, 0, 0, 1], [0, 0, 0, 0], "txt")
rep.text = f"""
林城市住房和城乡建设局2024年政府信息公开工作年度报告
一、总体情况
2024年，市住建局共收到政府信息公开申请104件（2023年为120件），同比下降13.3%。连同上年结转的8件，全年需办理112件，已办结105件，办结率93.8%，另有7件结转至2025年继续办理。
自然人申请86件，法人或其他组织申请19件。涉及房屋征收与补偿的申请41件，占新收申请的39.4%，仍是申请最集中的领域。
在办结的申请中，予以公开36件、部分公开13件、不予公开6件、无法提供37件、不予处理9件、其他处理4件。无法提供的37件中，本机关不掌握相关政府信息的31件，占83.8%。
二、收到和处理政府信息公开申请情况
@@TABLE 0
三、政府信息公开行政复议、行政诉讼情况
{fy}
因政府信息公开被申请行政复议5件，其中维持3件、纠正1件、尚未审结1件；被提起行政诉讼2件，维持1件，尚未审结1件。
四、存在的主要问题及改进情况
全市42个在建保障性住房项目的信息公开专栏更新频次不一。2025年将按季度通报。
"""
t = rep.text.replace("@@TABLE 0", tab)
p = span(t, "共收到政府信息公开申请104件", "继续办理")
p3 = span(t, "在办结的申请中", "占83.8%")
rep.add(
    C(104, -13.3, span(t, "共收到政府信息公开申请104件", "同比下降13.3%"), "A", prev=120),
    S(112, [104, 8], p, "O"),
    R(105, 112, 93.8, p, "C"),
    S(112, [105, 7], p, "H"),
    S(104, [86, 19], span(t, "共收到政府信息公开申请104件", "法人或其他组织申请19件"), "F",
      bad="86 + 19 = 105, 新收 104 (法人 printed 19, the table gives 18)"),
    R(41, 104, 39.4, span(t, "共收到政府信息公开申请104件", "占新收申请的39.4%"), "C"),
    S(105, [36, 13, 6, 37, 9, 4], span(t, "已办结105件", "其他处理4件"), "F"),
    R(31, 37, 83.8, p3, "O"),
    E([31, 31], span(t, "本机关不掌握相关政府信息的31件", rows["w1"]), "H"),
    E([7, 7], span(t, "另有7件结转", rows["fwd"]), "H"),
    S(5, [3, 1, 1], span(t, "被申请行政复议5件", "尚未审结1件"), "O"),
    S(2, [1, 1], span(t, "被提起行政诉讼2件", "尚未审结1件。"), "F"),
)
take(rep, trels, frels)
rep.never("已办结105件", "办结 105 > 新收 104: carry-in 8")
rep.never("全市42个在建保障性住房项目", "projects, no relation")
rep.never("维持3件、纠正1件、尚未审结1件；被提起行政诉讼2件，维持1件", "two proceedings in one sentence: 维持 of 复议 and of 诉讼 are not parts of one total")
