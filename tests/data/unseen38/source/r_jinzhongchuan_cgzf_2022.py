from common import E, Report, S, span
from u38 import Doc
import secs

rep = Report("jinzhongchuan-cgzf-2022", "md", "晋中川县城市管理综合行政执法局", 2023,
             kind="晋中川县城市管理综合行政执法局2022年度法治政府建设工作报告 (2023, 法治政府建设, 山西 县级部门)",
             shape="Markdown; 处罚 kinds listed first and the 合计 after (F) with 较上年的 (A), 罚没款 with '分别为' (F), 违建 拆除 by 类型 (F), 执法决定 with 重大 share (C) and 采纳率 (C), 培训 with the rate before its base (C) and 期 with the total last (F), 应诉 parts before the total (F) with 败诉率 over 审结 (C) and 出庭 share (C), 复议 over the previous in brackets (A), 普法 share (C); 面积 and 数字城管 案件 as traps")
d = Doc(rep, {}, sep=False)
d.p("# 晋中川县城市管理综合行政执法局2022年度法治政府建设工作报告")
d.p("2022年，县城市管理综合行政执法局坚持以习近平新时代中国特色社会主义思想为指导，围绕“干净、整洁、有序、安全”的城市管理目标，"
    "全面推进严格规范公正文明执法，法治城管建设取得新进展。按照县委全面依法治县委员会办公室要求，现将2022年度工作报告如下。")
d.p("## 一、主要举措和成效")
d.p("### （一）强化执法办案")
secs.penalty(d, 1, [("责令限期改正后仍不改正处以罚款", 213), ("没收违法建筑物及物品", 18), ("警告", 64)], 96.42, 7.18, prev=266)
d.p("全年共拆除违法建设127处，其中新增违建97处、存量违建30处，拆除面积2.36万平方米；数字城管平台立案受理各类城市管理问题18,942件，结案率98.7%。")
d.r(S(127, [97, 30], None, "F"), "拆除违法建设127处", "存量违建30处")
d.p("### （二）规范执法决定")
secs.review(d, 1, dec=437, major=26, sug=58, adopted=51)
d.p("### （三）提升执法能力")
secs.training(d, 1, "全局", 11, 4, 980, 142, 139)
d.p("## 二、行政复议和行政应诉")
secs.fuyi_bureau(d, 1, "我局", keep=3, reject=1, stop=2, revoke=1, unlawful=1, pend=0, prev_n=6, prev_rate=0.0)
secs.yingsu(d, 2, "", first=9, second=3, win=6, lose=1, wd=3, pend=2, should=5, came=4)
d.p("## 三、普法宣传")
secs.pufa(d, 1, events=48, week=9, leaflets=12600, books=1400, people="2.1万")
d.p("## 四、存在问题和2023年工作打算")
d.p(f"对照上级要求，我局仍存在执法队伍专业化水平不高、执法装备不足等问题。2023年，我局将力争罚没款在{d.s('pen.amt')}万元的基础上规范收缴全部入库，"
    "全年组织执法培训不少于12期，执法人员持证率达到100%。")
rep.text = d.text()
t = rep.text
a = d.s("pen.amt")
rep.add(E([d.f("pen.amt")] * 2, span(t, f"共计罚没款{a}万元", f"在{a}万元"), "H"))
rep.never("拆除面积2.36万平方米", "an area beside counts")
rep.never("各类城市管理问题18,942件，结案率98.7%", "the number closed is not printed")
rep.never("不少于12期", "a target")
rep.never("持证率达到100%", "a target")
