from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, tgrid

rep = Report("pingyaochuan-12345-2023q2", "md", "平遥川县12345政务服务便民热线管理中心", 2023,
             kind="平遥川县12345热线2023年第二季度诉求分析报告 (2023, 12345 季度分析, 山西 县)",
             shape="Markdown; a table by 月份 with 受理 / 转办 / 办结 / 办结率 and a 二季度合计 row (T: column sums, the rate per row), prose restating the quarter (H), 受理 = 直接答复 + 转办 (F), 环比 against 一季度 printed (A, planted), 同比 (O), 满意率 (C), 诉求 by 领域 top five with shares of 受理 (C; not exhaustive: a trap), 欠薪 追回 amounts and 乡镇 counts as traps")
m = [("4月", 2216, 1184, 1152), ("5月", 2308, 1246, 1221), ("6月", 2318, 1275, 1238)]
A, Z, B = (sum(x[i] for x in m) for i in (1, 2, 3))
rows = [[x[0], n(x[1]), n(x[2]), n(x[3]), pc(x[3], x[2])] for x in m] + [["二季度合计", n(A), n(Z), n(B), pc(B, Z)]]
tab, trels, rowt = tgrid(["月份", "受理量（件）", "转办量（件）", "办结量（件）", "办结率（%）"], rows, "md",
                         col_sums=(1, 2, 3), rates=((4, 3, 2),))
fields = [("城乡建设", 1532), ("社会保障", 1106), ("农业农村", 864), ("市场监管", 702), ("交通运输", 511)]
rep.text = f"""# 平遥川县12345热线2023年第二季度诉求分析报告

平遥川县12345政务服务便民热线管理中心　2023年7月12日

## 一、总体情况

二季度，县12345热线共受理群众诉求{n(A)}件，环比（一季度{n(5964)}件）增长17.4%，同比增长8.9%。其中话务员直接答复{n(A - Z)}件，转办县直部门和乡镇（街道）{n(Z)}件，已办结{n(B)}件，办结率{pc(B, Z)}%。

对已办结诉求回访2,960件，满意2,782件，满意率{pc(2782, 2960)}%。全县14个乡镇（街道）和36个县直部门纳入热线承办体系。

## 二、分月情况

{tab}

从月度看，6月份受理量最高，主要是夏粮收购和防汛相关咨询增多。

## 三、诉求领域分析

二季度诉求量居前五位的领域：

1. 城乡建设类{n(1532)}件，占受理总量的{pc(1532, A)}%，主要涉及物业服务、老旧小区改造、供水；
2. 社会保障类{n(1106)}件，占{pc(1106, A)}%，主要涉及养老保险缴费、医保报销；
3. 农业农村类864件，占{pc(864, A)}%，主要涉及小麦收购价格、农业补贴发放；
4. 市场监管类702件，占{pc(702, A)}%；
5. 交通运输类511件，占{pc(511, A)}%。

前五位领域合计{n(sum(f[1] for f in fields))}件，占{pc(sum(f[1] for f in fields), A)}%。

## 四、需要关注的问题

欠薪诉求218件，经人社部门协调为312名农民工追回工资346.8万元。部分承办单位存在“先办结、后回访”倾向，6月份重复来电127件。

## 五、工作建议

一是加强夏季防汛、高温期间供水供电诉求的预研预判；二是对重复来电实行“首接负责、跟踪到底”。

（本报告数据来源：平遥川县12345热线工单系统，统计截止时间为2023年6月30日24时。）
"""
t = rep.text
addt(rep, trels)
five = sum(f[1] for f in fields)
rep.add(
    C(A, 17.4, span(t, f"受理群众诉求{n(A)}件", "增长17.4%"), "A", prev=5964, bad=f"({A} − 5,964) / 5,964 = {gr(A, 5964)}%, printed 17.4% (planted)"),
    C(A, 8.9, span(t, f"受理群众诉求{n(A)}件", "同比增长8.9%")),
    S(A, [A - Z, Z], span(t, f"受理群众诉求{n(A)}件", f"乡镇（街道）{n(Z)}件"), "F"),
    R(B, Z, float(pc(B, Z)), span(t, f"乡镇（街道）{n(Z)}件", f"办结率{pc(B, Z)}%"), "C"),
    R(2782, 2960, float(pc(2782, 2960)), span(t, "回访2,960件", f"满意率{pc(2782, 2960)}%"), "C"),
    E([A, A], span(t, f"受理群众诉求{n(A)}件", rowt[-1]), "H"),
    E([B, B], span(t, f"已办结{n(B)}件", rowt[-1]), "H"),
    S(five, [f[1] for f in fields], span(t, "城乡建设类", f"合计{n(five)}件"), "F"),
    R(five, A, float(pc(five, A)), span(t, f"受理群众诉求{n(A)}件", f"占{pc(five, A)}%。"), "C"),
)
for name, v in fields:
    rep.add(R(v, A, float(pc(v, A)), span(t, f"受理群众诉求{n(A)}件", f"占{pc(v, A)}%" if name != "城乡建设" else f"占受理总量的{pc(v, A)}%"), "C"))
rep.never("欠薪诉求218件，经人社部门协调为312名农民工追回工资346.8万元", "cases, persons and money: no relation")
rep.never("14个乡镇（街道）和36个县直部门", "places and bodies, not parts of anything stated")
rep.never("重复来电127件", "repeat calls within 6月, not a stated part")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 6842, '件', '二季度，县12345热线共受理群众诉求6,842件')
