from common import C, E, R, Report, S, span
from u36 import NOTE, addt, gr, mark, n, pc, subtotals, tgrid, val

rep = Report("hegangwan-yjj-zfnb-2021", "txt", "鹤岗湾市应急管理局", 2022, wrap=34, page_every=22,
             page_style="第 {n} 页 共 3 页", header="鹤岗湾市应急管理局2021年度行政执法统计年报",
             kind="鹤岗湾市应急管理局2021年度行政执法统计年报 (2022, 行政执法统计年报, 黑龙江 市级 应急)",
             shape="PDF copy wrapped at 34 with 第 n 页 共 3 页 footers and a running header; a space-aligned table of 行业 with a 煤矿小计 row (井工 + 露天) and a 合计 row with 检查 / 隐患 / 立案 / 罚款（万元） (T: the 小计, the 合计 over the top rows; a planted 露天 隐患 cell), prose restating (H), 罚款 较上年 with the previous printed (A), 煤矿 share of 罚款 (C), 立案 = 单位 + 个人 (F), 简易 + 普通 (F); 文书 份数, 停产整顿 处数, 约十分之一 as traps")
rows = [["井工煤矿", 386, 2147, 94, 812.6], ["露天煤矿", 58, 326, 17, 130.0], ["煤矿小计", 444, 2473, 111, 942.6],
        ["非煤矿山", 72, 318, 12, 46.3], ["危险化学品", 214, 1062, 28, 118.7], ["工贸行业", 486, 1894, 41, 152.4], ["其他", 97, 263, 6, 26.4]]
top = [2, 3, 4, 5, 6]
tt = [sum(rows[i][c] for i in top) for c in (1, 2, 3)] + [round(sum(rows[i][4] for i in top), 1)]
rows.append(["合计", *tt])
rows = [[r[0], r[1], n(r[2]), r[3], n(r[4], 1)] for r in rows]
rows[1][2] = "362"
tab, _, rowt = tgrid(["行业", "检查企业（家次）", "发现隐患（项）", "立案（起）", "罚款（万元）"], rows, "txt")
trels = subtotals(rows, rowt, [(2, [0, 1])], (1, 2, 3, 4))
trels += [mark(S(val(rows[7][c]), [val(rows[i][c]) for i in top], "\n".join(rowt[2:8]), "T"), NOTE) for c in (1, 2, 3, 4)]
K, Y, L, F = tt
rep.text = f"""鹤岗湾市应急管理局2021年度行政执法统计年报

　　根据《黑龙江省行政执法公示办法》要求，现将我局2021年度行政执法数据统计公布如下。

　　一、总体情况

　　2021年，全市应急管理部门共检查生产经营单位{n(K)}家次，发现并督促整改各类事故隐患{n(Y)}项，立案查处安全生产违法行为{L}起，罚款{n(F, 1)}万元，较上年的{n(1104.3, 1)}万元增长{gr(F, 1104.3)}%。其中煤矿行业罚款942.6万元，占罚款总额的{pc(942.6, F)}%。下达各类执法文书4,218份，责令6处煤矿停产整顿，立案数约占全省的十分之一。

　　{L}起案件中，处罚生产经营单位{L - 37}起、处罚个人37起；适用简易程序12起、普通程序{L - 12}起。

　　二、分行业情况

{tab}

　　说明：“其他”含烟花爆竹、消防等行业。

　　三、执法监督

　　全部普通程序案件均经法制审核，全年无行政复议、行政诉讼案件。

　　　　　　　　　　　　　　　　鹤岗湾市应急管理局
　　　　　　　　　　　　　　　　　2022年1月25日
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(F, float(gr(F, 1104.3)), span(t, f"罚款{n(F, 1)}万元", f"增长{gr(F, 1104.3)}%"), "A", prev=1104.3),
    R(942.6, F, float(pc(942.6, F)), span(t, f"罚款{n(F, 1)}万元", f"总额的{pc(942.6, F)}%"), "C"),
    S(L, [L - 37, 37], span(t, f"{L}起案件中", "处罚个人37起"), "F"),
    S(L, [12, L - 12], span(t, f"{L}起案件中", f"普通程序{L - 12}起"), "F"),
    E([Y, Y], span(t, f"事故隐患{n(Y)}项", rowt[-1]), "H"),
    E([L, L], span(t, f"违法行为{L}起", rowt[-1]), "H"),
    E([942.6, 942.6], span(t, "煤矿行业罚款942.6万元", rowt[2]), "H"),
)
rep.never("执法文书4,218份，责令6处煤矿停产整顿", "documents and mines")
rep.never("约占全省的十分之一", "an approximate share of an unprinted base")
