from common import Report, R, S
from u38 import Doc, pc
import secs

rep = Report("sanyawan-jiedao-2023", "md", "三亚湾市吉阳川区月川街道办事处", 2024,
             kind="月川街道办事处2023年法治政府建设情况报告 (2024, 法治政府建设, 海南 街道)",
             shape="Markdown with numbered lists; 街道 综合执法 处罚 with 上年 in brackets (A), 简易 + 普通 (F, C), kinds (F), 罚没款 (F), 12345 工单 办结率 (C) with the parts by kind (F), 调解 (C), 普法 (F, C), 培训 rate first (C, F); 网格 and 小区 counts as traps")
d = Doc(rep, {}, we="街道", typo={"pf.l": 5800}, note="the printed 宣传折页 5,800份 (true 5,300) breaks the 资料 sum (planted)")
d.p("# 月川街道办事处2023年法治政府建设情况报告")
d.p("2023年，月川街道在区委、区政府的领导下，以建设法治街道为目标，推进基层治理法治化。街道辖8个社区、划分网格64个，常住人口约7.3万人。")
d.p("## 一、街道综合行政执法")
secs.penalty(d, 2, [("罚款", 214), ("警告", 53), ("没收", 9)], 41.37, 2.85, prev=239, simple=188)
d.p("## 二、接诉即办")
d.p("全年承办12345热线转办工单5,216件，办结5,173件，办结率" + pc(5173, 5216) + "%。按诉求类型分：\n\n"
    "1. 城市管理类2,034件；\n2. 物业管理类1,487件；\n3. 市场监管类612件；\n4. 其他类1,083件。")
d.r(R(5173, 5216, float(pc(5173, 5216)), None, "C"), "工单5,216件", pc(5173, 5216) + "%")
d.r(S(5216, [2034, 1487, 612, 1083], None, "F"), "工单5,216件", "其他类1,083件")
d.m("hotline.requests", 5216, "件", "承办12345热线转办工单5,216件")
d.p("## 三、矛盾纠纷调解")
d.p("街道和社区人民调解委员会受理纠纷412件，调解成功401件，成功率" + pc(401, 412) + "%，涉及金额约286万元。")
d.r(R(401, 412, float(pc(401, 412)), None, "C"), "受理纠纷412件", "成功率" + pc(401, 412) + "%")
d.p("## 四、普法与培训")
secs.pufa(d, 0, events=58, week=9, leaflets=5300, books=450, people="2.4万")
secs.training(d, 1, "", 7, 3, 412, 46, 45)
d.p("## 五、下一步工作")
d.p("街道将持续推进“一社区一法律顾问”工作，确保12345工单按时办结率不低于95%，并在2024年内完成全部64个网格的“法律明白人”配备。")
rep.text = d.text()
rep.never("网格64个，常住人口约7.3万人", "counts of grids and people")
rep.never("涉及金额约286万元", "an estimate")
rep.never("不低于95%", "a target")
