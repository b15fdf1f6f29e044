from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, tgrid

rep = Report("songjiangwan-12345-2022m11", "txt", "上海市松江湾区城市运行管理中心", 2022, enc="utf-16", dest="enc",
             kind="松江湾区12345市民服务热线2022年11月工单办理情况 (2022, 12345 月报, 上海 区, UTF-16)",
             shape="UTF-16 .txt with BOM (no wrapping); 工单 = 市级派单 + 区级受理 (F), 环比 with 10月 printed (A), 先行联系率, 实际解决率, 满意率 with their counts (C), a space-aligned table of 街镇 with 工单量 / 实际解决率 / 满意率 and a 合计 row (T: the column sum; the rates over unprinted bases: traps; a planted 合计), prose restating (H), 疫情 工单 share (C), 诉求 by 类别 with 分别 (B)")
tw = [("岳阳湾街道", 1436, "86.4", "91.2"), ("永丰湾街道", 1218, "84.9", "90.6"), ("方松湾街道", 1372, "88.1", "92.3"),
      ("中山湾街道", 1104, "85.7", "90.1"), ("泗泾湾镇", 968, "83.2", "89.4"), ("九亭湾镇", 1587, "82.6", "88.7"),
      ("洞泾湾镇", 534, "87.5", "91.8"), ("新桥湾镇", 872, "84.1", "90.2"), ("车墩湾镇", 646, "86.9", "91.5"),
      ("区属委办局", 2315, "81.3", "87.6")]
Z = sum(x[1] for x in tw)
rows = [[a, n(z), r, s] for a, z, r, s in tw] + [["合计", n(Z + 100), "84.6", "89.9"]]
tab, trels, rowt = tgrid(["街镇/单位", "工单量（件）", "实际解决率（%）", "满意率（%）"], rows, "txt", col_sums=(1,))
city = 9214
rep.text = f"""松江湾区12345市民服务热线2022年11月工单办理情况

　　2022年11月，区城运中心共受理12345市民服务热线工单{n(Z)}件，环比（10月{n(11273)}件）增长{gr(Z, 11273)}%。其中市热线办派单{n(city)}件，区级平台直接受理{n(Z - city)}件。

　　一、办理质效

　　本月承办单位先行联系{n(11682)}件，先行联系率{pc(11682, Z)}%；经回访核实，实际解决{n(10398)}件，实际解决率{pc(10398, Z)}%；参与满意度测评{n(8126)}件，满意{n(7305)}件，满意率{pc(7305, 8126)}%。

　　按诉求类别分，城市管理、住房保障、社区管理、疫情防控、其他类工单分别为3,426件、2,318件、2,087件、2,914件、1,307件。其中疫情防控类工单占{pc(2914, Z)}%，较10月有所上升，主要涉及封控区域物资保障、核酸检测点设置。

　　二、各街镇和区属委办局办理情况

{tab}

　　注：实际解决率、满意率按市热线办考核口径计算。

　　三、工作要求

　　各街镇要强化“接诉即办”首接责任，对实际解决率低于85%的单位，区城运中心将进行约谈。本月区城运中心开展工单质量抽查420件，发现答复不规范问题37件。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(Z, float(gr(Z, 11273)), span(t, f"热线工单{n(Z)}件", f"增长{gr(Z, 11273)}%"), "A", prev=11273),
    S(Z, [city, Z - city], span(t, f"热线工单{n(Z)}件", f"直接受理{n(Z - city)}件"), "F"),
    R(11682, Z, float(pc(11682, Z)), span(t, f"热线工单{n(Z)}件", f"先行联系率{pc(11682, Z)}%"), "C"),
    R(10398, Z, float(pc(10398, Z)), span(t, f"热线工单{n(Z)}件", f"实际解决率{pc(10398, Z)}%"), "C"),
    R(7305, 8126, float(pc(7305, 8126)), span(t, "测评8,126件", f"满意率{pc(7305, 8126)}%"), "C"),
    S(Z, [3426, 2318, 2087, 2914, 1307], span(t, f"热线工单{n(Z)}件", "2,914件、1,307件"), "B"),
    R(2914, Z, float(pc(2914, Z)), span(t, f"热线工单{n(Z)}件", f"占{pc(2914, Z)}%"), "C"),
    E([Z, Z + 100], span(t, f"热线工单{n(Z)}件", rowt[-1]), "H", bad=f"the prose gives {n(Z)}, the table's 合计 prints {n(Z + 100)} (planted)"),
)
rep.never("实际解决率（%）", "the table's rates over unprinted bases")
rep.never("工单质量抽查420件，发现答复不规范问题37件", "a sample with findings, no rate stated")
rep.never("实际解决率低于85%", "a threshold")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 12052, '件', '区城运中心共受理12345市民服务热线工单12,052件')
