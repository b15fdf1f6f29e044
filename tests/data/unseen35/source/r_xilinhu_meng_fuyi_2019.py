from common import C, E, R, Report, S, span
from u35 import addt, gr, pc, tgrid

rep = Report("xilinhu-meng-fuyi-2019", "md", "锡林湖盟行政公署司法局", 2020,
             kind="锡林湖盟2019年行政复议工作报告 (2020, 行政复议 年度统计, 内蒙古 盟, old law)",
             shape="Markdown; the old wording (维持、驳回、撤销、变更、确认违法、责令履行、终止、其他); a table of 旗县市（区） with 收案 / 受理 / 审结 / 纠错 / 纠错率 and a 盟本级 row and a 合计 row (T: column sums and the 纠错率 per row; a planted 合计 纠错), prose restating 全盟 (H), 审结 by outcome (F) with 纠错率 (C), 终止 with 和解 (F), 比上年 with the previous printed (A), 盟本级 figures beside 全盟 (a trap), 蒙汉双语 听证 and 旗县 counts as traps")
qx = [("盟本级", 64, 57, 55, 8), ("锡林湖市", 112, 98, 96, 14), ("二连川市", 23, 20, 20, 2), ("阿巴嘎湖旗", 17, 15, 14, 1),
      ("苏尼特左湖旗", 14, 12, 12, 1), ("东乌珠穆沁湖旗", 21, 19, 18, 3), ("正蓝湖旗", 19, 16, 16, 2), ("其他5旗县", 46, 41, 40, 4)]
cs = [sum(x[i] for x in qx) for i in (1, 2, 3, 4)]
rows = [[a, b, c, d, e, pc(e, d)] for a, b, c, d, e in qx] + [["合计", cs[0], cs[1], cs[2], cs[3] + 2, pc(cs[3], cs[2])]]
tab, trels, rowt = tgrid(["复议机关", "收到申请", "受理", "审结", "纠错", "纠错率（%）"], rows, "md", col_sums=(1, 2, 3, 4),
                         rates=((5, 4, 3),))
D, X = cs[2], cs[3]
outc = [141, 33, 21, 2, 7, 5, 52 - 0, 0]
outc[6] = D - sum(outc[:6])
rep.text = f"""# 锡林湖盟2019年行政复议工作报告

锡林湖盟行政公署司法局

2020年2月18日

## 一、基本情况

2019年，全盟各级行政复议机关共收到行政复议申请{cs[0]}件，比上年的289件增长{gr(cs[0], 289)}%；受理{cs[1]}件，审结{D}件。其中盟行政公署（盟本级）收到申请64件，受理57件，审结55件。全盟共有12个旗县市（区）人民政府和盟行政公署作为行政复议机关。

## 二、审结案件情况

全盟审结的{D}件案件中，维持{outc[0]}件，驳回{outc[1]}件，撤销{outc[2]}件，变更{outc[3]}件，确认违法{outc[4]}件，责令履行{outc[5]}件，终止{outc[6]}件。撤销、变更、确认违法、责令履行合计{X}件，全盟行政复议纠错率{pc(X, D)}%。终止的{outc[6]}件中，经和解、调解终止的{outc[6] - 6}件，申请人主动撤回等其他原因终止6件。

## 三、各复议机关办案情况

{tab}

## 四、工作亮点

全盟开展蒙汉双语行政复议听证9次，在苏木镇设立行政复议咨询点46个，全年接待群众咨询1,214人次。

## 五、存在的问题

一是基层行政复议人员不足，部分旗县仅有1名专职复议人员；二是案件审理期限偏长，平均审理天数52天。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(cs[0], float(gr(cs[0], 289)), span(t, f"收到行政复议申请{cs[0]}件", f"增长{gr(cs[0], 289)}%"), "A", prev=289),
    E([cs[0], cs[0]], span(t, f"收到行政复议申请{cs[0]}件", rowt[-1]), "H"),
    E([D, D], span(t, f"审结{D}件", rowt[-1]), "H"),
    S(D, outc[:7], span(t, f"审结的{D}件案件中", f"终止{outc[6]}件"), "F"),
    S(X, [outc[2], outc[3], outc[4], outc[5]], span(t, f"撤销{outc[2]}件", f"合计{X}件"), "F"),
    R(X, D, float(pc(X, D)), span(t, f"审结的{D}件案件中", f"纠错率{pc(X, D)}%"), "C"),
    E([X, X + 2], span(t, f"合计{X}件", rowt[-1]), "H", bad=f"the prose gives 纠错 {X}, the table's 合计 prints {X + 2} (planted)"),
    S(outc[6], [outc[6] - 6, 6], span(t, f"终止的{outc[6]}件中", "其他原因终止6件"), "F"),
    E([64, 64], span(t, "盟本级）收到申请64件", rowt[0]), "H"),
)
rep.never("12个旗县市（区）人民政府和盟行政公署", "bodies")
rep.never("设立行政复议咨询点46个，全年接待群众咨询1,214人次", "places and visits")
rep.never("平均审理天数52天", "an average, no total printed")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 278, '件', '受理278件，审结271件')
rep.metric('reconsideration.closed', 271, '件', '受理278件，审结271件')
rep.metric('reconsideration.corrected', 35, '件', '撤销、变更、确认违法、责令履行合计35件')
rep.metric('reconsideration.corrected_rate', 12.9, '%', '全盟行政复议纠错率12.9%')
