from common import C, E, R, Report, S, span
from u36 import addt, gr, pc, tgrid

rep = Report("changjiwan-zhou-fuyi-2024", "md", "昌吉湾回族自治州司法局", 2025,
             kind="昌吉湾回族自治州2024年行政复议工作报告 (2025, 行政复议 年度统计, 新疆 州, 2024 law)",
             shape="Markdown; a table of 县（市） and 州本级 with 收到申请 / 受理 / 审结 / 纠错 / 调解和解 and a 全州合计 row (T: five column sums; a planted 受理 cell of 阜康湾市), prose restating (H), 收到 较上年 with the previous printed (A), 受理 share of 收到 (C), 审结 = 普通 + 简易 (F), 审结 by outcome in the 2024 law's wording (F), 纠错 = 变更 + 撤销 + 确认违法 + 责令履行 (F) with 纠错率 (C), 调解和解率 (C); 州本级 beside 全州, 双语 翻译, 基层 服务点 as traps")
qx = [("州本级", 186, 162, 151, 21, 18), ("昌吉湾市", 214, 189, 176, 19, 27), ("阜康湾市", 97, 86, 81, 8, 12), ("呼图川县", 73, 64, 60, 5, 9),
      ("玛纳川县", 58, 51, 48, 4, 7), ("吉木萨川县", 44, 39, 37, 3, 6), ("其他2县", 61, 53, 50, 4, 8)]
cs = [sum(x[i] for x in qx) for i in range(1, 6)]
rows = [list(x) for x in qx] + [["全州合计", *cs]]
rows[2][2] = 68
tab, trels, rowt = tgrid(["复议机关", "收到申请", "受理", "审结", "纠错", "调解和解"], rows, "md", col_sums=(1, 2, 3, 4, 5))
SD, SL, SJ, JC, TJ = cs
jc = [3, 38, 17, 6]
assert sum(jc) == JC
wc, bh = 289, 67
zz = SJ - wc - bh - JC - TJ
rep.text = f"""# 昌吉湾回族自治州2024年行政复议工作报告

昌吉湾回族自治州司法局　2025年1月24日

新修订的《中华人民共和国行政复议法》于2024年1月1日起施行。全州各级行政复议机关认真贯彻新法，行政复议化解行政争议主渠道作用进一步彰显。

## 一、总体情况

2024年，全州各级行政复议机关共收到行政复议申请{SD}件，较上年的{573}件增长{gr(SD, 573)}%；受理{SL}件，占收到申请的{pc(SL, SD)}%。全年审结{SJ}件，其中适用普通程序{SJ - 131}件、简易程序131件。

## 二、审理结果

审结的{SJ}件中，维持{wc}件，驳回复议请求{bh}件，变更{jc[0]}件，撤销{jc[1]}件，确认违法{jc[2]}件，责令履行{jc[3]}件，经调解、和解后终止{TJ}件，其他原因终止{zz}件。变更、撤销、确认违法、责令履行共计纠错{JC}件，纠错率{pc(JC, SJ)}%；调解和解率{pc(TJ, SJ)}%。

## 三、各复议机关办案情况

{tab}

其中州本级收到申请186件，占全州的{pc(186, SD)}%。

## 四、便民举措

在全州设立基层行政复议服务点94个，为少数民族申请人提供双语翻译服务56人次。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(SD, float(gr(SD, 573)), span(t, f"行政复议申请{SD}件", f"增长{gr(SD, 573)}%"), "A", prev=573),
    R(SL, SD, float(pc(SL, SD)), span(t, f"行政复议申请{SD}件", f"占收到申请的{pc(SL, SD)}%"), "C"),
    S(SJ, [SJ - 131, 131], span(t, f"全年审结{SJ}件", "简易程序131件"), "F"),
    S(SJ, [wc, bh, *jc, TJ, zz], span(t, f"审结的{SJ}件中", f"其他原因终止{zz}件"), "F"),
    S(JC, jc, span(t, f"变更{jc[0]}件", f"纠错{JC}件"), "F"),
    R(JC, SJ, float(pc(JC, SJ)), span(t, f"审结的{SJ}件中", f"纠错率{pc(JC, SJ)}%"), "C"),
    R(TJ, SJ, float(pc(TJ, SJ)), span(t, f"审结的{SJ}件中", f"调解和解率{pc(TJ, SJ)}%"), "C"),
    E([SD, SD], span(t, f"行政复议申请{SD}件", rowt[-1]), "H"),
    E([SL, SL], span(t, f"受理{SL}件", rowt[-1]), "H"),
    R(186, SD, float(pc(186, SD)), span(t, rowt[-1], f"占全州的{pc(186, SD)}%"), "C"),
)
rep.never("服务点94个，为少数民族申请人提供双语翻译服务56人次", "places and persons")
