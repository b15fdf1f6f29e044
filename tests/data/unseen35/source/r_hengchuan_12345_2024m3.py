from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, shares, tgrid

rep = Report("hengchuan-12345-2024m3", "txt", "衡川市政务服务管理办公室", 2024,
             kind="衡川市12345政务服务便民热线2024年3月运行情况通报 (2024, 12345 月报, 河北 市)",
             shape="txt copied from a web page; 受理 = 电话 + 网络 (F) with 网络 by 渠道 (F), 直接办理 + 转办 = 受理 (F), 直接办结率, 接通率, 按时办结率, 满意率 (C), 环比 with 2月 printed (A), 同比 (O), 诉求 by 类型 with 分别 (B) and shares (C), a space-aligned table of 承办单位 with 转办 / 占比 / 按时办结 / 按时办结率 and a 合计 row (T: column sums, the share per row, the rate per row), prose restating the table (H), 供暖 诉求 比上月减少 (A); the number 12345, 退单 and 督办 as traps")
units = [("市住房和城乡建设局", 3126, 3046), ("市城市管理综合执法局", 2874, 2801), ("市人力资源和社会保障局", 1652, 1640),
         ("市市场监督管理局", 1418, 1409), ("市交通运输局", 1207, 1168), ("市生态环境局", 836, 830),
         ("国网衡川供电公司", 764, 761), ("其他单位", 5011, 4757)]
T, D = sum(u[1] for u in units), sum(u[2] for u in units)
rows = [[u[0], n(u[1]), pc(u[1], T), n(u[2]), pc(u[2], u[1])] for u in units] + [["合计", n(T), "100.0", n(D), pc(D, T)]]
tab, trels, rowt = tgrid(["承办单位", "转办件数", "占比（%）", "按时办结件数", "按时办结率（%）"], rows, "txt",
                         col_sums=(1, 3), rates=((4, 3, 1),))
acc, tel, net = 38426, 29874, 8552
rep.text = f"""衡川市12345政务服务便民热线2024年3月运行情况通报

来源：衡川市政务服务管理办公室　　发布时间：2024-04-08　　浏览量：2317

　　2024年3月，市12345政务服务便民热线（以下简称“12345热线”）坚持“接诉即办、未诉先办”，各承办单位积极响应，热线运行总体平稳。现将有关情况通报如下。

　　一、受理情况

　　3月份，12345热线共受理群众诉求{n(acc)}件，环比（2月{n(31208)}件）增长{gr(acc, 31208)}%，同比增长12.6%。其中电话受理{n(tel)}件，网络渠道受理{n(net)}件；网络渠道中，微信小程序4,216件、政府网站1,983件、“冀时办”APP 2,353件。本月热线呼入总量31,542个，人工接通{n(tel)}个，接通率{pc(tel, 31542)}%。

　　按诉求类型分，咨询类、求助类、投诉类、建议类、举报类、表扬类分别为20,318件、6,942件、8,716件、1,204件、893件、353件，其中咨询类占{pc(20318, acc)}%，投诉类占{pc(8716, acc)}%。

　　二、办理情况

　　本月直接办理（话务员即时解答）{n(21538)}件，直接办结率{pc(21538, acc)}%；转办承办单位{n(T)}件，按时办结{n(D)}件，按时办结率{pc(D, T)}%。承办单位退单128件，市政务服务管理办公室对超期工单督办46件。

　　三、满意度情况

　　本月对已办结工单回访12,640件，群众表示满意11,896件，满意率{pc(11896, 12640)}%，比上月提高0.8个百分点。

　　四、热点诉求

　　随着3月15日全市集中供暖结束，供暖类诉求回落至1,126件，比上月减少2,384件，下降{gr(1126, 1126 + 2384)}%。住房城乡建设类诉求（含物业管理、房屋质量）仍居首位，转办住建部门3,126件。欠薪类诉求412件，已全部转人社部门办理。

　　五、各承办单位办理情况

　　转办量前七位的承办单位及办理情况如下：

{tab}

　　注：1.占比为占全部转办件数的比重；2.按时办结率=按时办结件数/转办件数×100%。

　　下一步，各承办单位要对照本通报，对按时办结率低于97%的单位逐件分析原因。热线监督电话：0318-12345。
"""
t = rep.text
addt(rep, trels)
addt(rep, shares(rows, rowt, 1, 2, -1))
rep.add(
    S(acc, [tel, net], span(t, f"受理群众诉求{n(acc)}件", f"网络渠道受理{n(net)}件"), "F"),
    S(net, [4216, 1983, 2353], span(t, f"网络渠道受理{n(net)}件", "APP 2,353件"), "F"),
    C(acc, float(gr(acc, 31208)), span(t, f"受理群众诉求{n(acc)}件", f"增长{gr(acc, 31208)}%"), "A", prev=31208),
    C(acc, 12.6, span(t, f"受理群众诉求{n(acc)}件", "同比增长12.6%")),
    R(tel, 31542, float(pc(tel, 31542)), span(t, "呼入总量31,542个", f"接通率{pc(tel, 31542)}%"), "C"),
    E([tel, tel], span(t, f"电话受理{n(tel)}件", f"人工接通{n(tel)}个"), "H"),
    S(acc, [20318, 6942, 8716, 1204, 893, 353], span(t, f"受理群众诉求{n(acc)}件", "893件、353件"), "B"),
    R(20318, acc, float(pc(20318, acc)), span(t, f"受理群众诉求{n(acc)}件", f"咨询类占{pc(20318, acc)}%"), "C"),
    R(8716, acc, float(pc(8716, acc)), span(t, f"受理群众诉求{n(acc)}件", f"投诉类占{pc(8716, acc)}%"), "C"),
    S(acc, [21538, T], span(t, f"受理群众诉求{n(acc)}件", f"转办承办单位{n(T)}件"), "F"),
    R(21538, acc, float(pc(21538, acc)), span(t, f"受理群众诉求{n(acc)}件", f"直接办结率{pc(21538, acc)}%"), "C"),
    R(D, T, float(pc(D, T)), span(t, f"转办承办单位{n(T)}件", f"按时办结率{pc(D, T)}%"), "C"),
    R(11896, 12640, float(pc(11896, 12640)), span(t, "回访12,640件", f"满意率{pc(11896, 12640)}%"), "C"),
    C(1126, -float(gr(1126, 3510)), span(t, "回落至1,126件", f"下降{gr(1126, 3510)}%"), "A", prev=3510),
    E([T, T], span(t, f"转办承办单位{n(T)}件", rowt[-1]), "H"),
    E([3126, 3126], span(t, "转办住建部门3,126件", rowt[0]), "H"),
)
rep.never("比上月提高0.8个百分点", "last month's 满意率 is not printed")
rep.never("承办单位退单128件", "returned tickets, not a part")
rep.never("超期工单督办46件", "supervised tickets, not a part")
rep.never("欠薪类诉求412件", "a topic count, not in any stated relation")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 38426, '件', '3月份，12345热线共受理群众诉求38,426件')
