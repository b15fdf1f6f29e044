from common import B, C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("tongxinwan-zfgs-2025", "txt", "同心湾县司法局", 2026, enc="utf-16", dest="enc",
             kind="同心湾县2025年度行政执法数据公示 (2026, 三项制度 执法数据公示, 宁夏 县, UTF-16)",
             shape="UTF-16 .txt with BOM (no wrapping); a space-aligned table of 执法单位 with 行政检查 / 行政处罚 / 其中普通程序 / 罚没款（万元） and a 合计 row (T: four column sums), prose restating (H), 处罚 较上年 with the previous printed (A), 罚没款 = 罚款 + 没收 (F), 普通 share of 处罚 (C), 普通程序 inside 处罚 per row (E, one planted), 听证 (C over 普通); 3类582项 清单, 累计 since 2021, 每万人 执法人员 as traps")
dw = [("县市场监督管理局", 1864, 412, 96, 186.45), ("县综合执法局", 2316, 628, 41, 64.32), ("县农业农村局", 742, 86, 86, 38.6),
      ("县自然资源局", 318, 47, 47, 126.8), ("县交通运输局", 1236, 214, 38, 52.17), ("其他部门（11个）", 2087, 193, 62, 71.06)]
cs = [sum(d[i] for d in dw) for i in (1, 2, 3)] + [round(sum(d[4] for d in dw), 2)]
rows = [[a, n(b), c, d, e] for a, b, c, d, e in dw] + [["合计", n(cs[0]), n(cs[1]), cs[2], cs[3]]]
tab, trels, rowt = tgrid(["执法单位", "行政检查（次）", "行政处罚（件）", "其中普通程序（件）", "罚没款（万元）"], rows, "txt", col_sums=(1, 2, 3, 4))
K, P, PT, M = cs
fk = 498.36
rep.text = f"""同心湾县2025年度行政执法数据公示

　　依据《宁夏回族自治区行政执法公示办法》，现将我县2025年度行政执法数据公示如下。

　　一、基本情况

　　全县行政执法事项清单共3类582项。自2021年推行“三项制度”以来，全县累计公示执法决定6,847件。全县现有持证执法人员412名，每万人拥有执法人员10.3名。

　　二、执法数据

　　2025年全县开展行政检查{n(K)}次，作出行政处罚决定{n(P)}件，较上年的{n(1396)}件增长{gr(P, 1396)}%；其中适用普通程序{PT}件，占{pc(PT, P)}%。罚没款{M}万元，其中罚款{fk}万元、没收违法所得{round(M - fk, 2)}万元。普通程序案件中举行听证7件，占{pc(7, PT)}%。

{tab}

　　注：县农业农村局、县自然资源局作出的行政处罚均适用普通程序。县交通运输局普通程序案件38件，已全部审结。

　　三、监督渠道

　　监督电话：0953-8021xxx。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(P, float(gr(P, 1396)), span(t, f"行政处罚决定{n(P)}件", f"增长{gr(P, 1396)}%"), "A", prev=1396),
    R(PT, P, float(pc(PT, P)), span(t, f"行政处罚决定{n(P)}件", f"占{pc(PT, P)}%"), "C"),
    S(M, [fk, round(M - fk, 2)], span(t, f"罚没款{M}万元", f"没收违法所得{round(M - fk, 2)}万元"), "F"),
    R(7, PT, float(pc(7, PT)), span(t, f"普通程序{PT}件", f"占{pc(7, PT)}%"), "C"),
    E([P, P], span(t, f"行政处罚决定{n(P)}件", rowt[-1]), "H"),
    E([M, M], span(t, f"罚没款{M}万元", rowt[-1]), "H"),
    B(96, 412, rowt[0], "E"),
    B(38, 214, rowt[4], "E"),
    E([38, 38], span(t, rowt[4], "普通程序案件38件"), "H"),
)
rep.never("3类582项", "a count of kinds and items")
rep.never("累计公示执法决定6,847件", "cumulative since 2021")
rep.never("持证执法人员412名，每万人拥有执法人员10.3名", "over an unprinted population")
