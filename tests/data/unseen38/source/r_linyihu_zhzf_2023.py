from common import E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("linyihu-zhzf-2023", "txt", "临沂湖市兰山湾区综合行政执法局", 2024, wrap=34, page_every=15,
             header="兰山湾区综合行政执法局2023年法治政府建设情况报告", page_style="- {n} -",
             kind="兰山湾区综合行政执法局2023年法治政府建设情况报告 (2024, 法治政府建设, 山东 区级部门)",
             shape="PDF copy wrapped at 34 with - n - footers and a running header; 处罚 by kind after 其中 (F), 罚没款 (F) with 同比 (O), 执法 领域 'X、Y和Z分别为…' with shares (F, C), 法制审核 (F, E), 公示 (F), 培训 and 持证率 (F, C), 应诉 (F, C), 普法 (F, C), figures restated in the closing (H); 街道 and 中队 counts as traps")
d = Doc(rep, {}, typo={"pub.1": 1371}, note="the printed 行政处罚 公示 1,371条 (true 1,317) breaks the 公示 sum (planted)")
d.p("兰山湾区综合行政执法局2023年法治政府建设情况报告")
d.p("2023年，区综合行政执法局坚持“721”工作法，即70%的问题用服务手段解决、20%的问题用管理手段解决、10%的问题用执法手段解决，全面推进"
    "城市管理领域严格规范公正文明执法。全局下设执法中队14个，覆盖全区12个街道。")
d.p("一、执法办案情况")
secs.penalty(d, 0, [("罚款", 1108), ("警告", 173), ("没收", 36)], 512.74, 12.06, prev_amt=468.3)
d.p("从执法领域看，市容环境卫生、园林绿化和违法建设分别为812件、164件和341件，分别占处罚案件总数的" + pc(812, 1317) + "%、"
    + pc(164, 1317) + "%和" + pc(341, 1317) + "%。")
secs.review(d, 0, dec=0, major=38, ok=35, hearing=5, pub=[("行政许可", 2964), ("行政处罚", 1317), ("行政检查", 4420)])
d.p("二、队伍建设情况")
secs.training(d, 0, "全局", 16, 6, 2240, 356, 349, staff=True, units=[("局机关", 45), ("执法中队", 302)], cert=339)
d.p("三、行政应诉情况")
secs.yingsu(d, 0, "我局", first=21, second=6, win=16, lose=2, wd=5, pend=4, should=12, came=12)
d.p("四、普法宣传情况")
secs.pufa(d, 0, events=92, week=14, leaflets=42000, books=3000, people="6.3万")
d.p("五、全年主要指标")
d.p(f"全年作出行政处罚{d.s('pen.total')}件，罚没款{d.F['pen.amt']:.2f}万元；行政诉讼案件{d.s('ys.n')}件，败诉{d.s('ys.lose')}件。")
d.p("六、存在问题")
d.p("一是部分执法中队人均执法面积较大，执法力量与城市管理任务不相匹配；二是执法信息化平台数据共享不充分。下一步，我局将推动执法数据接入区大数据平台，"
    "确保重大执法决定法制审核率保持100%。")
rep.text = d.text()
t = rep.text
# the 领域 parts and shares: their total is the 处罚 count of the paragraph before
rep.add(S(1317, [812, 164, 341], span(t, "作出行政处罚决定1,317件", "和341件"), "F"))
for v in (812, 164, 341):
    rep.add(R(v, 1317, float(pc(v, 1317)), span(t, "作出行政处罚决定1,317件", pc(v, 1317) + "%"), "C"))
amt = f"{d.F['pen.amt']:.2f}"
rep.add(E([1317, 1317], span(t, "作出行政处罚决定1,317件", "全年作出行政处罚1,317件"), "H"),
        E([d.F["pen.amt"]] * 2, span(t, f"罚没款{amt}万元，其中", f"罚没款{amt}万元；行政诉讼"), "H"),
        E([d.f("ys.n")] * 2, span(t, f"行政诉讼案件{d.s('ys.n')}件，其中", f"行政诉讼案件{d.s('ys.n')}件，败诉"), "H"))
rep.never("70%的问题用服务手段解决、20%的问题用管理手段解决、10%的问题用执法手段解决", "a working rule, not figures of the year")
rep.never("执法中队14个，覆盖全区12个街道", "counts of units")
