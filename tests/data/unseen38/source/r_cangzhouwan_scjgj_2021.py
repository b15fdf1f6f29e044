from common import E, Report, span
from u38 import Doc
import secs

rep = Report("cangzhouwan-scjgj-2021", "txt", "沧州湾市运河湾区市场监督管理局", 2022,
             kind="运河湾区市场监督管理局2021年法治政府建设情况报告 (2022, 法治政府建设, 河北 区级部门)",
             shape="txt copied from a web page; 处罚 by kind with the total first and the parts after 其中 (F), 罚没款 = 罚款 + 没收 (F) with 同比 (O), 法制审核 outcomes (F) and 听证 ≤ 重大 (E), 公示 by kind (F), 双随机 rates (C), 培训 期 (F) and 合格率 (C), 持证率 (C), 复议 outcomes with 纠错率 and its 个百分点 fall (C, O), a closing 主要数据 paragraph restating (H); 12315 and 文号 as traps")
d = Doc(rep, {}, typo={"pen.k2": 37}, note="the printed 没收违法所得 37件 (true 31) breaks the kinds' sum (planted)")
d.p("运河湾区市场监督管理局2021年法治政府建设情况报告")
d.p("2021年，运河湾区市场监督管理局在区委、区政府的坚强领导下，深入学习贯彻习近平法治思想，认真落实《法治政府建设实施纲要（2021—2025年）》"
    "和《沧州湾市法治政府建设实施方案》，以“放管服”改革为抓手，推进严格规范公正文明执法。现将有关情况报告如下。")
d.p("一、加强组织领导，压实法治建设责任")
d.p("局党组将法治政府建设纳入年度重点工作，全年召开党组会专题研究法治工作6次，局主要负责人履行推进法治建设第一责任人职责，"
    "年终述法1次。修订完善《运河湾区市场监督管理局权责清单》，明确行政职权412项。")
d.p("二、严格规范公正文明执法")
secs.penalty(d, 0, [("警告", 86), ("罚款", 274), ("没收违法所得", 31), ("责令停产停业", 4), ("吊销许可证件", 2)],
             318.46, 42.75, prev_amt=297.3, head="（一）行政处罚情况。")
secs.review(d, 0, dec=0, major=23, ok=20, hearing=3, pub=[("行政许可", 5126), ("行政处罚", 397), ("行政检查", 1833)])
d.p("（二）“双随机、一公开”监管。")
secs.random_checks(d, tasks=64, joint=17, firms=1286, found=93)
d.p("（三）投诉举报处理。全年通过12315平台受理投诉举报2,145件，按期办结率99.6%，为消费者挽回经济损失86.3万元。")
d.p("三、提升执法队伍法治素养")
secs.training(d, 0, "全局", 14, 5, 612, 118, 115, staff=True, units=[("局机关", 41), ("综合执法大队", 56), ("基层市场监管所", 73)], cert=162)
d.p("四、依法化解行政争议")
secs.fuyi_bureau(d, 0, "本局", keep=5, reject=2, stop=1, revoke=1, unlawful=0, pend=1, prev_n=8, prev_rate=16.7)
d.p("全年未发生行政诉讼败诉案件。")
d.p("五、主要数据")
d.p(f"2021年，本局共作出行政处罚决定{d.s('pen.total')}件，罚没款{d.F['pen.amt']:.2f}万元，公示执法信息{d.s('pub.total')}条。")
d.p("六、存在的不足和下一步打算")
d.p("一是基层执法人员法律素养仍需提升，部分市场监管所持证人员不足5人；二是新领域新业态监管手段不足。2022年，我局将围绕“八五”普法规划，"
    "持续加强执法监督，确保重大执法决定法制审核率保持100%。")
d.p("运河湾区市场监督管理局\n2022年1月18日")
rep.text = d.text()
t = rep.text
amt = d.F["pen.amt"]
rep.add(E([d.f("pen.total"), d.f("pen.total")], span(t, f"作出行政处罚决定{d.s('pen.total')}件，其中", f"本局共作出行政处罚决定{d.s('pen.total')}件"), "H"),
        E([amt, amt], span(t, f"罚没款{amt:.2f}万元，其中", f"罚没款{amt:.2f}万元，公示"), "H"),
        E([d.f("pub.total"), d.f("pub.total")], span(t, f"公示行政执法信息{d.s('pub.total')}条", f"公示执法信息{d.s('pub.total')}条"), "H"))
rep.never("受理投诉举报2,145件，按期办结率99.6%", "the number closed in time is not printed")
rep.never("行政职权412项", "a count of powers")
rep.never("持证人员不足5人", "a threshold")
rep.never("法制审核率保持100%", "a target")
