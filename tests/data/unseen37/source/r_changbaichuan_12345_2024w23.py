from common import B, C, E, R, Report, S, span
from u37 import addt, gr, n, pc, tgrid

rep = Report("changbaichuan-12345-2024w23", "txt", "长白川市政务服务和数字化建设管理局", 2024,
             kind="长白川市12345热线2024年第23周运行周报 (2024, 12345 周报, 吉林 市)",
             shape="txt copied from a web page; 受理 in a heading line with 电话 / 网络 in a list below (F), 直接办结 + 派单 = 受理 (F), 直接办结率 (C), 环比 with 上周 printed in brackets (A), a space-aligned table of 承办单位 with 派单 / 按时办结 / 退单 / 按时办结率 and a 合计 row (T: column sums and the rate per row; a planted 按时办结率 of 市住建局), prose restating the table (H), top 诉求 with shares (C), 重复来电 share (C), 满意率 (C); 排名 and 热线 numbers as traps")
units = [("市住建局", 612, 598, 7), ("市城管局", 487, 481, 3), ("市人社局", 264, 262, 1), ("市市场监管局", 241, 236, 4),
         ("市交通运输局", 173, 170, 0), ("长白川供热集团", 158, 149, 6), ("其他单位", 602, 593, 5)]
P, D, Q = sum(u[1] for u in units), sum(u[2] for u in units), sum(u[3] for u in units)
rows = [[u[0], str(u[1]), str(u[2]), str(u[3]), pc(u[2], u[1])] for u in units] + [["合计", n(P), n(D), str(Q), pc(D, P)]]
rows[0][4] = "98.4"
tab, trels, rowt = tgrid(["承办单位", "派单量", "按时办结", "退单", "按时办结率（%）"], rows, "txt", col_sums=(1, 2, 3), rates=((4, 2, 1),))
acc, tel, net = 6894, 5317, 1577
direct = acc - P
prev = 6412
rep.text = f"""长白川市12345政务服务便民热线运行周报

（2024年第23周　6月3日—6月9日）

长白川市政务服务和数字化建设管理局　　2024年6月11日

　　一、总体情况

　　本周热线共受理群众诉求{n(acc)}件，环比（上周{n(prev)}件）增长{gr(acc, prev)}%。按受理渠道分：
　　——电话受理{n(tel)}件；
　　——网络受理{n(net)}件（含“吉事办”、政府网站、微信公众号）。

　　本周话务员直接答复办结{n(direct)}件，直接办结率{pc(direct, acc)}%；派单承办单位{n(P)}件。本周呼入量7,412个，呼损率2.3%。

　　从受理时段看，工作日受理{n(5126)}件，周末受理{n(acc - 5126)}件；夜间（20:00至次日8:00）受理{n(846)}件，占受理总量的{pc(846, acc)}%。

　　二、诉求热点

　　本周诉求量排名前三的类别为：住房物业类1,026件、城市管理类893件、劳动保障类412件，分别占受理总量的{pc(1026, acc)}%、{pc(893, acc)}%和{pc(412, acc)}%。进入汛期，积水内涝类诉求87件。同一诉求人就同一事项7日内重复来电的工单有528件，占受理总量的{pc(528, acc)}%，较上周下降0.6个百分点。

　　三、承办单位办理情况

{tab}

　　注：按时办结率=按时办结/派单量×100%；退单指承办单位以“非本单位职责”等理由申请退回的工单。

　　本周派单{n(P)}件，按时办结{n(D)}件，按时办结率{pc(D, P)}%；承办单位申请退单{Q}件，经审核同意退回19件。市住建局派单量连续3周排名第一。

　　本周督办超期工单23件，其中市住建局9件、长白川供热集团6件、其他单位8件；对2家按时办结率低于97%的单位发送提醒函。

　　四、满意度

　　本周回访已办结工单2,216件，满意和基本满意2,047件，满意率{pc(2047, 2216)}%。

　　五、本周重点事项

　　（一）汛期诉求。6月5日至7日全市出现强降雨，热线开通汛情专席8个，三天受理积水、房屋漏雨等诉求{n(214)}件，其中城区{n(163)}件、县域{51}件，均在24小时内转派。

　　（二）高考服务。高考期间（6月7日至9日）受理考点周边噪音、交通诉求{38}件，已全部办结。

　　（三）重复来电治理。对本周重复来电3次以上的{41}个诉求人逐一回访，化解{29}个，其余{12}个已提级督办。

　　六、下周预测

　　预计下周受理量在6,500件至7,000件之间，汛情类、物业类诉求将继续增多。

　　热线服务电话：12345；监督电话：0433-8220971。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(acc, [tel, net], span(t, f"受理群众诉求{n(acc)}件", f"网络受理{n(net)}件"), "F"),
    C(acc, float(gr(acc, prev)), span(t, f"受理群众诉求{n(acc)}件", f"增长{gr(acc, prev)}%"), "A", prev=prev),
    S(acc, [direct, P], span(t, f"受理群众诉求{n(acc)}件", f"派单承办单位{n(P)}件"), "F"),
    R(direct, acc, float(pc(direct, acc)), span(t, f"受理群众诉求{n(acc)}件", f"直接办结率{pc(direct, acc)}%"), "C"),
    R(1026, acc, float(pc(1026, acc)), span(t, f"受理群众诉求{n(acc)}件", f"分别占受理总量的{pc(1026, acc)}%"), "C"),
    R(893, acc, float(pc(893, acc)), span(t, f"受理群众诉求{n(acc)}件", f"、{pc(893, acc)}%"), "C"),
    R(412, acc, float(pc(412, acc)), span(t, f"受理群众诉求{n(acc)}件", f"和{pc(412, acc)}%"), "C"),
    R(528, acc, float(pc(528, acc)), span(t, f"受理群众诉求{n(acc)}件", f"占受理总量的{pc(528, acc)}%"), "C"),
    E([P, P], span(t, rowt[-1], f"本周派单{n(P)}件"), "H"),
    R(D, P, float(pc(D, P)), span(t, f"本周派单{n(P)}件", f"按时办结率{pc(D, P)}%"), "C"),
    B(19, Q, span(t, f"申请退单{Q}件", "同意退回19件"), "E"),
    R(2047, 2216, float(pc(2047, 2216)), span(t, "回访已办结工单2,216件", f"满意率{pc(2047, 2216)}%"), "C"),
)
rep.add(
    S(23, [9, 6, 8], span(t, "督办超期工单23件", "其他单位8件"), "F"),
    S(214, [163, 51], span(t, f"受理积水、房屋漏雨等诉求{n(214)}件", "县域51件"), "F"),
    S(41, [29, 12], span(t, "3次以上的41个诉求人", "其余12个"), "F"),
)
rep.add(
    S(acc, [5126, acc - 5126], span(t, f"受理群众诉求{n(acc)}件", f"周末受理{n(acc - 5126)}件"), "F"),
    R(846, acc, float(pc(846, acc)), span(t, f"受理群众诉求{n(acc)}件", f"占受理总量的{pc(846, acc)}%"), "C"),
)
rep.never("开通汛情专席8个", "seats")
rep.never("在6,500件至7,000件之间", "a forecast")
rep.never("较上周下降0.6个百分点", "last week's 重复来电 share is not printed")
rep.never("呼损率2.3%", "the lost calls are not printed")
rep.never("积水内涝类诉求87件", "a topic count in no relation")
rep.never("连续3周排名第一", "a rank")
