from common import Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("jinzhouhu-jtysj-2025", "md", "锦州湖市太和川区交通运输局", 2026,
             kind="太和川区交通运输局2025年法治政府建设情况报告 (2026, 法治政府建设, 辽宁 区级部门)",
             shape="Markdown; 处罚 by kind after 其中 (F), 罚没款 (F) with 同比 (O), 执法 领域 (F) with shares (C), 执法决定 重大 share (C), 采纳率 (C), 公示 (F), 应诉 parts before the total (F, C), 普法 (F, C); 道路 里程 and 车辆 counts as traps")
d = Doc(rep, {})
d.p("# 锦州湖市太和川区交通运输局2025年法治政府建设情况报告")
d.p("2025年，区交通运输局坚持依法行政，全区公路总里程1,286公里，营运车辆4,213辆，交通运输执法工作平稳有序。")
d.p("## 一、执法办案")
secs.penalty(d, 0, [("罚款", 346), ("警告", 88), ("暂扣车辆", 14)], 271.64, 3.18, prev_amt=301.25)
d.p("从执法领域看，道路运输、路政管理和水路运输分别查处案件318件、97件和33件，分别占" + pc(318, 448) + "%、" + pc(97, 448) + "%和" + pc(33, 448) + "%。")
d.p("## 二、执法监督")
secs.review(d, 1, dec=1094, major=31, sug=44, adopted=40, pub=[("行政许可", 3162), ("行政处罚", 448), ("行政检查", 1207)])
d.p("## 三、行政应诉")
secs.yingsu(d, 2, "", first=7, second=2, win=5, lose=1, wd=1, pend=2, should=4, came=4)
d.p("## 四、普法宣传")
secs.pufa(d, 0, events=33, week=5, leaflets=9200, books=800, people="1.6万")
d.p("## 五、问题与打算")
d.p("2026年，我局将严格落实行政裁量权基准制度，力争执法案卷优秀率达到80%以上。")
rep.text = d.text()
t = rep.text
rep.add(S(448, [318, 97, 33], span(t, "作出行政处罚决定448件", "和33件"), "F"))
for v in (318, 97, 33):
    rep.add(R(v, 448, float(pc(v, 448)), span(t, "作出行政处罚决定448件", pc(v, 448) + "%"), "C"))
rep.never("公路总里程1,286公里，营运车辆4,213辆", "a length and a count of vehicles")
rep.never("优秀率达到80%以上", "a target")
