from common import C, E, R, Report, S, span
from u36 import addt, gr, pc, tgrid

rep = Report("nayongwan-fuyi-2019", "md", "纳雍湾县司法局", 2020,
             kind="纳雍湾县2019年度行政复议和行政应诉案件统计分析 (2020, 行政复议 年度统计, 贵州 县, old law)",
             shape="Markdown; the old law's wording (维持、撤销、确认违法、责令履行、终止); a table of 被申请人 with 受理 / 维持 / 撤销 / 确认违法 / 责令履行 / 终止 / 未审结 and a 合计 row (T: 受理 = outcomes + 未审结 per row, column sums; a planted 维持 cell), prose restating (H), 'X件中' 审结 by outcome (F), 纠错率 over 审结 (C), 较上年 with the previous printed (A), 应诉: 一审 审结 败诉率 (C), 出庭率 (C); 乡镇 counts, 咨询 人次 as traps")
bz = [("县人民政府", 9, 6, 1, 0, 0, 1, 1), ("县自然资源局", 14, 8, 2, 1, 1, 1, 1), ("县公安局", 11, 9, 1, 0, 0, 1, 0),
      ("县人力资源社会保障局", 7, 5, 0, 1, 0, 1, 0), ("乡（镇）人民政府", 16, 9, 3, 1, 1, 2, 0), ("其他县直部门", 12, 8, 1, 0, 1, 1, 1)]
cs = [sum(x[i] for x in bz) for i in range(1, 8)]
rows = [list(x) for x in bz] + [["合计", *cs]]
rows[4][2] = 10
tab, trels, rowt = tgrid(["被申请人", "受理", "维持", "撤销", "确认违法", "责令履行", "终止", "未审结"], rows, "md",
                         col_sums=(1, 2, 3, 4, 5, 6, 7), row_sums=((1, [2, 3, 4, 5, 6, 7]),))
SL = cs[0]
SJ = SL - cs[6]
JC = cs[2] + cs[3] + cs[4]
rep.text = f"""# 纳雍湾县2019年度行政复议和行政应诉案件统计分析

纳雍湾县司法局　2020年1月16日

## 一、行政复议案件情况

2019年，县人民政府（县司法局）共收到行政复议申请76件，依法受理{SL}件，较上年的52件增长{gr(SL, 52)}%，不予受理7件，告知向其他机关申请{76 - SL - 7}件。

受理的{SL}件案件中，已审结{SJ}件，尚未审结{cs[6]}件。审结的{SJ}件中，维持{cs[1]}件，撤销{cs[2]}件，确认违法{cs[3]}件，责令履行{cs[4]}件，终止{cs[5]}件。撤销、确认违法和责令履行合计{JC}件，纠错率{pc(JC, SJ)}%。

## 二、分被申请人情况

{tab}

## 三、行政应诉情况

全县行政机关2019年一审审结行政诉讼案件23件，败诉2件，败诉率{pc(2, 23)}%；开庭审理21件，行政机关负责人出庭应诉17件，出庭率{pc(17, 21)}%。

## 四、其他

全县17个乡（镇）均设立了行政复议咨询点，全年接待咨询群众348人次。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(76, [SL, 7, 76 - SL - 7], span(t, "行政复议申请76件", f"申请{76 - SL - 7}件"), "F"),
    C(SL, float(gr(SL, 52)), span(t, f"依法受理{SL}件", f"增长{gr(SL, 52)}%"), "A", prev=52),
    S(SL, [SJ, cs[6]], span(t, f"受理的{SL}件案件中", f"尚未审结{cs[6]}件"), "F"),
    S(SJ, cs[1:6], span(t, f"审结的{SJ}件中", f"终止{cs[5]}件"), "F"),
    S(JC, cs[2:5], span(t, f"撤销{cs[2]}件", f"合计{JC}件"), "F"),
    R(JC, SJ, float(pc(JC, SJ)), span(t, f"审结的{SJ}件中", f"纠错率{pc(JC, SJ)}%"), "C"),
    E([SL, SL], span(t, f"依法受理{SL}件", rowt[-1]), "H"),
    R(2, 23, float(pc(2, 23)), span(t, "审结行政诉讼案件23件", f"败诉率{pc(2, 23)}%"), "C"),
    R(17, 21, float(pc(17, 21)), span(t, "开庭审理21件", f"出庭率{pc(17, 21)}%"), "C"),
)
rep.never("17个乡（镇）均设立了行政复议咨询点，全年接待咨询群众348人次", "places and visits")
