from common import E, Report, span
from u38 import Doc, addt, pc, shares, share_sum, tgrid, tsv_rows
import secs

rep = Report("huzhouwan-scjgj-2025", "docx", "湖州湾市吴兴川区市场监督管理局", 2026, dest="enc",
             kind="吴兴川区市场监督管理局2025年法治政府建设情况报告 (2026, 法治政府建设, 浙江 区级部门, .docx)",
             shape=".docx; a Word table of 处罚 by 执法领域 with 案件数 / 占比 / 罚没款（万元） and a 合计 row (T: column sums, the share per row and the share column's sum; a planted 罚没款 of 食品安全), prose: 处罚 kinds first and 合计 after (F) with 较上年的 (A), 罚没款 '分别为' (F) restated in the table (H), 首违不罚 (E), 双随机 (C), 复议 outcomes with 纠错率 and its change (F, C, O), 应诉 (F, C), 培训 (F, C); 经营主体 counts as traps")
d = Doc(rep, {})
d.p("吴兴川区市场监督管理局2025年法治政府建设情况报告")
d.p("2025年，吴兴川区市场监督管理局坚持以习近平法治思想为指导，全面落实法治政府建设各项任务，全区经营主体总量达到14.8万户。")
d.p("一、执法办案情况")
secs.penalty(d, 1, [("警告", 208), ("罚款", 573), ("没收违法所得", 61), ("责令停产停业", 6)], 684.27, 95.13, prev=902)
fields = [("食品安全", 296, 214.36), ("产品质量", 127, 168.52), ("价格和反不正当竞争", 84, 121.07), ("广告和网络交易", 163, 96.48),
          ("特种设备", 58, 52.40), ("其他", 120, 126.57)]
N = sum(x[1] for x in fields)
M = round(sum(x[2] for x in fields), 2)
rows = [[f, str(a), pc(a, N), f"{m:.2f}"] for f, a, m in fields] + [["合计", str(N), "100.0", f"{M:.2f}"]]
rows[0][3] = "241.36"
tab, trels, rowt = tgrid(["执法领域", "案件数（件）", "占比（%）", "罚没款（万元）"], rows, "tsv", col_sums=(1, 3),
                         note="the printed 罚没款 241.36 of 食品安全 (true 214.36) breaks the column (planted)")
trels += [*shares(rows, rowt, 1, 2, -1), share_sum(rows, rowt, 2)]
rep.docx_blocks.append(tsv_rows(tab))
d.p("分执法领域看，各领域案件情况如下表：")
d.p("@@TABLE 0")
d.p("全区对首次轻微违法行为依法不予处罚93件，均未计入上表案件数。")
d.m("penalties.first_offense_exempted", 93, "起", "依法不予处罚93件")
secs.random_checks(d, tasks=88, joint=24, firms=2046, found=157)
d.p("二、行政复议和行政应诉情况")
secs.fuyi_bureau(d, 0, "本局", keep=8, reject=4, stop=3, revoke=1, unlawful=1, pend=2, prev_n=16, prev_rate=13.3)
secs.yingsu(d, 0, "本局", first=9, second=4, win=8, lose=1, wd=2, pend=2, should=7, came=7)
d.p("三、执法能力建设")
secs.training(d, 0, "全局", 15, 6, 1085, 203, 199)
d.p("四、2026年工作思路")
d.p("深入推进“大综合一体化”行政执法改革，力争执法案卷优秀率达到85%以上。")
rep.text = d.text()
addt(rep, trels)
ref = rep.text.replace("@@TABLE 0", tab)
rep.add(E([N, N], span(ref, f"合计{N}件", rowt[-1]), "H"),
        E([d.f("pen.amt"), M], span(ref, f"共计罚没款{d.s('pen.amt')}", rowt[-1]), "H"))
rep.never("经营主体总量达到14.8万户", "a count of firms")
rep.never("优秀率达到85%以上", "a target")
