from common import C, E, R, Report, S, span
from u37 import addt, n, pc, refit, tgrid

HEAD = "六盘川市12345热线拖欠农民工工资诉求专题分析"
rep = Report("liupanchuan-12345-qianxin-2023", "txt", "六盘川市12345政务服务便民热线管理中心", 2024, wrap=35,
             kind="六盘川市12345热线2023年拖欠农民工工资诉求专题分析 (2024, 12345 专题分析 欠薪, 贵州 市)",
             shape="PDF copy wrapped at 35 with 第n页 footers and a running header; a space-aligned table of 县（市、区） with 欠薪诉求 / 涉及人数 / 涉及金额 / 已追回 / 追回率 and a 合计 row, broken over a page with its header row printed again (T: column sums, the rate per row; a planted 已追回 of 钟山湾区), prose: 诉求 total in a heading line with 行业 parts in a list (F), 同比 for many figures in one sentence (O), 人均 欠薪 (G), 追回率 restated (H), 办结率 (C), 12月-1月 share (C); 农民工 总量 and 项目 counts as traps")
cty = [("钟山湾区", 1426, 5218, 6342.7, 5986.1), ("水城川区", 1108, 4327, 5120.4, 4876.3), ("盘州河市", 1574, 6106, 7418.6, 7105.2),
       ("六枝湾特区", 612, 2184, 2407.9, 2318.4), ("高新区", 318, 1096, 1386.2, 1342.7), ("红果新区", 287, 904, 1026.5, 987.6)]
T = [sum(c[i] for c in cty) for i in (1, 2)] + [round(sum(c[i] for c in cty), 1) for i in (3, 4)]
rows = [[c[0], n(c[1]), n(c[2]), n(c[3], 1), n(c[4], 1), pc(c[4], c[3])] for c in cty] + [["合计", n(T[0]), n(T[1]), n(T[2], 1), n(T[3], 1), pc(T[3], T[2])]]
rows[0][4] = n(5896.1, 1)
hdr = ["县（市、区）", "欠薪诉求（件）", "涉及人数（人）", "涉及金额（万元）", "已追回（万元）", "追回率（%）"]
tab, trels, rowt = tgrid(hdr, rows, "txt", col_sums=(1, 2, 3, 4), rates=((5, 4, 3),))
head_line = tab.split("\n")[0]
tab = tab.replace(rowt[2] + "\n", rowt[2] + "\n\n第 3 页\n\n" + HEAD + "\n\n" + head_line + "\n", 1)
N, P, M = T[0], T[1], T[2]
ind = [("建筑业", 3126), ("制造业", 784), ("餐饮住宿业", 612), ("其他行业", N - 3126 - 784 - 612)]
rep.text = f"""{HEAD}

六盘川市12345政务服务便民热线管理中心
2024年1月22日

　　为贯彻落实《保障农民工工资支付条例》，现对2023年全市12345热线受理的拖欠农民工工资类诉求（以下简称欠薪诉求）分析如下。

　　一、总体情况

　　全年共受理欠薪诉求{n(N)}件，涉及农民工{n(P)}人、金额{n(M, 1)}万元，同比分别下降8.6%、12.3%和5.4%。按行业分：
　　（一）建筑业{n(3126)}件；
　　（二）制造业{784}件；
　　（三）餐饮住宿业{612}件；
　　（四）其他行业{ind[3][1]}件。

　　人均被拖欠工资{pc(M * 10000, P, 0, 1)}元。从时间分布看，2023年1月和12月两个月受理欠薪诉求{n(1874)}件，占全年的{pc(1874, N)}%，呈现明显的岁末年初集中特征。全市在建工程项目1,208个，进城务工农民工约42.6万人。

　　二、办理情况

　　欠薪诉求全部转交人社部门和行业主管部门办理，办结{n(N - 23)}件，办结率{pc(N - 23, N)}%。全年帮助农民工追回工资{n(T[3], 1)}万元，追回率{pc(T[3], M)}%。

　　三、各县（市、区）情况

{tab}

　　注：追回率=已追回金额/涉及金额×100%。

　　从诉求主体看，反映本人被拖欠工资的{n(4216)}件，代他人反映的{n(N - 4216)}件；涉及50人以上群体性欠薪的{17}件，已全部纳入“根治欠薪”专班督办。从欠薪金额看，5万元以下的{n(3874)}件，5万元至50万元的{n(1328)}件，50万元以上的{123}件。

　　四、存在的问题

　　一是建筑领域工资专用账户落实不到位；二是部分小微企业主失联，追偿难度大；三是个别诉求反复来电，全年重复来电{n(406)}件。

　　五、工作建议

　　建议对全年欠薪诉求超过20件的建设项目开展专项检查，对恶意欠薪的依法移送公安机关。
"""
t = rep.text
for r in trels:
    r["quote"] = r.pop("anchor")
refit(trels, t)
addt(rep, trels)
per = pc(M * 10000, P, 0, 1)
rep.add(
    S(N, [x[1] for x in ind], span(t, f"受理欠薪诉求{n(N)}件", f"其他行业{ind[3][1]}件"), "F"),
    C(N, -8.6, span(t, f"受理欠薪诉求{n(N)}件", "同比分别下降8.6%"), "B"),
    C(P, -12.3, span(t, f"涉及农民工{n(P)}人", "12.3%"), "B"),
    C(M, -5.4, span(t, f"金额{n(M, 1)}万元", "5.4%"), "B"),
    R(M, P, int(per), span(t, f"涉及农民工{n(P)}人", f"人均被拖欠工资{per}元"), "G", per=10000),
    R(1874, N, float(pc(1874, N)), span(t, f"受理欠薪诉求{n(N)}件", f"占全年的{pc(1874, N)}%"), "C"),
    R(N - 23, N, float(pc(N - 23, N)), span(t, f"受理欠薪诉求{n(N)}件", f"办结率{pc(N - 23, N)}%"), "C"),
    R(T[3], M, float(pc(T[3], M)), span(t, f"金额{n(M, 1)}万元", f"追回率{pc(T[3], M)}%"), "C"),
    E([T[3], T[3]], span(t, f"追回工资{n(T[3], 1)}万元", rowt[-1]), "H"),
)
rep.add(
    S(N, [4216, N - 4216], span(t, f"受理欠薪诉求{n(N)}件", f"代他人反映的{n(N - 4216)}件"), "F"),
    S(N, [3874, 1328, 123], span(t, f"受理欠薪诉求{n(N)}件", "50万元以上的123件"), "F"),
)
rep.never("在建工程项目1,208个，进城务工农民工约42.6万人", "stocks of projects and workers")
rep.never("50人以上群体性欠薪的17件", "a non-exhaustive 其中")
rep.never("重复来电406件", "repeat calls, not a part of the 诉求 here")
rep.never("超过20件的建设项目", "a threshold")
