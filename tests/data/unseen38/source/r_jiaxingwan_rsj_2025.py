from common import B, C, E, Report, R, S, span
from u38 import Doc, chg, pc
import secs

rep = Report("jiaxingwan-rsj-2025", "html", "嘉兴湾市秀洲川区人力资源和社会保障局", 2026,
             kind="秀洲川区人力资源和社会保障局2025年度法治政府建设情况报告 (2026, 法治政府建设, 浙江 区级部门)",
             shape="HTML paragraphs; 欠薪 案件 立案 / 结案 (C, E) with 追发 (traps), 劳动监察 '一是…二是…三是' (F), 处罚 with 上年 in brackets (A), 简易 + 普通 (F, C), kinds (F), 罚没款 (F), 仲裁 (C) with 同比 over the printed previous (A), 复议 outcomes with 纠错率 and its 个百分点 change (F, C, O), 出庭率 first with the rise (C, O), 败诉率 (C), a restatement (H); 参保 人数 as traps")
d = Doc(rep, {}, typo={"fy.stop": 3}, note="the printed 终止 3件 (true 2) breaks the outcomes' sum (planted)")
d.p("<h2>秀洲川区人力资源和社会保障局2025年度法治政府建设情况报告</h2>")
d.p("2025年，区人力社保局坚持以人民为中心，全区企业职工基本养老保险参保人数达到41.2万人，城乡居民基本养老保险参保率保持在99%以上。")
d.p("<b>一、劳动保障监察执法</b>")
d.p("全年立案查处劳动保障违法案件241件，结案236件，结案率" + pc(236, 241) + "%。主动监察中，一是检查在建工程项目318个次，二是检查用人单位1,426户次，"
    "三是书面审查用人单位5,872户，三项合计7,616户（个）次。")
d.r(R(236, 241, float(pc(236, 241)), None, "C"), "违法案件241件", pc(236, 241) + "%")
d.r(B(236, 241, None, "E"), "违法案件241件", "结案236件")
d.r(S(7616, [318, 1426, 5872], None, "F"), "在建工程项目318个次", "7,616户（个）次")
d.m("cases.filed", 241, "件", "立案查处劳动保障违法案件241件")
secs.penalty(d, 2, [("罚款", 33), ("警告", 21)], 47.2, 0.86, prev=48, simple=12)
d.p("<b>二、劳动人事争议处理</b>")
d.p("全年受理劳动人事争议仲裁案件2,214件，较上年的2,486件下降" + f"{abs(chg(2214, 2486)):.1f}%；审结2,168件，结案率" + pc(2168, 2214) + "%。")
d.r(C(2214, chg(2214, 2486), None, "A", prev=2486), "仲裁案件2,214件", f"下降{abs(chg(2214, 2486)):.1f}%")
d.r(R(2168, 2214, float(pc(2168, 2214)), None, "C"), "仲裁案件2,214件", "结案率" + pc(2168, 2214) + "%")
d.p("<b>三、行政复议和行政应诉</b>")
secs.fuyi_bureau(d, 0, "我局", keep=11, reject=5, stop=2, revoke=1, unlawful=1, pend=3, prev_n=20, prev_rate=15.0)
secs.yingsu(d, 1, "", first=12, second=4, win=10, lose=1, wd=2, pend=3, should=9, came=9, prev_came_rate=87.5)
d.p("<b>四、下一步工作</b>")
d.p(f"对照全年{d.s('fy.n')}件行政复议案件暴露出的问题，持续规范工伤认定、社会保险待遇核定等执法行为。")
rep.text = "<html><body>\n" + "\n".join(p if p.startswith("<h2") else f"<p>{p}</p>" for p in d.parts) + "\n</body></html>"
t = rep.text
rep.add(E([d.f("fy.n")] * 2, span(t, f"行政复议案件{d.s('fy.n')}件，同比", f"全年{d.s('fy.n')}件行政复议案件"), "H"))
rep.never("参保人数达到41.2万人", "a count of insured people")
rep.never("参保率保持在99%以上", "a rate over an unprinted base")
