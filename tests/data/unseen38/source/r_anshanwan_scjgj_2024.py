from common import E, Report, span
from u38 import Doc
import secs

rep = Report("anshanwan-scjgj-2024", "html", "鞍山湾市铁东川区市场监督管理局", 2025,
             kind="铁东川区市场监督管理局2024年度法治政府建设情况报告 (2025, 法治政府建设, 辽宁 区级部门)",
             shape="HTML paragraphs with <br> line breaks; 处罚 kinds first with 合计 after (F) and 较上年的 (A), 罚没款 '分别为' (F), 首违不罚 (E), 双随机 (C), 执法决定 重大 share (C) and 采纳率 (C), 公示 by kind (F), 复议 outcomes with 纠错率 and 个百分点 (F, C, O), 应诉 with 出庭率 first and its rise over the printed (C, O), 清理 (F), a restatement (H); 市场主体 counts as traps")
d = Doc(rep, {}, typo={"fy.keep": 7}, note="the printed 维持 7件 (true 6) breaks the outcomes' sum (planted)")
d.p("<h2>铁东川区市场监督管理局2024年度法治政府建设情况报告</h2>")
d.p("2024年，铁东川区市场监督管理局以习近平法治思想为指引，坚持监管与服务并重，全区实有经营主体达到6.42万户，同比增长5.3%。")
d.p("<strong>一、履行推进法治建设第一责任人职责</strong><br>局主要负责人全年主持召开党组会议研究法治建设工作5次，带头旁听庭审1次，将法治建设纳入全局绩效考核，占考核总分的10%。")
d.p("<strong>二、严格规范执法</strong>")
secs.penalty(d, 1, [("警告", 142), ("罚款", 388), ("没收违法所得", 46), ("责令停产停业", 5), ("吊销营业执照", 3)], 427.16, 88.43, prev=521)
d.p("落实包容审慎监管，对首次轻微违法且及时改正的经营主体依法不予处罚127件，减免罚款金额约186万元，不予处罚案件均未计入上述处罚案件数。")
d.m("penalties.first_offense_exempted", 127, "起", "依法不予处罚127件")
secs.random_checks(d, tasks=71, joint=19, firms=1644, found=118)
secs.review(d, 1, dec=1206, major=47, sug=93, adopted=88, pub=[("行政许可", 8412), ("行政处罚", 584), ("行政检查", 2107)])
d.p("<strong>三、化解行政争议</strong>")
secs.fuyi_bureau(d, 0, "本局", keep=6, reject=3, stop=4, revoke=1, unlawful=1, pend=1, prev_n=14, prev_rate=9.1)
secs.yingsu(d, 1, "", first=8, second=3, win=7, lose=1, wd=1, pend=2, should=8, came=8, prev_came_rate=90.0)
d.p("<strong>四、完善制度体系</strong>")
secs.cleanup(d, keep=18, amend=3, repeal=5)
d.p("<strong>五、下一步工作</strong>")
d.p(f"2025年，本局将总结全年{d.s('pen.total')}件行政处罚案件的办理经验，继续推行“柔性执法”，力争执法案卷合格率达到98%以上。")
rep.text = "<html><body>\n" + "\n".join(p if p.startswith("<h2") else f"<p>{p}</p>" for p in d.parts) + "\n</body></html>"
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"合计{d.s('pen.total')}件", f"全年{d.s('pen.total')}件行政处罚"), "H"))
rep.never("经营主体达到6.42万户，同比增长5.3%", "a stock of firms, last year's not printed")
rep.never("减免罚款金额约186万元", "an estimate")
rep.never("占考核总分的10%", "a weight, not a share of printed figures")
rep.never("合格率达到98%以上", "a target")
