from common import B, E, Report, R, S, span
from u38 import Doc, pc
import secs

rep = Report("hengshuiwan-xian-zf-2023", "txt", "衡水湾市武邑川县人民政府", 2024,
             kind="武邑川县人民政府关于2023年度法治政府建设情况的报告 (2024, 法治政府建设, 河北 县政府)",
             shape="txt copied from a web page; 行政执法 of the county by 执法部门 and 乡镇 (F) with the 乡镇 share (C) and 同比 (O), 罚没款 (F), 重大决策 (F), 清理 (F), 复议 by the county as 复议机关 (F, C, O), 应诉 with 出庭率 first and its rise over last year's printed (C, O), 败诉率 (C), 领导干部 学法 (F), 普法 (F, C), the 纠错率 and 出庭率 restated in 存在不足 (H); 乡镇 counts and 法律顾问 as traps")
d = Doc(rep, {}, we="县政府", typo={"fg.o0": 19}, note="the printed 维持 19件 (true 16) breaks the outcomes' sum (planted)")
d.p("武邑川县人民政府关于2023年度法治政府建设情况的报告")
d.p("衡水湾市人民政府：\n2023年，武邑川县人民政府在市委、市政府的坚强领导下，坚持以习近平法治思想为指导，全面贯彻落实中央、省、市关于法治政府建设的部署要求，"
    "法治政府建设各项工作取得新成效。现将有关情况报告如下。")
d.p("一、依法全面履行政府职能")
d.p("深化“放管服”改革，全县政务服务事项网上可办率达到98.6%，“一枚印章管审批”改革事项达到286项。全县9个乡镇全部完成综合行政执法改革，"
    "乡镇综合行政执法队伍共核定编制63名。")
d.p("二、推进行政决策科学化民主化法治化")
d.p("全年县政府作出重大行政决策11项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。县政府常务会议审议议题126个，"
    "会前经合法性审查的议题共48个，其中规范性文件14个、重大行政决策11个、合同协议23个。县政府及各部门共聘请法律顾问37名。")
d.r(S(48, [14, 11, 23], None, "F"), "议题共48个", "合同协议23个")
d.r(B(11, 48, None, "E"), "议题共48个", "重大行政决策11个")
secs.cleanup(d, keep=64, amend=7, repeal=12, void=3)
d.p("三、严格规范公正文明执法")
d.p("全县各行政执法机关共办理行政处罚案件3,612件，其中县直执法部门3,104件、乡镇综合行政执法队508件，乡镇案件占" + pc(508, 3612) + "%，"
    "行政处罚案件同比增长9.4%；罚没款1,826.47万元，其中罚款1,701.22万元、没收违法所得125.25万元。")
d.r(S(3612, [3104, 508], None, "F"), "行政处罚案件3,612件", "执法队508件")
d.r(R(508, 3612, float(pc(508, 3612)), None, "C"), "行政处罚案件3,612件", pc(508, 3612) + "%")
d.r(S(1826.47, [1701.22, 125.25], None, "F"), "罚没款1,826.47万元", "没收违法所得125.25万元")
from common import C
d.r(C(3612, 9.4, None, "O"), "行政处罚案件3,612件", "增长9.4%")
d.m("penalties.count", 3612, "件", "办理行政处罚案件3,612件")
d.m("penalties.amount", 1826.47, "万元", "罚没款1,826.47万元")
d.p("四、依法化解矛盾纠纷")
cr = secs.fuyi_gov(d, 1, "全年县人民政府", accepted=47, refused=4, told=2, respond=[("县政府部门", 39), ("乡镇人民政府", 8)],
                   closed_parts=[16, 5, 4, 0, 2, 1, 6, 8], old=3, prev_recv=49)
lr, qr = secs.yingsu(d, 1, "", first=58, second=17, win=42, lose=5, wd=16, pend=12, should=41, came=41, prev_came_rate=92.5)
d.p("五、提升依法行政能力")
d.p("县政府常务会议会前学法12次，举办领导干部法治专题讲座4期；组织全县行政执法人员网上培训考试，参考人员1,046人，其中县直部门892人、乡镇154人。")
d.r(S(1046, [892, 154], None, "F"), "参考人员1,046人", "乡镇154人")
secs.pufa(d, 0, events=318, week=47, leaflets=96000, books=8000, people="21.4万")
d.p("六、存在的不足和2024年工作打算")
d.p(f"一是行政复议纠错率为{cr}%，个别部门执法程序不规范；二是负责人出庭应诉率虽达到{qr}%，但“出庭不出声”现象仍然存在。2024年，县政府将持续深化法治政府示范创建，"
    "确保败诉率控制在10%以内。")
d.p("武邑川县人民政府\n2024年1月26日")
rep.text = d.text()
t = rep.text
rep.add(E([float(cr)] * 2, span(t, f"纠错率{cr}%", f"纠错率为{cr}%"), "H"),
        E([float(qr)] * 2, span(t, f"出庭应诉率{qr}%", f"出庭应诉率虽达到{qr}%"), "H"))
rep.never("网上可办率达到98.6%", "a rate over an unprinted base")
rep.never("改革事项达到286项", "a count of items")
rep.never("聘请法律顾问37名", "a count of advisers")
rep.never("控制在10%以内", "a target")
