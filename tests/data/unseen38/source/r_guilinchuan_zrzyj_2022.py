from common import B, Report, S
from u38 import Doc
import secs

rep = Report("guilinchuan-zrzyj-2022", "txt", "桂林川市临桂湾区自然资源局", 2023,
             kind="临桂湾区自然资源局2022年法治政府建设情况报告 (2023, 法治政府建设, 广西 区级部门)",
             shape="txt copied from a web page; 违法用地 立案 / 结案 (F, C), 处罚 kinds first and 合计 after (F) with 较上年的 (A), 罚没款 '分别为' (F), 规范性文件 清理 total first (F), 法制审核 (F, E), 复议 outcomes (F) with 纠错率 and its 个百分点 change over last year's printed (C, O), 应诉 (F, C); 面积 亩 and 卫片 图斑 as traps")
d = Doc(rep, {})
d.p("临桂湾区自然资源局2022年法治政府建设情况报告")
d.p("今年以来，临桂湾区自然资源局坚持以习近平法治思想为指导，严格落实党政主要负责人履行推进法治建设第一责任人职责规定，依法履行自然资源"
    "管理职责，守住耕地保护红线，全区耕地保有量保持在52.6万亩以上。")
d.p("一、依法查处自然资源违法行为")
d.p("全年立案查处土地、矿产等违法案件58件，结案51件，结案率87.9%；立案案件中，违法占用耕地案件23件、非法采矿案件9件、其他违法案件26件。"
    "卫片执法检查下发图斑1,164个，已核查完毕。")
from common import R
d.r(R(51, 58, 87.9, None, "C"), "违法案件58件", "结案率87.9%")
d.r(S(58, [23, 9, 26], None, "F"), "违法案件58件", "其他违法案件26件")
d.r(B(51, 58, None, "E"), "违法案件58件", "结案51件")
d.m("cases.filed", 58, "件", "立案查处土地、矿产等违法案件58件")
secs.penalty(d, 1, [("责令退还土地并处罚款", 31), ("没收违法所得及地上建筑物", 12), ("责令停止开采并处罚款", 8)], 265.08, 93.6, prev=44)
d.p("二、健全依法决策机制")
secs.cleanup(d, keep=27, amend=4, repeal=6, void=2)
secs.review(d, 0, dec=0, major=19, ok=17, hearing=4)
d.p("三、依法化解行政争议")
secs.fuyi_bureau(d, 0, "本局", keep=6, reject=3, stop=2, revoke=1, unlawful=1, pend=2, prev_n=11, prev_rate=20.0)
secs.yingsu(d, 0, "本局", first=14, second=5, win=11, lose=2, wd=3, pend=3, should=9, came=9)
d.p("四、存在问题和下一步打算")
d.p("一是部分执法人员对新修订的《土地管理法实施条例》掌握不够；二是违法用地早发现早制止机制仍需完善。2023年，本局将力争违法用地案件结案率达到95%以上，"
    "新增违法占用耕地面积控制在100亩以内。")
rep.text = d.text()
rep.never("保持在52.6万亩以上", "an area bound, no second figure")
rep.never("图斑1,164个", "a count of another kind")
rep.never("结案率达到95%以上", "a target")
rep.never("控制在100亩以内", "a target")
