from common import B, C, R, Report, S, span
from u32 import addt, gr, n, pc, tgrid

rep = Report("tengjiang-12345-2023m10", "txt", "滕江区12345热线工作办公室", 2023,
             kind="滕江区12345热线2023年10月工单办理情况月报 (2023, 12345 月报, 江西 district)",
             shape="txt copied from a web page (no wrapping); 环比 with 9月 printed (A), 同比 (O), 受理 = 派单 + 即时 (F), a space-aligned table of 街道 with 派单/按期办结/按期办结率 and a 合计 row (T: column sums and the rate per row; a planted 城北 按期 cell), 领域 top-3 with 分别 and shares (B), 满意率 (a trap)")
u = [("东湖街道", 1286, 1262), ("滨江街道", 1524, 1487), ("南浦街道", 968, 951), ("城北街道", 1106, 1079), ("区直部门", 1330, 1318), ("合计", 6214, 6097)]
rows = [[k, n(x), n(y), pc(y, x)] for k, x, y in u]
rows[3][2] = "1,097"
tab, trels, rowt = tgrid(["承办单位", "派单（件）", "按期办结（件）", "按期办结率（%）"], rows, "txt", col_sums=(1, 2), rates=((3, 2, 1),))
for r in trels:
    if r.get("note"):
        r["note"] = "城北 按期办结 1,079 printed 1,097 (digits swapped): the column and the row's rate break"
rep.text = f"""滕江区12345热线2023年10月工单办理情况月报

　　一、总体情况

　　10月份，区12345热线共受理诉求9,846件，环比下降{gr(9846, 10512)}%（9月10,512件），同比上升{gr(9846, 9541)}%。其中派单转办6,214件，即时办结3,632件。回访满意率95.6%。

　　二、各承办单位办理情况

{tab}

　　全区按期办结率{pc(6097, 6214)}%，高于全市97.5%的平均水平。

　　三、热点问题

　　本月诉求量居前三位的是物业管理、噪声扰民和道路交通，分别为1,168件、826件和714件，分别占受理总量的{pc(1168, 9846)}%、{pc(826, 9846)}%和{pc(714, 9846)}%。

　　四、下步要求

　　按期办结率低于98%的单位，要对超期工单逐件分析原因。
"""
t = rep.text
addt(rep, trels)
anc = span(t, "共受理诉求9,846件", "和" + pc(714, 9846) + "%")
rep.add(
    C(9846, -float(gr(9846, 10512)), span(t, "共受理诉求9,846件", "9月10,512件"), "A", prev=10512),
    B(97.5, float(pc(6097, 6214)), span(t, "全区按期办结率", "全市97.5%的平均水平"), "E"),
    C(9846, float(gr(9846, 9541)), span(t, "共受理诉求9,846件", "同比上升" + gr(9846, 9541) + "%")),
    S(9846, [6214, 3632], span(t, "共受理诉求9,846件", "即时办结3,632件"), "F"),
    R(1168, 9846, float(pc(1168, 9846)), anc, "B"),
    R(826, 9846, float(pc(826, 9846)), anc, "B"),
    R(714, 9846, float(pc(714, 9846)), anc, "B"),
)
rep.never("回访满意率95.6%", "a rate over 回访 not printed")
rep.never("按期办结率低于98%的单位", "a threshold, not a bound on one figure")
