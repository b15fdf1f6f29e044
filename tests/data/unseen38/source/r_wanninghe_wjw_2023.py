from common import B, E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("wanninghe-wjw-2023", "html", "万宁河市卫生健康委员会", 2024,
             kind="万宁河市卫生健康委员会2023年法治政府建设情况报告 (2024, 法治政府建设, 海南 县级市部门)",
             shape="HTML paragraphs; 监督检查 by 专业 (F) with 合格率 (C), 处罚 by kind after 其中 (F), 罚没款 (F) with 同比 (O), 双随机 rates (C), 投诉举报 办结 (C, E), 培训 (F, C) and 持证率 (C), 普法 share (C) and 资料 (F), a closing restatement (H); 床位 and 医疗机构 counts as traps")
d = Doc(rep, {}, we="我委", typo={"tr.s1": 6}, note="the printed 法治专题培训 6期 (true 5) breaks the sum of 期 (planted)")
d.p("<h1>万宁河市卫生健康委员会2023年法治政府建设情况报告</h1>")
d.p("2023年，市卫生健康委坚持以习近平法治思想为指导，全面落实法治政府建设各项任务，依法履行卫生健康监督管理职责。全市现有各级各类医疗卫生机构"
    "312家，编制床位2,140张。")
d.p("<b>一、依法开展卫生健康监督执法</b>")
d.p("全年开展监督检查4,826户次，其中公共场所1,932户次、医疗机构1,117户次、学校卫生415户次、生活饮用水286户次、职业卫生及放射卫生1,076户次；"
    "检查合格4,571户次，合格率94.7%。")
d.r(S(4826, [1932, 1117, 415, 286, 1076], None, "F"), "监督检查4,826户次", "放射卫生1,076户次")
d.r(R(4571, 4826, float(pc(4571, 4826)), None, "C"), "监督检查4,826户次", "合格率94.7%")
secs.penalty(d, 0, [("警告", 58), ("罚款", 163), ("没收违法所得", 7), ("暂停执业活动", 2)], 87.35, 5.92, prev_amt=101.8)
secs.random_checks(d, tasks=18, joint=4, firms=562, found=41)
d.p("受理群众投诉举报226件，已办结221件，办结率97.8%，其中经查属实并立案处罚的39件。")
d.r(R(221, 226, 97.8, None, "C"), "投诉举报226件", "办结率97.8%")
d.r(B(39, 221, None, "E"), "已办结221件", "立案处罚的39件")
d.m("complaints.received", 226, "件", "受理群众投诉举报226件")
d.m("complaints.resolved", 221, "件", "已办结221件")
d.p("<b>二、加强法治队伍建设</b>")
secs.training(d, 0, "委系统", 13, 5, 1260, 97, 93, staff=True, units=[("委机关", 12), ("卫生健康监督所", 38)], cert=47)
d.p("<b>三、深化法治宣传教育</b>")
secs.pufa(d, 0, events=64, week=11, leaflets=31000, books=2500, people="5.2万")
d.p("<b>四、存在的不足</b>")
d.p(f"一是卫生监督员数量不足，每万人口卫生监督员仅0.9人；二是执法信息化水平不高。全年{d.s('pen.total')}件行政处罚案件的案卷评查中，优秀案卷占比不足三成。")
rep.text = "<html><body>\n" + "\n".join(p if p.startswith("<h1") else f"<p>{p}</p>" for p in d.parts) + "\n</body></html>"
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"作出行政处罚决定{d.s('pen.total')}件", f"全年{d.s('pen.total')}件行政处罚案件"), "H"))
rep.never("医疗卫生机构312家，编制床位2,140张", "counts of places and beds")
rep.never("每万人口卫生监督员仅0.9人", "a rate over an unprinted population")
rep.never("优秀案卷占比不足三成", "a rough share")
