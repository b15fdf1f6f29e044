from fill import block
from common import C, E, R, Report, S, span
from u38 import addt, chg, pc, tgrid

rep = Report("qinhuangchuan-xian-fuyi-2024", "txt", "秦皇川市昌黎湾县司法局", 2025, enc="utf-16", dest="enc",
             kind="昌黎湾县2024年行政复议工作情况通报 (2025, 行政复议 年度统计, 河北 县, UTF-16)",
             shape="UTF-16 txt with BOM; a space-aligned table of 被申请人 with 受理 / 审结 / 纠错 / 纠错率 and a 合计 row (T: column sums and the rate per row; a planted 纠错 of 县公安局), prose: 收到 = 受理 + 不予受理 + 告知 (F), 同比 with the previous printed (A), 受理 by 层级 (F), 纠错率 (C) with its fall in 个百分点 over the printed (O), 调解 (F, C), restating the 合计 (H); 电话 as traps")
units = [("县公安局", 21, 19, 2), ("县自然资源和规划局", 14, 13, 3), ("县人力资源和社会保障局", 9, 9, 1), ("县市场监督管理局", 7, 6, 1),
         ("县住房和城乡建设局", 6, 6, 2), ("各乡镇人民政府", 8, 7, 1), ("其他县直部门", 5, 5, 0)]
rows = [[u, str(a), str(b), str(c), pc(c, b)] for u, a, b, c in units]
A, B_, C_ = (sum(x[i] for x in units) for i in (1, 2, 3))
rows.append(["合计", str(A), str(B_), str(C_), pc(C_, B_)])
rows[0][3] = "3"
tab, trels, rowt = tgrid(["被申请人", "受理", "审结", "纠错", "纠错率（%）"], rows, "txt", col_sums=(1, 2, 3), rates=((4, 3, 2),),
                         note="the printed 纠错 3 of 县公安局 (true 2) breaks its rate and the column (planted)")
prev = 61
cr = pc(C_, B_)
prev_cr = 17.2
dd = round(float(cr) - prev_cr, 1)
town = 8
rep.text = f"""昌黎湾县2024年行政复议工作情况通报

各乡镇人民政府，县政府各部门：

2024年，县人民政府行政复议机构认真贯彻实施新修订的《中华人民共和国行政复议法》，现将全年行政复议工作情况通报如下。

一、基本情况

全年共收到行政复议申请{A + 7}件，受理{A}件，不予受理4件，告知向其他机关申请3件。受理案件较上年的{prev}件{'增加' if prev <= A else '减少'}{abs(chg(A, prev))}%。受理案件中，以县政府部门为被申请人的{A - town}件，以乡镇人民政府为被申请人的{town}件。

全年审结{B_}件，其中依法纠错{C_}件，纠错率{cr}%，比上年的{prev_cr}%下降{abs(dd)}个百分点；通过调解和解结案14件，其中调解9件、和解5件，占审结案件的{pc(14, B_)}%。

二、分单位情况

{tab}

三、主要做法

{block(rep.name, 8, "县政府")}

四、工作要求

各单位要认真分析被纠错案件原因。行政复议咨询电话：0335-7125568。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(A + 7, [A, 4, 3], span(t, f"行政复议申请{A + 7}件", "申请3件"), "F"),
    C(A, chg(A, prev), span(t, f"受理{A}件", f"{abs(chg(A, prev))}%"), "A", prev=prev),
    S(A, [A - town, town], span(t, f"受理{A}件", f"被申请人的{town}件"), "F"),
    R(C_, B_, float(cr), span(t, f"审结{B_}件", f"纠错率{cr}%"), "C"),
    S(float(cr), [prev_cr, dd], span(t, f"纠错率{cr}%", "个百分点"), "O"),
    S(14, [9, 5], span(t, "结案14件", "和解5件"), "F"),
    R(14, B_, float(pc(14, B_)), span(t, f"审结{B_}件", f"{pc(14, B_)}%"), "C"),
    E([A, A], span(t, f"受理{A}件", rowt[-1]), "H"),
    E([B_, B_], span(t, f"审结{B_}件", rowt[-1]), "H"),
    E([C_, C_], span(t, f"纠错{C_}件", rowt[-1]), "H"),
)
rep.metric("reconsideration.count", A + 7, "件", f"收到行政复议申请{A + 7}件")
rep.metric("reconsideration.accepted", A, "件", f"受理{A}件")
rep.metric("reconsideration.closed", B_, "件", f"审结{B_}件")
rep.metric("reconsideration.corrected", C_, "件", f"纠错{C_}件")
rep.metric("reconsideration.corrected_rate", float(cr), "%", f"纠错率{cr}%")
rep.never("0335-7125568", "a telephone number")
