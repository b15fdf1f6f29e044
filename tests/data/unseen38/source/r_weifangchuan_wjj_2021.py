from common import E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("weifangchuan-wjj-2021", "txt", "潍坊川市昌乐湾县卫生健康局", 2022,
             kind="昌乐湾县卫生健康局2021年法治政府建设情况报告 (2022, 法治政府建设, 山东 县级部门)",
             shape="txt copied from a web page; 监督 覆盖 (C), 处罚 kinds first with 合计 and 较上年的 (A), 罚没款 '分别为' (F), 双随机 (C), 培训 (F, C) and 持证率 (C), 复议 in brackets (F, C), 医疗纠纷 调解 (F, C), restatement (H); 疫苗 接种 剂次 as traps")
d = Doc(rep, {}, typo={"dr.k": 39}, note="the printed 发现问题 39户 (true 36) breaks the 问题发现率 (planted)")
d.p("昌乐湾县卫生健康局2021年法治政府建设情况报告")
d.p("2021年，县卫生健康局坚持依法行政、依法执业，在做好常态化疫情防控的同时推进卫生健康领域法治建设，全县累计接种新冠病毒疫苗98.6万剂次。")
d.p("一、卫生健康监督执法")
d.p("全县纳入监督管理的单位共2,146户，全年监督覆盖2,108户，监督覆盖率" + pc(2108, 2146) + "%。")
d.r(R(2108, 2146, float(pc(2108, 2146)), None, "C"), "单位共2,146户", pc(2108, 2146) + "%")
secs.penalty(d, 1, [("警告", 74), ("罚款", 119), ("没收违法所得", 5)], 52.8, 3.47, prev=181)
secs.random_checks(d, tasks=14, joint=3, firms=407, found=36)
d.p("二、执法队伍建设")
secs.training(d, 0, "全局", 8, 3, 374, 69, 67, staff=True, units=[("局机关", 14), ("卫生健康综合监督执法大队", 35)], cert=46)
d.p("三、行政复议和医疗纠纷化解")
secs.fuyi_bureau(d, 1, "我局", keep=2, reject=1, stop=1, revoke=1, unlawful=0, pend=1, prev_n=4, prev_rate=0.0)
d.p("县医疗纠纷人民调解委员会受理医疗纠纷63件，调解成功58件，调解成功率" + pc(58, 63) + "%，其中二级以上医院41件、基层医疗机构22件。")
d.r(R(58, 63, float(pc(58, 63)), None, "C"), "医疗纠纷63件", pc(58, 63) + "%")
d.r(S(63, [41, 22], None, "F"), "医疗纠纷63件", "基层医疗机构22件")
d.p("四、下一步打算")
d.p(f"2022年，我局将以{d.s('pen.total')}件处罚案件为样本开展案卷评查，执法人员持证上岗率确保达到100%，并推动全县医疗机构依法执业自查率不低于90%。")
rep.text = d.text()
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"合计{d.s('pen.total')}件", f"以{d.s('pen.total')}件处罚案件"), "H"))
rep.never("98.6万剂次", "doses, no relation")
rep.never("确保达到100%", "a target")
rep.never("自查率不低于90%", "a target")
