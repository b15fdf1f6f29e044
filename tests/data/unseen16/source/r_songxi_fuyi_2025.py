from common import C, E, R, Report, S, span
from tables import grid

rep = Report("songxi-fuyi-2025", "md", "嵩溪市人民政府行政复议办公室", 2026,
             kind="嵩溪市2025年行政复议工作情况通报 (2026)",
             shape="Markdown, 收到 = 受理 + 不予受理 + 告知 with a change and previous value, 审结 incl. 结转, a table by 被申请人 with 新收/审结/维持/驳回/撤销/变更/确认违法/调解和解/终止 and a 合计 row (a planted cell) plus 纠错率 column (a planted rate), prose = table (a planted equality), 调解和解 overlapping 终止, 听证 and 实地调查 counts")
hdr = ["被申请人", "新收", "审结", "维持", "驳回", "纠错", "调解和解", "其他终止", "纠错率（%）"]
data = [["市公安局", "64", "61", "38", "6", "7", "8", "2", "11.5"],
        ["市自然资源和规划局", "29", "31", "14", "3", "6", "6", "2", "19.4"],
        ["市市场监督管理局", "22", "20", "13", "2", "3", "3", "1", "15.0"],
        ["市人力资源和社会保障局", "18", "17", "9", "2", "2", "3", "1", "11.8"],
        ["各县（区）人民政府", "41", "39", "17", "4", "9", "7", "2", "21.3"],
        ["其他市直部门", "26", "24", "15", "2", "2", "4", "1", "8.3"],
        ["合计", "200", "192", "104", "19", "29", "31", "9", "15.1"]]
tab, rt = grid(hdr, data, "md")
rep.text = f"""
# 嵩溪市2025年行政复议工作情况通报

各县（区）人民政府，市政府各部门：

## 一、收案情况

2025年，市政府共收到行政复议申请236件，比上年（187件）增长26.2%。经审查，受理200件，不予受理14件，告知向有权机关申请22件，受理率84.7%。

## 二、审结情况

全年审结192件（含2024年结转案件），其中维持104件，驳回19件，纠错29件（撤销17件、变更3件、确认违法6件、责令履行3件），调解和解31件，其他原因终止9件，综合纠错率15.1%。调解和解案件中，申请人撤回申请后终止审理的26件。全年组织听证9次，实地调查28次。

## 三、分被申请人情况

{tab}

## 四、工作要求

……
"""
t = rep.text
rows = span(t, rt[0], rt[6])
p1 = span(t, "收到行政复议申请236件", "受理率84.7%")
p2 = span(t, "全年审结192件", "综合纠错率15.1%")
rep.add(
    C(236, 26.2, p1, "A", prev=187),
    S(236, [200, 14, 22], p1),
    R(200, 236, 84.7, p1),
    S(192, [104, 19, 29, 31, 9], p2),
    S(29, [17, 3, 6, 3], p2),
    R(29, 192, 15.1, p2, "C"),
)
for i, r in enumerate(data[:6]):
    n = [int(x) for x in r[2:8]]
    rep.add(S(n[0], n[1:], rt[i], "T", bad=None if sum(n[1:]) == n[0] else f"{' + '.join(map(str, n[1:]))} = {sum(n[1:])}, 审结 printed {n[0]}"))
rep.add(
    R(7, 61, 11.5, rt[0], "T"),
    R(6, 31, 19.4, rt[1], "T"),
    R(3, 20, 15.0, rt[2], "T"),
    R(2, 17, 11.8, rt[3], "T"),
    R(9, 39, 21.3, rt[4], "T", bad="9 / 39 = 23.1%, printed 21.3"),
    R(2, 24, 8.3, rt[5], "T"),
    R(29, 192, 15.1, rt[6], "T"),
)
cols = ["新收", "审结", "维持", "驳回", "纠错", "调解和解", "其他终止"]
for j, name in enumerate(cols):
    parts = [int(r[1 + j]) for r in data[:6]]
    tot = int(data[6][1 + j])
    rep.add(S(tot, parts, rows, "T", bad=None if sum(parts) == tot else f"the {name} column adds up to {sum(parts)}, 合计 printed {tot}"))
rep.add(
    E([200, 200], span(t, "受理200件", rt[6]), "H"),
    E([192, 192], span(t, "全年审结192件", rt[6]), "H"),
)
rep.never("调解和解案件中，申请人撤回申请后终止审理的26件", "a subset of 调解和解 that overlaps 终止: not a separate outcome")
rep.never("全年组织听证9次，实地调查28次", "counts of acts, not cases; 9 equal to 其他终止 by chance")
rep.never("| 市自然资源和规划局 | 29 | 31 |", "审结 above 新收: cases carried in")
