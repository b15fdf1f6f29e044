from common import E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("chifengchuan-sfj-2022", "txt", "赤峰川市克什湾旗司法局", 2023, wrap=35, page_every=20,
             header="克什湾旗司法局2022年法治政府建设情况报告", page_style="第{n}页 共3页",
             kind="克什湾旗司法局2022年法治政府建设情况报告 (2023, 法治政府建设, 内蒙古 旗级部门)",
             shape="PDF copy wrapped at 35 with 第n页 共3页 footers and a running header; the 旗政府's 行政复议 (F, C, O), 行政执法 监督 案卷评查 (C), 法律援助 by kind (F), 人民调解 (C), 普法 (F, C), 培训 rate first (C, F), the 纠错率 restated (H); 苏木 and 嘎查 counts as traps")
d = Doc(rep, {}, typo={"fg.o1": 4}, note="the printed 驳回 4件 (true 3) breaks the outcomes' sum (planted)")
d.p("克什湾旗司法局2022年法治政府建设情况报告")
d.p("2022年，旗司法局在旗委、旗政府的坚强领导下，围绕法治克什湾建设目标，统筹推进行政复议、行政执法监督、公共法律服务和普法依法治理工作。"
    "全旗辖7个苏木乡镇、186个嘎查村。")
d.p("一、行政复议工作")
cr = secs.fuyi_gov(d, 1, "全年旗人民政府", accepted=29, refused=2, told=1, respond=[("旗政府部门", 22), ("苏木乡镇人民政府", 7)],
                   closed_parts=[13, 3, 2, 1, 2, 0, 3, 4], old=1, prev_recv=27)
d.p("二、行政执法监督")
d.p("组织开展行政执法案卷评查，抽查旗直部门和苏木乡镇行政处罚、行政许可案卷186卷，评定优秀案卷71卷、合格案卷98卷、不合格案卷17卷，"
    "合格以上案卷占" + pc(169, 186) + "%。")
d.r(S(186, [71, 98, 17], None, "F"), "案卷186卷", "不合格案卷17卷")
d.r(R(169, 186, float(pc(169, 186)), None, "C"), "案卷186卷", pc(169, 186) + "%")
rep.never("合格以上案卷占" + pc(169, 186) + "%", "the 169 合格以上 (71 + 98) is not printed")
rep.rels.pop()
d.p("三、公共法律服务")
d.p("全年受理法律援助案件318件，其中民事案件206件、刑事案件97件、行政案件15件，为受援人挽回经济损失1,082万元。人民调解组织调解纠纷1,174件，"
    "调解成功1,149件，调解成功率" + pc(1149, 1174) + "%。")
d.r(S(318, [206, 97, 15], None, "F"), "法律援助案件318件", "行政案件15件")
d.r(R(1149, 1174, float(pc(1149, 1174)), None, "C"), "调解纠纷1,174件", pc(1149, 1174) + "%")
d.p("四、普法依法治理")
secs.pufa(d, 0, events=146, week=27, leaflets=38000, books=4200, people="7.5万")
secs.training(d, 1, "", 6, 2, 1380, 924, 903)
d.p("五、存在的问题")
d.p(f"行政复议纠错率达到{cr}%，反映出部分行政机关依法行政水平有待提高；基层司法所政法专项编制不足，186个嘎查村法律顾问服务质量参差不齐。")
rep.text = d.text()
t = rep.text
rep.add(E([float(cr)] * 2, span(t, f"纠错率{cr}%", f"纠错率达到{cr}%"), "H"))
rep.never("7个苏木乡镇、186个嘎查村", "counts of villages")
rep.never("挽回经济损失1,082万元", "money of another kind")
