from common import E, Report, S, span
from u38 import Doc
import secs

rep = Report("ganzhouhu-sthj-2020", "html", "赣州湖市生态环境局章贡湾分局", 2021,
             kind="赣州湖市生态环境局章贡湾分局2020年法治政府建设工作总结 (2021, 法治政府建设, 江西 区级分局)",
             shape="HTML paragraphs; 处罚 by kind after 其中 (F), 罚没款 = 罚款 + 没收 (F) with 同比 (O), 配套办法 案件 listed first with the total last (F), 执法决定 重大 share (C) and 采纳率 (C), 复议 in brackets with the 被纠错率 (F, C), 应诉 (F, C), 培训 rate first (C) and 期 (F), 监测 数据 as traps")
d = Doc(rep, {}, we="分局", typo={"ys.win": 4}, note="the printed 胜诉 4件 (true 3) breaks the outcomes' sum (planted)")
d.p("<h2>赣州湖市生态环境局章贡湾分局2020年法治政府建设工作总结</h2>")
d.p("2020年，章贡湾分局在市生态环境局和区委、区政府的领导下，坚持依法行政、依法治污，以打好污染防治攻坚战为主线，持续推进生态环境保护综合行政执法改革，"
    "全区空气质量优良天数比例达到95.1%，PM2.5平均浓度为29微克/立方米。")
d.p("<strong>一、严格生态环境执法</strong>")
secs.penalty(d, 0, [("罚款", 71), ("责令改正", 26), ("没收违法所得", 3)], 612.37, 4.2, prev_amt=538.6)
d.p("配套办法适用方面，按日连续处罚2件、查封扣押14件、限产停产5件、移送公安机关行政拘留7件、移送涉嫌环境污染犯罪3件，共计适用配套办法案件31件，同比增加8件。")
d.r(S(31, [2, 14, 5, 7, 3], None, "F"), "按日连续处罚2件", "配套办法案件31件")
rep.never("配套办法案件31件，同比增加8件", "last year's count is not printed beside the change (a count of cases, not a rate)")
d.p("<strong>二、规范执法决定</strong>")
secs.review(d, 1, dec=188, major=34, sug=46, adopted=43)
d.p("<strong>三、化解行政争议</strong>")
secs.fuyi_bureau(d, 1, "分局", keep=4, reject=1, stop=1, revoke=1, unlawful=0, pend=1, prev_n=5, prev_rate=0.0)
secs.yingsu(d, 0, "分局", first=5, second=2, win=3, lose=1, wd=2, pend=1, should=4, came=4)
d.p("<strong>四、提升执法能力</strong>")
secs.training(d, 1, "分局", 8, 3, 315, 52, 51)
d.p("<strong>五、下一步工作</strong>")
d.p(f"2021年，分局将继续保持环境执法高压态势，力争重点排污单位自动监控数据有效传输率不低于90%，并对全年罚没款{d.F['pen.amt']:.2f}万元的执行情况开展回头看。")
rep.text = d.text().replace("\n\n", "\n")
rep.text = "<html><body>\n" + "\n".join(p if p.startswith("<h2") else f"<p>{p}</p>" for p in d.parts) + "\n</body></html>"
t = rep.text
a = f"{d.F['pen.amt']:.2f}"
rep.add(E([d.F["pen.amt"]] * 2, span(t, f"罚没款{a}万元，其中", f"全年罚没款{a}万元"), "H"))
rep.never("优良天数比例达到95.1%", "a monitoring rate over unprinted days")
rep.never("不低于90%", "a target")
