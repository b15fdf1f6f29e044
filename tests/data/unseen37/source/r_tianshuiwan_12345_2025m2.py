from common import C, E, R, Report, S, span
from u37 import addt, gr, mark, n, pc, tgrid, val, NOTE

rep = Report("tianshuiwan-12345-2025m2", "md", "天水湾市12345政务服务便民热线管理中心", 2025,
             kind="天水湾市12345热线2025年2月承办单位办理情况通报 (2025, 12345 月报 排名, 甘肃 市)",
             shape="Markdown; a ranking table of 承办单位 with 排名 / 工单量 / 上月工单量 / 环比% / 按时办结率 / 满意率 / 退单 and a 合计 row (T: column sums of 工单量 / 上月 / 退单, the 环比 per row over the printed 上月; rates per row over unprinted bases: traps), prose: 受理 in a heading line with parts in a list (F), 环比 with 上月 printed in brackets (A), 同比 (O), 派单 share (C), 退单 审核 (F), 按时办结率 and 满意率 (C); 排名 numbers, 春节 假期 天数 as traps")
us = [("市住建局", 1428, 1906, 97.6, 91.2, 14), ("市人社局", 1216, 1082, 99.1, 94.6, 3), ("市城管执法局", 984, 1147, 98.4, 89.7, 9),
      ("市市场监管局", 716, 658, 99.3, 95.1, 2), ("市交通运输局", 512, 586, 98.8, 92.4, 5), ("市教育局", 438, 296, 99.5, 96.3, 1),
      ("国网天水湾供电公司", 327, 514, 99.7, 97.2, 0), ("其他单位", 1874, 2013, 98.9, 93.8, 11)]
P1, P0, Q = sum(u[1] for u in us), sum(u[2] for u in us), sum(u[5] for u in us)
rows = [[str(i + 1), u[0], n(u[1]), n(u[2]), ("-" if u[1] < u[2] else "") + gr(u[1], u[2]), str(u[3]), str(u[4]), str(u[5])] for i, u in enumerate(us)]
rows[-1][0] = "—"
rows.append(["—", "合计", n(P1), n(P0), ("-" if P1 < P0 else "") + gr(P1, P0), "98.7", "92.9", str(Q)])
tab, trels, rowt = tgrid(["排名", "承办单位", "本月工单量", "上月工单量", "环比（%）", "按时办结率（%）", "满意率（%）", "退单（件）"], rows, "md", col_sums=(2, 3, 7))
for row, rt_ in zip(rows, rowt, strict=False):
    trels.append(mark(C(val(row[2]), val(row[4]), rt_, "T", prev=val(row[3])), NOTE))
acc, prev = 19684, 22417
tel, web, app = 14126, 3318, acc - 14126 - 3318
rep.text = f"""# 天水湾市12345热线2025年2月承办单位办理情况通报

天水湾市12345政务服务便民热线管理中心　2025年3月6日

各县区、市直各部门、各承办单位：

现将2025年2月12345热线工单办理情况通报如下。

## 一、受理情况

**2月份热线共受理群众诉求{n(acc)}件，环比（1月{n(prev)}件）下降{gr(acc, prev)}%，同比增长4.1%。**其中：

1. 电话渠道{n(tel)}件；
2. 网站渠道{n(web)}件；
3. “甘快办”APP及小程序{n(app)}件。

受春节假期（8天）影响，月初诉求量偏低。本月直接办结{n(acc - P1)}件，派单{n(P1)}件，派单率{pc(P1, acc)}%。

## 二、承办单位办理情况

{tab}

注：排名按本月工单量排序；按时办结率、满意率以各单位已办结、已回访工单为基数计算。

本月各承办单位申请退单{Q}件，经审核同意退回{Q - 17}件、驳回17件。按时办结率低于98%的单位有2家，满意率低于90%的单位有1家。

## 三、总体办理质效

全市派单工单按时办结{n(7398)}件，按时办结率{pc(7398, P1)}%；回访{n(5316)}件，满意{n(4938)}件，满意率{pc(4938, 5316)}%。

## 四、诉求热点

本月诉求量居前三位的是供暖、劳动保障和物业管理，分别为{n(2864)}件、{n(1932)}件和{n(1406)}件，三类合计{n(6202)}件，占受理总量的{pc(6202, acc)}%。节后返岗期间，欠薪类诉求{417}件，比1月减少{186}件，下降{pc(186, 417 + 186)}%。

## 五、督办情况

本月对超期未办结工单督办{62}件，其中一督{48}件、二督{11}件、三督{3}件；对退单理由不充分的{17}件工单全部退回原承办单位重新办理。

## 六、有关要求

对连续两个月排名后三位的单位，将提请市政府督查室督办。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(acc, -float(gr(acc, prev)), span(t, f"受理群众诉求{n(acc)}件", f"下降{gr(acc, prev)}%"), "A", prev=prev),
    C(acc, 4.1, span(t, f"受理群众诉求{n(acc)}件", "同比增长4.1%")),
    S(acc, [tel, web, app], span(t, f"受理群众诉求{n(acc)}件", f"小程序{n(app)}件"), "F"),
    S(acc, [acc - P1, P1], span(t, f"受理群众诉求{n(acc)}件", f"派单{n(P1)}件"), "F"),
    R(P1, acc, float(pc(P1, acc)), span(t, f"受理群众诉求{n(acc)}件", f"派单率{pc(P1, acc)}%"), "C"),
    E([P1, P1], span(t, f"派单{n(P1)}件", rowt[-1]), "H"),
    E([Q, Q], span(t, rowt[-1], f"申请退单{Q}件"), "H"),
    S(Q, [Q - 17, 17], span(t, f"申请退单{Q}件", "驳回17件"), "F"),
    R(7398, P1, float(pc(7398, P1)), span(t, rowt[-1], f"按时办结率{pc(7398, P1)}%"), "C"),
    R(4938, 5316, float(pc(4938, 5316)), span(t, f"回访{n(5316)}件", f"满意率{pc(4938, 5316)}%"), "C"),
)
rep.add(E([98.7, float(pc(7398, P1))], span(t, rowt[-1], f"按时办结率{pc(7398, P1)}%"), "H"),
        E([92.9, float(pc(4938, 5316))], span(t, rowt[-1], f"满意率{pc(4938, 5316)}%"), "H"))
rep.never("按时办结率（%） | 满意率（%）", "the units' rates are over unprinted bases (已办结, 已回访)")
rep.add(
    S(6202, [2864, 1932, 1406], span(t, f"分别为{n(2864)}件", f"三类合计{n(6202)}件"), "F"),
    R(6202, acc, float(pc(6202, acc)), span(t, f"受理群众诉求{n(acc)}件", f"占受理总量的{pc(6202, acc)}%"), "C"),
    C(417, -float(pc(186, 603)), span(t, "欠薪类诉求417件", f"下降{pc(186, 603)}%"), "A", prev=603),
    S(62, [48, 11, 3], span(t, "督办62件", "三督3件"), "F"),
    E([17, 17], span(t, "驳回17件", "退单理由不充分的17件"), "H"),
)
rep.never("春节假期（8天）", "days")
rep.never("低于98%的单位有2家", "counts of units against thresholds")
