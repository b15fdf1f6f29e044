from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, shares, tgrid

rep = Report("tongzhouwan-cgzf-2020", "md", "北京市通州湾区城市管理综合行政执法局", 2021,
             kind="通州湾区城市管理综合行政执法局2020年度行政执法数据统计 (2021, 三项制度 执法数据公示, 北京 区 城管)",
             shape="Markdown; a table of 执法领域 with 立案 / 占比 / 结案 / 罚款（万元） and a 合计 row (T: three column sums and the share per row; a planted 占比 cell), prose restating (H), 结案率 (C) and its 个百分点 rise with last year's printed (a sum), 立案 较上年 with the previous printed (A), 立案 = 简易 + 普通 (F), 罚款 金额 区间 (F), 听证 share (C); 接诉即办 响应率, 执法车辆, 每万人 as traps")
ly = [("市容环境卫生", 3126, 3012, 286.4), ("施工现场", 1487, 1402, 612.8), ("园林绿化", 418, 396, 41.2), ("燃气管理", 762, 731, 188.6),
      ("生活垃圾分类", 2314, 2208, 69.4), ("其他", 531, 497, 37.1)]
cs = [sum(x[1] for x in ly), sum(x[2] for x in ly), round(sum(x[3] for x in ly), 1)]
rows = [[a, n(b), pc(b, cs[0]), n(c), d] for a, b, c, d in ly] + [["合计", n(cs[0]), "100.0", n(cs[1]), n(cs[2], 1)]]
rows[4][2] = "26.2"
tab, trels, rowt = tgrid(["执法领域", "立案（件）", "占比（%）", "结案（件）", "罚款（万元）"], rows, "md", col_sums=(1, 3, 4))
trels += shares(rows, rowt, 1, 2, -1)
L, J, F = cs
jl = pc(J, L)
rep.text = f"""# 北京市通州湾区城市管理综合行政执法局2020年度行政执法数据统计

发布日期：2021年1月22日

根据《北京市行政执法公示办法》，现将我局2020年度行政执法数据统计情况公示如下。

## 一、总体情况

2020年，全区城管执法系统共立案{n(L)}件，较上年的{n(7204)}件增长{gr(L, 7204)}%；结案{n(J)}件，结案率{jl}%，比上年的91.3%提高{float(jl) - 91.3:.1f}个百分点。罚款{n(F, 1)}万元。立案案件中，适用简易程序{n(2976)}件、普通程序{n(L - 2976)}件；普通程序案件举行听证14件，占{pc(14, L - 2976)}%。

## 二、分领域情况

{tab}

## 三、罚款金额分布

{n(L)}件立案案件中，已作出罚款决定{n(6418)}件。罚款金额在2,000元以下的{n(5127)}件，2,000元至1万元区间的{n(1036)}件，1万元以上的255件。

## 四、接诉即办

全年受理12345转派城管类诉求2.16万件，响应率100%。全局配备执法车辆96辆，每万人口城管执法人员3.2名。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(L, float(gr(L, 7204)), span(t, f"共立案{n(L)}件", f"增长{gr(L, 7204)}%"), "A", prev=7204),
    R(J, L, float(jl), span(t, f"共立案{n(L)}件", f"结案率{jl}%"), "C"),
    S(float(jl), [91.3, float(f"{float(jl) - 91.3:.1f}")], span(t, f"结案率{jl}%", "个百分点")),
    S(L, [2976, L - 2976], span(t, f"共立案{n(L)}件", f"普通程序{n(L - 2976)}件"), "F"),
    R(14, L - 2976, float(pc(14, L - 2976)), span(t, f"普通程序{n(L - 2976)}件", f"占{pc(14, L - 2976)}%"), "C"),
    S(6418, [5127, 1036, 255], span(t, "罚款决定6,418件", "1万元以上的255件"), "F"),
    E([L, L], span(t, f"共立案{n(L)}件", rowt[-1]), "H"),
    E([F, F], span(t, f"罚款{n(F, 1)}万元", rowt[-1]), "H"),
)
rep.never("响应率100%", "over the 诉求 count, 2.16万 rounded")
rep.never("执法车辆96辆，每万人口城管执法人员3.2名", "vehicles and a per-capita rate over an unprinted population")
