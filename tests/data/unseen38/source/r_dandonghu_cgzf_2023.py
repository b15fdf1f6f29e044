from common import E, Report, S, span
from u38 import Doc
import secs

rep = Report("dandonghu-cgzf-2023", "txt", "丹东湖市振兴湾区城市管理综合行政执法局", 2024, enc="gbk", dest="enc",
             kind="振兴湾区城市管理综合行政执法局2023年法治政府建设情况报告 (2024, 法治政府建设, 辽宁 区级部门, GBK)",
             shape="GBK txt copied from a web page; 处罚 with 上年 in brackets (A), 简易 + 普通 (F, C), kinds (F), 罚没款 (F), 违建 (F), 执法决定 重大 share and 采纳率 (C), 公示 (F), 复议 in brackets (F, C), 应诉 parts first (F, C), 培训 (F, C) with 持证率 (C), restatement (H); 面积 and 热线 as traps")
d = Doc(rep, {}, typo={"ys.pend": 3}, note="the printed 尚未审结 3件 (true 2) breaks the outcomes' sum (planted)")
d.p("振兴湾区城市管理综合行政执法局2023年法治政府建设情况报告")
d.p("2023年，区城市管理综合行政执法局认真贯彻落实中央、省、市关于法治政府建设的决策部署，以“强基础、转作风、树形象”专项行动为载体，推进城市管理执法规范化建设。")
d.p("一、执法办案")
secs.penalty(d, 2, [("罚款", 624), ("警告", 187), ("没收违法物品", 23)], 183.42, 4.67, prev=781, simple=402)
d.p("全年拆除违法建设86处，其中新增违建61处、历史存量违建25处，拆除面积1.12万平方米；城管热线12319受理群众诉求9,864件。")
d.r(S(86, [61, 25], None, "F"), "拆除违法建设86处", "存量违建25处")
secs.review(d, 1, dec=1726, major=19, sug=27, adopted=25, pub=[("行政许可", 1104), ("行政处罚", 834), ("行政检查", 3361)])
d.p("二、行政复议和行政应诉")
secs.fuyi_bureau(d, 1, "我局", keep=4, reject=2, stop=1, revoke=1, unlawful=0, pend=1, prev_n=7, prev_rate=0.0)
secs.yingsu(d, 2, "", first=10, second=3, win=7, lose=1, wd=3, pend=2, should=6, came=6)
d.p("三、执法队伍建设")
secs.training(d, 0, "全局", 12, 4, 736, 158, 154, staff=True, units=[("局机关", 26), ("执法大队", 138)], cert=157)
d.p("四、下一步工作")
d.p(f"2024年，我局将以全年{d.s('pen.total')}件处罚案件为基础开展案卷评查，力争城市管理领域行政诉讼败诉率控制在5%以内。")
rep.text = d.text()
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"办理行政处罚案件{d.s('pen.total')}件", f"全年{d.s('pen.total')}件处罚案件"), "H"))
rep.never("拆除面积1.12万平方米", "an area")
rep.never("受理群众诉求9,864件", "a count of another kind")
rep.never("控制在5%以内", "a target")
