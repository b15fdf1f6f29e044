from common import E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("xiningwan-scjgj-2020", "html", "西宁湾市城北川区市场监督管理局", 2021,
             kind="城北川区市场监督管理局2020年法治政府建设工作报告 (2021, 法治政府建设, 青海 区级部门)",
             shape="HTML paragraphs; 处罚 with 上年 in brackets (A), 简易 + 普通 (F, C), kinds (F), 罚没款 in 元 with parts in brackets (F), 疫情 期间 价格 案件 (F), 双随机 (C), 培训 rate first (C, F) with 持证率 (C), 应诉 (F, C), 投诉 (C), restatement (H); 口罩 and 药店 counts as traps")
d = Doc(rep, {}, typo={"pen.k1": 45}, note="the printed 警告 45件 (true 54) breaks the kinds' sum (planted)")
d.p("<h2>城北川区市场监督管理局2020年法治政府建设工作报告</h2>")
d.p("2020年，区市场监管局统筹推进疫情防控和市场监管执法，全年检查药店、商超等经营场所1.36万家次，督促下架不合格口罩2,400余只。")
d.p("<b>一、依法查处违法行为</b>")
secs.penalty(d, 2, [("罚款", 131), ("警告", 54), ("没收违法所得", 12)], 1436800, 218600, prev=174, simple=63, yuan=True)
d.p("疫情期间查处哄抬价格、囤积居奇等价格违法案件17件，其中哄抬防护用品价格11件、哄抬民生商品价格6件，罚款合计42.6万元。")
d.r(S(17, [11, 6], None, "F"), "价格违法案件17件", "民生商品价格6件")
secs.random_checks(d, tasks=36, joint=9, firms=742, found=58)
d.p("受理消费者投诉举报1,864件，办结1,851件，办结率" + pc(1851, 1864) + "%，为消费者挽回经济损失52.7万元。")
d.r(R(1851, 1864, float(pc(1851, 1864)), None, "C"), "投诉举报1,864件", pc(1851, 1864) + "%")
d.m("complaints.received", 1864, "件", "受理消费者投诉举报1,864件")
d.p("<b>二、加强执法队伍建设</b>")
secs.training(d, 1, "全局", 10, 4, 655, 102, 98, staff=True, units=[("局机关", 22), ("市场监管所", 61), ("执法稽查大队", 17)], cert=94)
d.p("<b>三、行政应诉</b>")
secs.yingsu(d, 0, "本局", first=4, second=1, win=3, lose=0, wd=1, pend=1, should=2, came=2)
d.p("<b>四、2021年工作计划</b>")
d.p(f"以{d.s('pen.total')}件处罚案件的案卷评查为基础，开展执法案卷质量提升行动；继续推进“双随机、一公开”监管全覆盖。")
rep.text = "<html><body>\n" + "\n".join(p if p.startswith("<h2") else f"<p>{p}</p>" for p in d.parts) + "\n</body></html>"
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"办理行政处罚案件{d.s('pen.total')}件", f"以{d.s('pen.total')}件处罚案件"), "H"))
rep.never("1.36万家次", "a count of visits")
rep.never("罚款合计42.6万元", "a part of the 罚没款 in another unit, no sum stated")
rep.never("挽回经济损失52.7万元", "money of another kind")
