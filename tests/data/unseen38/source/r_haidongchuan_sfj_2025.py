from common import E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("haidongchuan-sfj-2025", "md", "海东川市乐都湾区司法局", 2026,
             kind="乐都湾区司法局2025年法治政府建设工作情况报告 (2026, 法治政府建设, 青海 区级部门)",
             shape="Markdown; the 区政府's 行政复议 as handled by the 司法局 (收到 = 受理 + 不予受理 + 告知, 被申请人 split, 应审结 = 受理 + 结转, 审结率, outcomes, 纠错 and 调撤 with their rates: F, C, O), 合法性审查 (F), 人民调解 (F, C), 法律援助 (F), 培训 rate first (C, F), 普法 (C, F), the 纠错率 restated in 存在问题 (H); 律所 and 公证 counts as traps")
d = Doc(rep, {}, typo={"fg.r1": 17}, note="the printed 乡镇人民政府 被申请人 17件 (true 15) breaks the split of 受理 (planted)")
d.p("# 乐都湾区司法局2025年法治政府建设工作情况报告")
d.p("2025年是“十四五”规划收官之年。区司法局在区委、区政府和市司法局的领导下，坚持以习近平法治思想为指导，统筹推进法治政府建设、行政复议、"
    "公共法律服务和普法依法治理等工作。现将有关情况报告如下。")
d.p("## 一、发挥行政复议化解行政争议主渠道作用")
d.p("新修订的《中华人民共和国行政复议法》施行以来，区政府统一行使行政复议职责，复议案件由区司法局具体办理。")
cr = secs.fuyi_gov(d, 0, "全年区人民政府", accepted=61, refused=5, told=3, respond=[("区政府工作部门", 46), ("乡镇人民政府", 15)],
                   closed_parts=[28, 6, 5, 1, 3, 1, 8, 7], old=4, prev_recv=52)
d.p("## 二、严格规范性文件合法性审查")
d.p("全年审查区政府及办公室拟出台的规范性文件和重大行政决策事项共42件，其中规范性文件17件、重大行政决策9件、政府合同16件，提出修改意见135条。")
d.r(S(42, [17, 9, 16], None, "F"), "共42件", "政府合同16件")
d.p("## 三、公共法律服务")
d.p("全区各级人民调解组织排查矛盾纠纷2,317次，受理调解纠纷1,846件，调解成功1,812件，调解成功率" + pc(1812, 1846) + "%。"
    "办理法律援助案件432件，其中民事案件268件、刑事案件151件、行政案件13件。全区现有律师事务所9家、公证处1家。")
d.r(R(1812, 1846, float(pc(1812, 1846)), None, "C"), "受理调解纠纷1,846件", "调解成功率" + pc(1812, 1846) + "%")
d.r(S(432, [268, 151, 13], None, "F"), "法律援助案件432件", "行政案件13件")
d.p("## 四、行政执法监督和培训")
secs.training(d, 1, "", 9, 4, 1120, 683, 667)
d.p("## 五、普法依法治理")
secs.pufa(d, 1, events=126, week=23, leaflets=48000, books=6500, people="8.9万")
d.p("## 六、存在问题")
d.p(f"一是行政复议纠错率仍达{cr}%，部分行政机关执法不规范问题仍较突出；二是基层司法所人员力量不足，全区12个司法所中有5个仅配备1名工作人员。")
rep.text = d.text()
t = rep.text
rep.add(E([float(cr)] * 2, span(t, f"纠错率{cr}%", f"纠错率仍达{cr}%"), "H"))
rep.never("排查矛盾纠纷2,317次", "a count of checks, not of disputes received")
rep.never("律师事务所9家、公证处1家", "counts of offices")
rep.never("12个司法所中有5个", "counts of offices")
rep.never("提出修改意见135条", "a count of opinions")
