from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, shares, tgrid

rep = Report("tianchuan-shi-fuyi-2020", "txt", "天川市人民政府行政复议委员会办公室", 2021,
             kind="天川市2020年度行政复议和行政应诉工作情况通报 (2021, 行政复议 年度统计, 天津 市级, old law)",
             shape="txt copied from a web page; the old 《行政复议法》 wording (维持、驳回、撤销、变更、确认违法、责令履行、终止); 收到 = 受理 + 不予受理 + 告知 (F), 审结 by outcome with 分别 (B), 纠错率 (C, planted), 终止 中 调解和解 (F), 比上年 下降 (A), a space-aligned table of 案件 by 领域 with 件数 / 占比 and a 合计 row (T: the column sum and the share per row), prose restating (H), 被申请人 市政府部门 + 区政府 (F), 应诉 一审 败诉率 and 复议后起诉 share (C), 听证 and 实地调查 as traps")
fields = [("公安", 386), ("自然资源和规划", 214), ("住房和城乡建设", 168), ("市场监管", 127), ("人力资源和社会保障", 96),
          ("生态环境", 58), ("其他", 173)]
A = sum(v for _, v in fields)
rows = [[k, v, pc(v, A)] for k, v in fields] + [["合计", A, "100.0"]]
tab, trels, rowt = tgrid(["案件领域", "受理件数", "占比（%）"], rows, "txt", col_sums=(1,))
trels += shares(rows, rowt, 1, 2, -1)
out = [712, 168, 61, 9, 23, 4, 96]
D = sum(out)
fix = 61 + 9 + 23 + 4
rep.text = f"""天川市2020年度行政复议和行政应诉工作情况通报

　　各区人民政府，市政府各委、局：

　　2020年，全市各级行政复议机关认真贯彻《中华人民共和国行政复议法》及其实施条例，依法办理行政复议案件，现将市级行政复议和行政应诉工作情况通报如下。

　　一、行政复议案件办理情况

　　（一）收案情况。2020年，市政府共收到行政复议申请{n(A + 131 + 58)}件，比2019年的{n(1508)}件下降{gr(A + 131 + 58, 1508)}%。其中依法受理{n(A)}件，不予受理131件，告知申请人向其他机关申请58件。受理案件中，以市政府部门为被申请人的{n(A - 402)}件，以区人民政府为被申请人的402件。

　　受理案件按领域分布如下：

{tab}

　　（二）审结情况。全年审结行政复议案件{n(D)}件（含上年结转案件），其中维持、驳回复议申请、撤销、变更、确认违法、责令履行、终止分别为712件、168件、61件、9件、23件、4件、96件。终止的96件中，经调解和解后申请人撤回申请终止的71件，其他原因终止25件。撤销、变更、确认违法和责令履行的案件合计{fix}件，直接纠错率为8.9%。

　　全年共召开行政复议听证会36次，实地调查案件52件。

　　二、行政应诉情况

　　2020年，市政府作为被告的一审行政诉讼案件审结{n(684)}件，败诉19件，败诉率{pc(19, 684)}%。其中经复议后起诉的{n(247)}件，占{pc(247, 684)}%。

　　三、存在的问题

　　一是部分区政府和市级部门在政府信息公开、征收补偿领域被纠错较多；二是部分被申请人不按期提交答复和证据材料。

　　天川市人民政府行政复议委员会办公室
　　2021年3月5日
"""
t = rep.text
addt(rep, trels)
recv = A + 131 + 58
rep.add(
    S(recv, [A, 131, 58], span(t, f"收到行政复议申请{n(recv)}件", "向其他机关申请58件"), "F"),
    C(recv, -float(gr(recv, 1508)), span(t, f"收到行政复议申请{n(recv)}件", f"下降{gr(recv, 1508)}%"), "A", prev=1508),
    S(A, [A - 402, 402], span(t, f"依法受理{n(A)}件", "被申请人的402件"), "F"),
    E([A, A], span(t, f"依法受理{n(A)}件", rowt[-1]), "H"),
    S(D, out, span(t, f"审结行政复议案件{n(D)}件", "4件、96件"), "B"),
    S(96, [71, 25], span(t, "终止的96件", "其他原因终止25件"), "F"),
    S(fix, [61, 9, 23, 4], span(t, "712件、168件、61件", f"合计{fix}件"), "F"),
    R(fix, D, 8.9, span(t, f"审结行政复议案件{n(D)}件", "直接纠错率为8.9%"), "C", bad=f"{fix} / {n(D)} = {pc(fix, D)}%, printed 8.9% (planted)"),
    R(19, 684, float(pc(19, 684)), span(t, "审结684件", f"败诉率{pc(19, 684)}%"), "C"),
    R(247, 684, float(pc(247, 684)), span(t, "审结684件", f"占{pc(247, 684)}%"), "C"),
)
rep.never("召开行政复议听证会36次，实地调查案件52件", "meetings and inquiries, not parts")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 1222, '件', '其中依法受理1,222件')
rep.metric('reconsideration.closed', 1073, '件', '全年审结行政复议案件1,073件')
rep.metric('reconsideration.corrected', 97, '件', '撤销、变更、确认违法和责令履行的案件合计97件')
rep.metric('reconsideration.corrected_rate', 8.9, '%', '直接纠错率为8.9%')
rep.metric('hearings.count', 36, '次', '全年共召开行政复议听证会36次')
rep.metric('litigation.lost', 19, '件', '败诉19件')
rep.metric('litigation.lost_rate', 2.8, '%', '败诉率2.8%')
