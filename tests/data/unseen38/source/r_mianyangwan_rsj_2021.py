from common import B, Report, R, S
from u38 import Doc, pc
import secs

rep = Report("mianyangwan-rsj-2021", "txt", "绵阳湾市涪城川区人力资源和社会保障局", 2022, wrap=35, page_every=18,
             header="涪城川区人力资源和社会保障局", page_style="第{n}页",
             kind="涪城川区人力资源和社会保障局2021年法治政府建设情况报告 (2022, 法治政府建设, 四川 区级部门)",
             shape="PDF copy wrapped at 35 with 第n页 footers and a running header; 劳动保障监察 立案 / 结案 (C) with 追发工资 for 人数 (traps), 欠薪 线索 by source (F), 处罚 with 上年 in brackets (A), 简易 + 普通 (F, C), kinds (F), 罚没款 (F), 仲裁 结案率 (C) and 调解率 (C), 复议 (F, C), 应诉 parts before the total (F, C); 人次 and 金额 per 人 as traps")
d = Doc(rep, {}, typo={"ys.2": 3}, note="the printed 二审 3件 (true 2) breaks 一审 + 二审 = 合计 (planted)")
d.p("涪城川区人力资源和社会保障局2021年法治政府建设情况报告")
d.p("2021年，区人社局在区委、区政府坚强领导下，认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，以保障劳动者合法权益为重点，"
    "依法履行人力资源社会保障管理职能，全年城镇新增就业8,126人，城镇登记失业率控制在3.6%以内。")
d.p("一、依法开展劳动保障监察")
d.p("全年通过举报投诉、日常巡查、书面审查等渠道发现欠薪线索412条，其中举报投诉287条、日常巡查76条、书面审查49条。立案查处劳动保障违法案件"
    "196件，结案188件，结案率" + pc(188, 196) + "%，为2,317名劳动者追发工资等待遇3,286.4万元。")
d.r(S(412, [287, 76, 49], None, "F"), "欠薪线索412条", "书面审查49条")
d.r(R(188, 196, float(pc(188, 196)), None, "C"), "违法案件196件", "结案率" + pc(188, 196) + "%")
d.r(B(188, 196, None, "E"), "违法案件196件", "结案188件")
d.m("cases.filed", 196, "件", "立案查处劳动保障违法案件196件")
secs.penalty(d, 2, [("罚款", 24), ("警告", 17)], 38.6, 1.25, prev=36, simple=9)
d.p("二、依法化解劳动人事争议")
d.p("全年受理劳动人事争议仲裁案件1,038件，审结1,002件，结案率" + pc(1002, 1038) + "%；其中调解结案573件，调解率" + pc(573, 1002) + "%。")
d.r(R(1002, 1038, float(pc(1002, 1038)), None, "C"), "仲裁案件1,038件", "结案率" + pc(1002, 1038) + "%")
d.r(R(573, 1002, float(pc(573, 1002)), None, "C"), "审结1,002件", "调解率" + pc(573, 1002) + "%")
d.p("三、行政复议和行政应诉")
secs.fuyi_bureau(d, 0, "我局", keep=9, reject=4, stop=3, revoke=1, unlawful=1, pend=2, prev_n=17, prev_rate=7.7)
secs.yingsu(d, 2, "", first=11, second=2, win=7, lose=1, wd=3, pend=2, should=6, came=5)
d.p("四、存在问题和下一步工作")
d.p("对照法治政府建设要求，我局在工程建设领域欠薪治理、新就业形态劳动者权益保障等方面仍有短板。2022年，我局将确保劳动保障监察案件结案率保持在95%以上，"
    "仲裁案件在法定期限内审结率达到100%。")
rep.text = d.text()
rep.never("为2,317名劳动者追发工资等待遇3,286.4万元", "money over people, no rate stated")
rep.never("城镇登记失业率控制在3.6%以内", "a rate over an unprinted base")
rep.never("结案率保持在95%以上", "a target")
