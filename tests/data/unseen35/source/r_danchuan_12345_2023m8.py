from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, tgrid, mark, NOTE

rep = Report("danchuan-12345-2023m8", "md", "儋川市营商环境建设局（12345热线管理科）", 2023,
             kind="儋川市12345热线2023年8月工单分析 (2023, 12345 月报, 海南 市)",
             shape="Markdown; a table of 诉求分类 with 8月 / 7月 / 环比% and a 合计 row (T: both column sums and the 环比 per row over the printed 7月), prose: 受理 = 来电 + 网络 (F), 转办 + 直办 (F), 签收率, 办结率, 满意率 (C), 环比 restated (H), 台风 诉求 share (C), 同比 (O), 台风 天数 and 值守 as traps")
cats = [("城乡建设", 3412, 3186), ("交通出行", 1876, 1654), ("市场监管", 1523, 1608), ("劳动保障", 1204, 1122),
        ("教育文体", 1348, 862), ("自然资源", 726, 694), ("卫生健康", 688, 731), ("其他", 2165, 1987)]
A, P = sum(c[1] for c in cats), sum(c[2] for c in cats)
rows = [[k, n(a), n(p), ("" if a >= p else "-") + gr(a, p)] for k, a, p in cats] + [["合计", n(A), n(P), gr(A, P)]]
tab, trels, rowt = tgrid(["诉求分类", "8月（件）", "7月（件）", "环比（%）"], rows, "md", col_sums=(1, 2))
for row, t_ in zip(rows, rowt, strict=False):
    a, p, g = int(row[1].replace(",", "")), int(row[2].replace(",", "")), float(row[3])
    trels.append(mark(C(a, g, t_, "T", prev=p), NOTE))
tel = 9264
rep.text = f"""# 儋川市12345热线2023年8月工单分析

**儋川市营商环境建设局（12345热线管理科）　2023年9月6日**

## 一、基本情况

8月份，市12345热线共受理诉求{n(A)}件，环比（7月{n(P)}件）增长{gr(A, P)}%，同比增长7.3%。其中来电{n(tel)}件，“海易办”、微信公众号等网络渠道{n(A - tel)}件。热线直接办理{n(5127)}件，转办工单{n(A - 5127)}件；承办单位2小时内签收{n(7698)}件，按时签收率{pc(7698, A - 5127)}%。截至8月31日，转办工单已办结{n(7512)}件，办结率{pc(7512, A - 5127)}%。回访满意度测评{n(4036)}件，满意{n(3871)}件，满意率{pc(3871, 4036)}%。

## 二、分类情况

{tab}

教育文体类诉求环比增长{gr(1348, 862)}%，增幅最大，主要是秋季学期学位申请、中小学招生划片咨询集中；市场监管类、卫生健康类诉求有所下降。

## 三、热点诉求

受台风“海葵”影响，8月下旬连续3天热线话务量超过日常2倍，涉台风诉求{n(1642)}件，占本月受理量的{pc(1642, A)}%，主要涉及停电、积水、树木倒伏。热线实行24小时值守，增派话务员18名。

## 四、下步工作

加强与供电、水务等公共服务企业的工单直派，缩短台风期间诉求处置时间。
"""
t = rep.text
addt(rep, trels)
Z = A - 5127
rep.add(
    C(A, float(gr(A, P)), span(t, f"受理诉求{n(A)}件", f"增长{gr(A, P)}%"), "A", prev=P),
    C(A, 7.3, span(t, f"受理诉求{n(A)}件", "同比增长7.3%")),
    S(A, [tel, A - tel], span(t, f"受理诉求{n(A)}件", f"网络渠道{n(A - tel)}件"), "F"),
    S(A, [5127, Z], span(t, f"受理诉求{n(A)}件", f"转办工单{n(Z)}件"), "F"),
    R(7698, Z, float(pc(7698, Z)), span(t, f"转办工单{n(Z)}件", f"按时签收率{pc(7698, Z)}%"), "C"),
    R(7512, Z, float(pc(7512, Z)), span(t, f"转办工单{n(Z)}件", f"办结率{pc(7512, Z)}%"), "C"),
    R(3871, 4036, float(pc(3871, 4036)), span(t, f"测评{n(4036)}件", f"满意率{pc(3871, 4036)}%"), "C"),
    E([A, A], span(t, f"受理诉求{n(A)}件", rowt[-1]), "H"),
    C(1348, float(gr(1348, 862)), span(t, rowt[4], f"环比增长{gr(1348, 862)}%"), "H", prev=862),
    R(1642, A, float(pc(1642, A)), span(t, f"受理诉求{n(A)}件", f"占本月受理量的{pc(1642, A)}%"), "C"),
)
rep.never("连续3天热线话务量超过日常2倍", "a multiple over an unprinted daily level")
rep.never("增派话务员18名", "staff")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 12942, '件', '8月份，市12345热线共受理诉求12,942件')
