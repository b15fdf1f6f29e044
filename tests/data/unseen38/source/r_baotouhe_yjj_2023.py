from common import Report, R, span
from u38 import Doc, pc
import secs

rep = Report("baotouhe-yjj-2023", "txt", "包头河市青山湾区应急管理局", 2024, wrap=34, page_every=16,
             header="青山湾区应急管理局2023年法治政府建设情况报告", page_style="— {n} —",
             kind="青山湾区应急管理局2023年法治政府建设情况报告 (2024, 法治政府建设, 内蒙古 区级部门)",
             shape="PDF copy wrapped at 34 with — n — footers and a running header; 检查 隐患 整改率 (C) with 重大隐患 ≤ (E), 处罚 with 上年 in brackets (A), 简易 + 普通 (F) with a share (C), kinds after 按处罚种类分 (F), 罚没款 with parts in brackets (F), 法制审核 (F) and 听证 (E), 培训 and 持证率 (F, C), 应急演练 share (C), 普法 (F, C); 演练 人次 and 电话 as traps")
d = Doc(rep, {}, typo={"hz.x": 3824}, note="the printed 已整改 3,824项 (true 3,842) breaks the 整改率 (planted)")
d.p("青山湾区应急管理局2023年法治政府建设情况报告")
d.p("2023年，区应急管理局在区委、区政府和市应急管理局的正确领导下，以习近平法治思想为指导，紧紧围绕安全生产、防灾减灾救灾和应急救援"
    "主责主业，扎实推进法治政府建设各项任务。现将有关情况报告如下：")
d.p("一、强化安全生产执法检查")
secs.hazards(d, units=1264, found=3917, fixed=3842, major=12, major_fixed=11)
secs.penalty(d, 2, [("罚款", 118), ("警告", 41), ("责令停产停业整顿", 6)], 197.9, 3.6, prev=139, simple=37,
             head="执法处罚方面，")
d.p("二、推进严格规范公正文明执法")
secs.review(d, 0, dec=0, major=15, ok=13, hearing=2)
d.p("全面落实行政执法“三项制度”，执法记录仪配备率达到100%，全年执法全过程记录案件172件。")
d.p("三、加强应急演练和执法队伍建设")
d.p("全区组织各类应急演练236场次，其中综合演练42场次，占全部演练的" + pc(42, 236) + "%，参演人员1.8万人次。")
rep.add(R(42, 236, float(pc(42, 236)), span(d.last, "应急演练236场次", pc(42, 236) + "%"), "C"))
d.m("drills.count", 236, "次", "应急演练236场次")
secs.training(d, 0, "全局", 9, 3, 426, 64, 62, staff=True, units=[("局机关", 19), ("综合行政执法大队", 27)], cert=44)
d.p("四、深化普法宣传")
secs.pufa(d, 0, events=57, week=8, leaflets=23400, books=1600, people="4.6万")
d.p("五、存在的问题及下一步工作")
d.p("一是部分执法人员运用信息化手段开展执法的能力不足；二是基层安全监管力量薄弱，苏木乡镇专职安全员平均不足3人。下一步，我局将加大执法力度，"
    "确保执法检查计划完成率不低于100%，24小时值班电话0472-5168110保持畅通。")
rep.text = d.text()
rep.never("参演人员1.8万人次", "people in 人次 beside drill counts")
rep.never("执法全过程记录案件172件", "a count of another kind")
rep.never("平均不足3人", "a threshold")
rep.never("0472-5168110", "a telephone number")
