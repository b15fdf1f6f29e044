from common import E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("zigonghe-sthj-2024", "txt", "自贡河市生态环境局大安湾分局", 2025,
             kind="自贡河市生态环境局大安湾分局2024年法治政府建设情况报告 (2025, 法治政府建设, 四川 区级分局)",
             shape="txt copied from a web page; 处罚 kinds first with 合计 and 较上年的 (A), 罚没款 '分别为' (F), 环境 信访 by 类别 (F) with 办结率 (C), 法制审核 (F, E), 复议 (F, C, O), 培训 (F, C) with 持证率 (C), 环评 审批 share (C), restatement (H); 监测 浓度 as traps")
d = Doc(rep, {}, we="分局")
d.p("自贡河市生态环境局大安湾分局2024年法治政府建设情况报告")
d.p("2024年，大安湾分局坚持用最严格制度最严密法治保护生态环境，全区PM2.5年均浓度为36.4微克/立方米，同比下降4.2%，国省控断面水质优良率100%。")
d.p("一、生态环境执法")
secs.penalty(d, 1, [("罚款", 58), ("责令改正", 19), ("查封扣押", 6), ("限产停产", 2)], 336.9, 12.4, prev=77)
d.p("全年受理环境信访投诉612件，其中大气污染287件、噪声污染196件、水污染74件、固体废物及其他55件，已办结604件，办结率" + pc(604, 612) + "%。")
d.r(S(612, [287, 196, 74, 55], None, "F"), "环境信访投诉612件", "其他55件")
d.r(R(604, 612, float(pc(604, 612)), None, "C"), "环境信访投诉612件", pc(604, 612) + "%")
d.m("complaints.received", 612, "件", "受理环境信访投诉612件")
d.m("complaints.resolved", 604, "件", "已办结604件")
secs.review(d, 0, dec=0, major=21, ok=19, hearing=2)
d.p("二、优化环评审批服务")
d.p("全年审批建设项目环境影响评价文件94件，其中报告书12件、报告表82件；实行告知承诺制审批的31件，占" + pc(31, 94) + "%。")
d.r(S(94, [12, 82], None, "F"), "评价文件94件", "报告表82件")
d.r(R(31, 94, float(pc(31, 94)), None, "C"), "评价文件94件", pc(31, 94) + "%")
d.m("licenses.approved", 94, "件", "审批建设项目环境影响评价文件94件")
d.p("三、行政复议")
secs.fuyi_bureau(d, 0, "分局", keep=3, reject=1, stop=1, revoke=0, unlawful=1, pend=0, prev_n=4, prev_rate=25.0)
d.p("四、执法队伍建设")
secs.training(d, 0, "分局", 6, 2, 198, 41, 41, staff=True, units=[("分局机关", 9), ("生态环境保护综合行政执法大队", 24)], cert=31)
d.p("五、下一步工作")
d.p(f"2025年，分局将延续“送法入企”活动，在全年{d.s('pen.total')}件处罚案件基础上开展典型案例警示教育，推动执法与普法同向发力。")
rep.text = d.text()
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"合计{d.s('pen.total')}件", f"全年{d.s('pen.total')}件处罚案件"), "H"))
rep.never("PM2.5年均浓度为36.4微克/立方米，同比下降4.2%", "a concentration, last year's not printed")
rep.never("水质优良率100%", "a rate over unprinted sections")
