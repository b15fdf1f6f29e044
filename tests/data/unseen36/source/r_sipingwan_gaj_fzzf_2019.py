from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("sipingwan-gaj-fzzf-2019", "txt", "四平湾市公安局", 2020, enc="gbk", dest="enc",
             kind="四平湾市公安局2019年法治政府建设工作报告 (2020, 法治政府建设, 吉林 市级 公安, GBK)",
             shape="GBK .txt (no wrapping); 刑事 立案 较上年 with the previous printed (A), 破案率 (C), 治安 查处率 (C), a space-aligned table of 分局 with 受理 / 查处 / 查处率 and a 合计 row (T: column sums and the rate per row; a planted 查处 cell), prose restating (H), 法制审核 = 刑事 + 行政 (F), 复议 outcomes (F) and 纠错率 (C), 应诉 败诉率 over 审结 (C); 拘留 人数, 过错 人数, 每万人 发案 as traps")
fj = [("铁西湾分局", 2318, 2214), ("铁东湾分局", 2106, 2003), ("双辽川分局", 1412, 1337), ("梨树川分局", 1587, 1509), ("伊通川分局", 1219, 1152)]
cs = [sum(x[1] for x in fj), sum(x[2] for x in fj)]
rows = [[a, n(b), n(c), pc(c, b)] for a, b, c in fj] + [["合计", n(cs[0]), n(cs[1]), pc(cs[1], cs[0])]]
rows[3][2] = n(1590)
tab, trels, rowt = tgrid(["单位", "受理治安案件（起）", "查处（起）", "查处率（%）"], rows, "txt", col_sums=(1, 2), rates=((3, 2, 1),))
SL, CC = cs
rep.text = f"""四平湾市公安局2019年法治政府建设工作报告

　　2019年，市公安局以习近平新时代中国特色社会主义思想为指导，深化执法规范化建设，全面推进法治公安建设。现将有关情况报告如下。

　　一、依法打击违法犯罪

　　全年共立刑事案件{n(3126)}起，较上年的{n(3592)}起下降{gr(3126, 3592)}%；破获刑事案件{n(1987)}起，破案率{pc(1987, 3126)}%。全市每万人刑事案件发案率为9.6起。

　　全年受理治安案件{n(SL)}起，查处{n(CC)}起，查处率{pc(CC, SL)}%，行政拘留{n(1246)}人。各分局情况如下：

{tab}

　　二、强化执法监督

　　全面落实重大执法决定法制审核制度，全年法制部门审核各类案件{n(4318)}件，其中刑事案件{n(1236)}件、行政案件{n(3082)}件。开展执法质量考评，追究执法过错责任7人。

　　三、行政复议和行政诉讼

　　全年市公安局作为复议机关受理行政复议案件42件，维持31件、撤销6件、确认违法2件、终止3件，撤销和确认违法合计纠错8件，纠错率{pc(8, 42)}%。全年发生以公安机关为被告的行政诉讼案件28件，审结24件，败诉3件，败诉率{pc(3, 24)}%。

　　四、2020年工作打算

　　全面推进执法办案管理中心建设，实现“一站式”办案全覆盖。

　　　　　　　　　　　　　　　　　四平湾市公安局
　　　　　　　　　　　　　　　　　2020年1月20日
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(3126, -float(gr(3126, 3592)), span(t, "刑事案件3,126起", f"下降{gr(3126, 3592)}%"), "A", prev=3592),
    R(1987, 3126, float(pc(1987, 3126)), span(t, "刑事案件3,126起", f"破案率{pc(1987, 3126)}%"), "C"),
    R(CC, SL, float(pc(CC, SL)), span(t, f"治安案件{n(SL)}起", f"查处率{pc(CC, SL)}%"), "C"),
    E([SL, SL], span(t, f"治安案件{n(SL)}起", rowt[-1]), "H"),
    E([CC, CC], span(t, f"查处{n(CC)}起", rowt[-1]), "H"),
    S(4318, [1236, 3082], span(t, "各类案件4,318件", "行政案件3,082件"), "F"),
    S(42, [31, 6, 2, 3], span(t, "行政复议案件42件", "终止3件"), "F"),
    S(8, [6, 2], span(t, "撤销6件", "纠错8件"), "F"),
    R(8, 42, float(pc(8, 42)), span(t, "行政复议案件42件", f"纠错率{pc(8, 42)}%"), "C"),
    R(3, 24, float(pc(3, 24)), span(t, "审结24件", f"败诉率{pc(3, 24)}%"), "C"),
)
rep.never("行政拘留1,246人", "persons beside cases")
rep.never("每万人刑事案件发案率为9.6起", "over an unprinted population")
rep.never("追究执法过错责任7人", "persons")
