from common import B, E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("liuzhouhe-zrzyj-2019", "md", "柳州河市鹿寨湾县自然资源局", 2020,
             kind="鹿寨湾县自然资源局2019年法治政府建设情况报告 (2020, 法治政府建设, 广西 县级部门)",
             shape="Markdown; 违法用地 立案 / 结案 (C, E) by kind (F), 处罚 by kind after 其中 (F), 罚没款 (F) with 同比 (O), 不动产 登记 (F), 清理 (F), 法制审核 (F, E), 应诉 with 出庭率 first and the rise (C, O) and 败诉率 (C), restatement (H); 面积 as traps")
d = Doc(rep, {}, sep=False, typo={"pen.amt": 184.36}, note="the printed 罚没款 184.36万元 (true 148.36) breaks 罚款 + 没收 (planted)")
d.p("# 鹿寨湾县自然资源局2019年法治政府建设情况报告")
d.p("2019年是自然资源机构改革后的第一个完整年度。县自然资源局认真贯彻《法治政府建设实施纲要（2015—2020年）》，依法履行自然资源管理职责。")
d.p("## 一、依法查处违法行为")
d.p("全年立案查处违法用地、违法采矿案件43件，其中违法用地38件、违法采矿5件；结案39件，结案率" + pc(39, 43) + "%。涉及土地面积186.4亩。")
d.r(S(43, [38, 5], None, "F"), "案件43件", "违法采矿5件")
d.r(R(39, 43, float(pc(39, 43)), None, "C"), "案件43件", pc(39, 43) + "%")
d.r(B(39, 43, None, "E"), "案件43件", "结案39件")
secs.penalty(d, 0, [("责令退还并处罚款", 29), ("没收地上建筑物", 8), ("责令停止违法行为", 4)], 131.2, 17.16, prev_amt=122.5)
d.p("## 二、规范行政审批")
d.p("全年办理不动产登记业务14682件，其中首次登记2417件、转移登记6935件、抵押登记4106件、其他登记1224件。")
d.r(S(14682, [2417, 6935, 4106, 1224], None, "F"), "不动产登记业务14682件", "其他登记1224件")
d.m("licenses.processed", 14682, "件", "办理不动产登记业务14682件")
secs.cleanup(d, keep=21, amend=2, repeal=5)
secs.review(d, 0, dec=0, major=12, ok=11, hearing=1)
d.p("## 三、行政应诉")
secs.yingsu(d, 1, "", first=9, second=3, win=6, lose=1, wd=2, pend=3, should=7, came=6, prev_came_rate=71.4)
d.p("## 四、2020年工作打算")
d.p(f"全面梳理本年度{d.s('pen.total')}件行政处罚案件，建立违法用地案件台账，实现违法用地发现率、制止率、查处率“三个100%”。")
rep.text = d.text()
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"作出行政处罚决定{d.s('pen.total')}件", f"本年度{d.s('pen.total')}件"), "H"))
rep.never("土地面积186.4亩", "an area")
rep.never("“三个100%”", "a target")
