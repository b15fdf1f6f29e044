from common import B, C, E, R, Report, S, span
from u34 import addt, gr, pc, tgrid

rep = Report("wenchuan-xzfy-2019", "txt", "成都市温川区人民政府", 2020,
             kind="温川区人民政府2019年度行政复议工作统计情况 (2020, 行政复议 统计, 四川 区)",
             shape="txt copied from a web page; a space-aligned table of 复议 by 被申请人 with 受理 / 审结 / 维持 / 纠错 / 其他 (T: row sums 审结 = 维持 + 纠错 + 其他, column sums; a planted 维持 cell), prose restating (H), 较上年 with the delta for 件 and 个百分点 (A), 申请人 with 人次/家 (F), 分别 (B), 听证 (E)")
body = [["区公安分局", 64, 61, 47, 8, 6], ["区人力资源和社会保障局", 31, 29, 21, 5, 3], ["区市场监督管理局", 22, 22, 16, 4, 2], ["区住房和城乡建设局", 18, 17, 10, 5, 2], ["各街道办事处", 27, 25, 14, 7, 4], ["其他部门", 19, 19, 13, 3, 3]]
rows = [list(r) for r in body]
rows.append(["合计"] + [sum(r[c] for r in body) for c in range(1, 6)])
rows[0][3] = 49  # planted: 区公安分局 维持 47 typed 49
tab, trels, rt = tgrid(["被申请人", "受理（件）", "审结（件）", "维持（件）", "纠错（件）", "其他（件）"], rows, "txt",
                       col_sums=(1, 2, 3, 4, 5), row_sums=((2, [3, 4, 5]),),
                       note="区公安分局 维持 47 printed 49: its row (审结 61) and the 维持 column break")
tot = rows[-1]
t = f"""温川区人民政府2019年度行政复议工作统计情况

发布时间：2020-01-21　　信息来源：区司法局

　　2019年，区政府行政复议机构依法办理行政复议案件，现将有关统计情况公布如下。

　　一、收案情况
　　全年共收到行政复议申请203件，依法受理{tot[1]}件，较上年增加23件，增长{gr(tot[1], tot[1] - 23)}%；不予受理{203 - tot[1]}件。申请人中，自然人163人次，法人或者其他组织{203 - 163}家。

　　二、审结情况
　　全年审结{tot[2]}件，其中维持{tot[3]}件、纠错{tot[4]}件、其他（驳回、终止）{tot[5]}件，纠错率{pc(tot[4], tot[2])}%，较上年提高2.3个百分点（上年为{pc(tot[4], tot[2]) and f"{float(pc(tot[4], tot[2])) - 2.3:.1f}"}%）。分被申请人情况如下：

{tab}

　　纠错案件中，分别为撤销19件、变更2件、确认违法8件、责令履行3件。全年召开听证会4次，涉及案件6件。

　　三、下一步工作
　　2020年，区政府将加强行政复议规范化建设，推进行政复议决定书网上公开。
"""
rep.text = t
addt(rep, trels)
J = tot[2]
rep.add(
    C(tot[1], float(gr(tot[1], tot[1] - 23)), span(t, f"依法受理{tot[1]}件", f"增长{gr(tot[1], tot[1] - 23)}%"), "A", prev=tot[1] - 23),
    S(203, [tot[1], 203 - tot[1]], span(t, "收到行政复议申请203件", f"不予受理{203 - tot[1]}件"), "F"),
    S(203, [163, 40], span(t, "收到行政复议申请203件", "法人或者其他组织40家"), "F"),
    E([tot[1], tot[1]], span(t, f"依法受理{tot[1]}件", rt[-1]), "H"),
    E([J, J], span(t, f"全年审结{J}件", rt[-1]), "H"),
    S(J, [tot[3], tot[4], tot[5]], span(t, f"全年审结{J}件", f"驳回、终止）{tot[5]}件"), "F"),
    E([tot[3], tot[3]], span(t, f"维持{tot[3]}件", rt[-1]), "H"),
    R(tot[4], J, float(pc(tot[4], J)), span(t, f"全年审结{J}件", f"纠错率{pc(tot[4], J)}%"), "O"),
    S(float(pc(tot[4], J)), [float(f"{float(pc(tot[4], J)) - 2.3:.1f}"), 2.3], span(t, f"纠错率{pc(tot[4], J)}%", "%）"), "O"),
    S(tot[4], [19, 2, 8, 3], span(t, rt[-1], "责令履行3件"), "B"),
    B(4, 6, span(t, "听证会4次", "涉及案件6件"), "E"),
)
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 181, '件', '依法受理181件')
rep.metric('reconsideration.closed', 173, '件', '全年审结173件')
rep.metric('reconsideration.corrected', 32, '件', '纠错32件')
rep.metric('reconsideration.corrected_rate', 18.5, '%', '纠错率18.5%')
rep.metric('hearings.count', 4, '次', '全年召开听证会4次')
