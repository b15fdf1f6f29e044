from common import C, Report, R, span
from u38 import Doc, chg, pc
import secs

rep = Report("shaoxinghe-yjj-2022", "md", "绍兴河市柯桥湾区应急管理局", 2023,
             kind="柯桥湾区应急管理局2022年法治政府建设情况报告 (2023, 法治政府建设, 浙江 区级部门)",
             shape="Markdown with bullet lists; 生产安全事故 起数 / 死亡 with 同比 over the printed previous (A), 检查 隐患 整改率 (C) and 重大隐患 (E), 处罚 with 上年 in brackets (A), 简易 + 普通 (F, C), kinds (F), 罚没款 (F), 执法决定 重大 share and 采纳率 (C), 培训 rate first (C, F), 应诉 parts before total (F, C), '数字化' 检查 share (C); 演练 and 企业 counts as traps")
d = Doc(rep, {})
d.p("# 柯桥湾区应急管理局2022年法治政府建设情况报告")
d.p("2022年，区应急管理局坚持“人民至上、生命至上”，以“大安全”“大应急”“大减灾”体系建设为牵引，统筹发展和安全，推动应急管理领域法治建设。")
d.p("## 一、安全生产形势总体平稳")
d.p("- 全区发生生产安全事故14起、死亡13人，与上年的19起、17人相比，分别下降" + f"{abs(chg(14, 19)):.1f}%和{abs(chg(13, 17)):.1f}%；\n"
    "- 未发生较大及以上生产安全事故；\n- 全区工矿商贸企业1.27万家，纳入重点监管的危险化学品企业86家。")
d.r(C(14, chg(14, 19), None, "B", prev=19), "生产安全事故14起", f"分别下降{abs(chg(14, 19)):.1f}%")
d.r(C(13, chg(13, 17), None, "B", prev=17), "死亡13人", f"和{abs(chg(13, 17)):.1f}%")
d.m("accidents.count", 14, "起", "生产安全事故14起")
d.m("accidents.deaths", 13, "人", "死亡13人")
d.p("## 二、严格安全生产执法")
secs.hazards(d, units=3418, found=9672, fixed=9541, major=27, major_fixed=27)
d.p("依托“浙江安全码”等数字化手段开展远程检查1,026家次，占全部检查的" + pc(1026, 3418) + "%。")
d.r(R(1026, 3418, float(pc(1026, 3418)), None, "C"), "1,026家次", pc(1026, 3418) + "%")
rep.rels[-1]["anchor"] = "__X__"
secs.penalty(d, 2, [("罚款", 287), ("责令停产停业整顿", 11), ("警告", 24)], 946.3, 17.82, prev=301, simple=46)
secs.review(d, 1, dec=612, major=52, sug=77, adopted=74)
d.p("## 三、执法队伍建设")
secs.training(d, 1, "", 12, 5, 860, 141, 140)
d.p("## 四、行政应诉")
secs.yingsu(d, 2, "", first=5, second=2, win=3, lose=1, wd=1, pend=2, should=3, came=3)
d.p("## 五、2023年工作思路")
d.p("持续深化“互联网+执法”，推动执法检查覆盖率不低于100%，重大事故隐患动态清零。")
rep.text = d.text()
t = rep.text
x = next(r for r in rep.rels if r.get("anchor") == "__X__")
x["anchor"] = span(t, "检查生产经营单位3,418家次", pc(1026, 3418) + "%。")
rep.never("工矿商贸企业1.27万家", "a count of firms")
rep.never("危险化学品企业86家", "a count of firms")
rep.never("覆盖率不低于100%", "a target")
