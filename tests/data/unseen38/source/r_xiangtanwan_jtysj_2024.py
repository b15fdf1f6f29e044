from common import C, E, Report, span
from u38 import Doc, chg
import secs

rep = Report("xiangtanwan-jtysj-2024", "md", "湘潭湾县交通运输局", 2025,
             kind="湘潭湾县交通运输局2024年法治政府建设年度报告 (2025, 法治政府建设, 湖南 县级部门)",
             shape="Markdown; 处罚 with 上年 in brackets (A), 简易 + 普通 (F) with a share (C), kinds (F), 罚没款 in 元 with parts in brackets (F), 治超 检测 with 超限率 (C) and 同比 (O), 双随机 rates (C), 培训 (F, C) and 持证率 (C), 出庭率 stated before its base with the 个百分点 rise over last year's printed (C, O), 应诉 (F, C), 普法 (F, C), a 主要数据 table restating (H); 里程 and 路段 as traps")
d = Doc(rep, {}, typo={"pen.conf": 48600}, note="the printed 没收违法所得 48,600元 (true 46,800) breaks the 罚没款 sum (planted)")
d.p("# 湘潭湾县交通运输局2024年法治政府建设年度报告")
d.p("2024年，县交通运输局深入贯彻落实习近平法治思想和党中央关于法治政府建设的决策部署，紧扣“四好农村路”建设和交通运输安全生产，"
    "推进交通运输综合行政执法规范化建设。全县公路通车里程达到2,416公里，其中农村公路1,983公里。")
d.p("## 一、规范交通运输行政执法")
secs.penalty(d, 2, [("罚款", 402), ("警告", 96), ("暂扣许可证件", 7)], 2134500, 46800, prev=472, simple=211, yuan=True)
d.p("治超工作中，全县超限检测站检测货运车辆48,316辆次，查处超限超载车辆1,257辆次，超限率2.6%，较上年的1,486辆次下降"
    + f"{abs(chg(1257, 1486)):.1f}%，卸载转运货物6,412吨。")
from common import R
from u38 import pc
d.r(R(1257, 48316, float(pc(1257, 48316)), None, "C"), "检测货运车辆48,316辆次", "超限率2.6%")
d.r(C(1257, chg(1257, 1486), None, "A", prev=1486), "查处超限超载车辆1,257辆次", f"下降{abs(chg(1257, 1486)):.1f}%")
secs.random_checks(d, tasks=22, joint=6, firms=318, found=27)
d.p("## 二、加强执法队伍建设")
secs.training(d, 0, "全局", 10, 4, 540, 88, 85, staff=True, units=[("局机关", 23), ("交通运输综合行政执法大队", 61)], cert=80)
d.p("## 三、依法化解行政争议")
secs.yingsu(d, 1, "", first=6, second=1, win=4, lose=1, wd=1, pend=1, should=6, came=6, prev_came_rate=85.7)
d.p("## 四、法治宣传教育")
secs.pufa(d, 1, events=36, week=6, leaflets=8800, books=700, people="1.5万")
d.p("## 五、主要数据")
rows = [("行政处罚案件（件）", d.s("pen.total")), ("罚没款（元）", d.s("pen.amt")), ("执法人员（人）", d.s("st.total"))]
d.p("| 指标 | 2024年 |\n| --- | --- |\n" + "\n".join(f"| {a} | {b} |" for a, b in rows))
d.p("## 六、存在问题和下一步打算")
d.p("一是农村公路路政管理力量薄弱，部分乡镇仅有1名兼职路政员；二是新业态执法依据不足。2025年，我局将推动执法人员培训时长人均不少于60学时。")
rep.text = d.text()
t = rep.text
rep.add(E([d.f("pen.total")] * 2, span(t, f"办理行政处罚案件{d.s('pen.total')}件", f"| 行政处罚案件（件） | {d.s('pen.total')} |"), "H"),
        E([d.f("pen.amt")] * 2, span(t, f"罚没款共计{d.s('pen.amt')}元", f"| 罚没款（元） | {d.s('pen.amt')} |"), "H"),
        E([d.f("st.total")] * 2, span(t, f"在编执法人员{d.s('st.total')}人", f"| 执法人员（人） | {d.s('st.total')} |"), "H"))
rep.never("全县公路通车里程达到2,416公里，其中农村公路1,983公里", "a part of a length, no relation stated")
rep.never("卸载转运货物6,412吨", "a tonnage")
rep.never("人均不少于60学时", "a target")
