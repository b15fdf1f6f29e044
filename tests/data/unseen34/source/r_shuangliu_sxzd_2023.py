from common import C, E, R, Report, S, span
from u34 import addt, dl, fmt_rows, gr, pc, tgrid

rep = Report("shuangliu-sxzd-2023", "txt", "成都市双流湾区司法局", 2024,
             kind="双流湾区2023年度行政执法“三项制度”工作情况和执法数据公开 (2024, 行政执法三项制度 数据, 四川 区, Word copy)",
             shape="txt copied from a Word file (tab-separated table rows, no wrapping); a table of 行政检查 by 部门 with 计划 / 实施 / 完成率% / 发现问题 / 已整改 (T: column sums, the rate per row; a planted 实施 合计), prose restating (H), 双随机 抽查 (F), 分别 over 部门 (B), 同比 with the delta (A), 跨部门 联合 share (C)")
body = [["区市场监管局", 860, 872, 214, 206], ["区生态环境局", 320, 318, 96, 91], ["区应急管理局", 410, 426, 158, 152], ["区交通运输局", 280, 276, 63, 63], ["区卫生健康局", 350, 361, 47, 45], ["其他部门", 540, 553, 122, 117]]
rows = [list(r) for r in body]
rows.append(["全区"] + [sum(r[c] for r in body) for c in range(1, 5)])
for r in rows:
    r.insert(3, pc(r[2], r[1]))
rows[-1][2] = 2816  # planted: the 实施 column adds to 2,806
rows[-1][3] = pc(2816, rows[-1][1])
rows = fmt_rows(rows)
tab, trels, rt = tgrid(["部门", "计划检查（户次）", "实施检查（户次）", "完成率（%）", "发现问题（个）", "已整改（个）"], rows, "tsv",
                       col_sums=(1, 2, 4, 5), rates=((3, 2, 1),), note="the 实施 column adds to 2,806, 全区 printed 2,816 (planted)")
t = f"""双流湾区2023年度行政执法“三项制度”工作情况和执法数据公开

一、基本情况
2023年，全区32个行政执法单位全面落实行政执法“三项制度”，在区政府门户网站“行政执法公示”专栏集中公开执法数据。全年公示行政执法决定信息1.28万条，较上年增加0.17万条，增长{gr(1.28, 1.11)}%。

二、“双随机、一公开”监管
全年共制定随机抽查计划2,760户次，实际实施检查2,816户次，完成率{pc(2816, 2760)}%；其中部门联合抽查642户次，占实施检查的{pc(642, 2816)}%。检查发现问题700个，已整改674个，整改率{pc(674, 700)}%。分部门情况如下：
{tab}
市场监管、应急管理、生态环境部门发现问题分别为214个、158个、96个，合计468个，占全部问题的{pc(468, 700)}%。

三、执法全过程记录
全年音像记录执法过程6,418次，音像资料保存率100%。

四、重大执法决定法制审核
全年审核重大执法决定73件，其中市场监管局31件、生态环境局18件、应急管理局14件、其他部门10件，均在法定期限内完成审核。
"""
rep.text = t
addt(rep, trels)
rep.add(
    C(1.28, dl(1.28, 1.11), span(t, "执法决定信息1.28万条", f"增长{gr(1.28, 1.11)}%"), "A", prev=1.11),
    E([2760, 2760], span(t, "随机抽查计划2,760户次", rt[-1]), "H"),
    E([2816, 2816], span(t, "实际实施检查2,816户次", rt[-1]), "H"),
    R(2816, 2760, float(pc(2816, 2760)), span(t, "随机抽查计划2,760户次", f"完成率{pc(2816, 2760)}%"), "O"),
    R(642, 2816, float(pc(642, 2816)), span(t, "实际实施检查2,816户次", f"实施检查的{pc(642, 2816)}%"), "C"),
    R(674, 700, float(pc(674, 700)), span(t, "检查发现问题700个", f"整改率{pc(674, 700)}%"), "O"),
    E([700, 700], span(t, "检查发现问题700个", rt[-1]), "H"),
    S(468, [214, 158, 96], span(t, "分别为214个", "合计468个"), "B"),
    R(468, 700, float(pc(468, 700)), span(t, "检查发现问题700个", f"占全部问题的{pc(468, 700)}%"), "C"),
    S(73, [31, 18, 14, 10], span(t, "重大执法决定73件", "其他部门10件"), "F"),
)
rep.never("全区32个行政执法单位", "units beside checks")
rep.never("音像资料保存率100%", "over 资料 not printed")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('enforcement.publicized', 12800, '条', '全年公示行政执法决定信息1.28万条')
rep.metric('decisions.legal_review', 73, '件', '全年审核重大执法决定73件')
