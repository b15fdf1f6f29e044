from common import C, E, R, Report, S, span
from h28 import tab
from tables import gk_table

rep = Report("qiaobei-zhujian-xxgk-2019", "txt", "乔北县住房和城乡建设局", 2020, wrap=34, page_every=12,
             page_style="第 {n} 页",
             kind="乔北县住房和城乡建设局2019年政府信息公开工作年度报告 (2020, first year of the new template)",
             shape="PDF copy wrapped at 34 with 第 n 页 footers; space-aligned national table; previous year in brackets; 主动公开 by kind without 其中 (planted); overlapping topics; 套 and 个次 beside 件")
data = {"new": [58, 12, 0, 1, 3, 0],
        "gk": [19, 4, 0, 1, 1, 0], "bf": [6, 2, 0, 0, 0, 0], "n4": [3, 1, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
        "w1": [15, 3, 0, 0, 2, 0], "w2": [2, 0, 0, 0, 0, 0], "w3": [1, 0, 0, 0, 0, 0],
        "c1": [4, 1, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0], "o1": [2, 0, 0, 0, 0, 0],
        "fwd": [2, 1, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt")
rep.text = f"""
乔北县住房和城乡建设局2019年政府信息公开工作年度报告

本报告依据新修订的《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。

一、总体情况

2019年，我局主动公开信息2,146条。按类别分：工作动态1,203条，通知公告517条，规划计划96条，招投标信息339条。全县在建保障性住房1,260套，相关分配信息均在局网站公示。全年检查在建工地186个次，下发整改通知书47份。

2019年共受理政府信息公开申请74件（2018年为61件），增长21.3%，均在法定期限内答复，按时答复率100%。申请内容中，涉及房屋征收补偿的41件，占55.4%；涉及住房保障的19件。答复结果中，予以公开25件、部分公开8件，合计33件；无法提供23件；不予处理7件。另有3件结转下年度办理。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

2019年我局未发生因政府信息公开引起的行政复议和行政诉讼。

四、存在的主要问题及改进情况

征收补偿类信息公开的主动性还不够。2020年将在局网站增设“征收公示”专栏。

乔北县住房和城乡建设局
2020年1月20日
"""
t = rep.text
p = span(t, "2019年共受理政府信息公开申请74件", "结转下年度办理")
rep.add(
    S(2146, [1203, 517, 96, 339], span(t, "主动公开信息2,146条", "招投标信息339条"), "F",
      bad="1,203 + 517 + 96 + 339 = 2,155, printed 2,146 (工作动态 1,194 typed 1,203)"),
    C(74, 21.3, span(t, "2019年共受理政府信息公开申请74件", "增长21.3%"), "A", prev=61),
    R(41, 74, 55.4, p, "C"),
    S(33, [25, 8], p, "O"),
    E([25, 25], span(t, "予以公开25件", rows["gk"]), "H"),
    E([8, 8], span(t, "部分公开8件", rows["bf"]), "H"),
    E([3, 3], span(t, "另有3件结转下年度办理", rows["fwd"]), "H"),
    E([74, 74], span(t, "2019年共受理政府信息公开申请74件", rows["new"]), "H"),
)
tab(rep, trels)
rep.never("涉及房屋征收补偿的41件，占55.4%；涉及住房保障的19件", "topics: non-exhaustive, 41 + 19 < 74")
rep.never("按时答复率100%", "a rate over the answered applications, not printed as one figure")
rep.never("全县在建保障性住房1,260套", "dwellings, not information items")
rep.never("检查在建工地186个次，下发整改通知书47份", "inspections and notices: no relation")
rep.never("予以公开25件、部分公开8件，合计33件；无法提供23件；不予处理7件", "the outcomes listed skip 不予公开 (6) and 其他处理 (2): they do not add up to 74 and are not meant to")
