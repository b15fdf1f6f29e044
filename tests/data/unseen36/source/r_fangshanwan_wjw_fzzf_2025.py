from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("fangshanwan-wjw-fzzf-2025", "docx", "北京市房山湾区卫生健康委员会", 2026, dest="enc",
             kind="北京市房山湾区卫生健康委员会2025年法治政府建设年度报告 (2026, 法治政府建设, 北京 区 卫健, .docx)",
             shape=".docx; a Word table of 监督专业 with 检查户次 / 立案 / 罚没款（万元） and a 合计 row (T: three column sums; a planted 立案 cell), prose restating (H) with 较上年 and the previous printed (A), 罚没款 share of 医疗卫生 (C), 医疗纠纷 调解 成功率 (C), 健康素养 个百分点 rise with both printed (a sum), 诉求 = 咨询 + 投诉 + 建议 (F); 床位 每千人口, 家庭医生 签约率, 合同 份数 as traps")
zy = [("医疗卫生", n(3126), 86, 94.62), ("公共场所卫生", n(2418), 41, 12.35), ("生活饮用水卫生", 412, 9, 3.1), ("学校卫生", 286, 4, 0.8),
      ("职业卫生与放射卫生", 574, 27, 38.46), ("传染病防治", n(1862), 33, 9.87)]
from u36 import val
cs = [sum(val(z[1]) for z in zy), sum(z[2] for z in zy), round(sum(z[3] for z in zy), 2)]
rows = [list(z) for z in zy] + [["合计", n(cs[0]), cs[1], cs[2]]]
rows[4][2] = 29
tab, trels, rowt = tgrid(["监督专业", "检查户次", "立案（件）", "罚没款（万元）"], rows, "tsv", col_sums=(1, 2, 3))
rep.docx_blocks = [[["监督专业", "检查户次", "立案（件）", "罚没款（万元）"], *[[str(c) for c in r] for r in rows]]]
K, L, M = cs
rep.text = f"""北京市房山湾区卫生健康委员会2025年法治政府建设年度报告

2025年，区卫生健康委坚持以习近平法治思想为指导，全面落实《北京市法治政府建设实施意见》，推进卫生健康领域依法行政。现将有关情况报告如下。

一、卫生健康监督执法

全年开展各专业监督检查{n(K)}户次，立案{L}件，较上年的172件增长{gr(L, 172)}%，罚没款{M}万元。其中医疗卫生领域罚没款94.62万元，占罚没款总额的{pc(94.62, M)}%。分专业情况如下：

@@TABLE 0

二、医疗纠纷和群众诉求

区医疗纠纷人民调解委员会全年受理医疗纠纷132件，调解成功118件，调解成功率{pc(118, 132)}%。全年办理12345热线卫生健康类诉求{n(6842)}件，其中咨询类{n(3918)}件、投诉类{n(2476)}件、建议类448件。

三、健康促进

全区居民健康素养水平由上年的39.2%提升至41.6%，提高2.4个百分点。全区每千常住人口医疗机构床位6.12张，常住人口家庭医生签约率38.7%。

四、依法决策

法律顾问全年审核合同86份、重大行政决策事项3项。

五、2026年工作计划

持续推进医疗卫生领域“信用+监管”，完善“双随机、一公开”抽查机制。

北京市房山湾区卫生健康委员会
2026年1月28日
"""
t = "\n".join(rep.text.split("\n")).replace("@@TABLE 0", tab)
addt(rep, trels)
rep.add(
    C(L, float(gr(L, 172)), span(t, f"立案{L}件", f"增长{gr(L, 172)}%"), "A", prev=172),
    R(94.62, M, float(pc(94.62, M)), span(t, f"罚没款{M}万元", f"总额的{pc(94.62, M)}%"), "C"),
    E([L, L], span(t, f"立案{L}件", rowt[-1]), "H"),
    E([M, M], span(t, f"罚没款{M}万元", rowt[-1]), "H"),
    R(118, 132, float(pc(118, 132)), span(t, "医疗纠纷132件", f"调解成功率{pc(118, 132)}%"), "C"),
    S(6842, [3918, 2476, 448], span(t, "诉求6,842件", "建议类448件"), "F"),
    S(41.6, [39.2, 2.4], span(t, "由上年的39.2%", "提高2.4个百分点")),
)
rep.never("每千常住人口医疗机构床位6.12张", "over an unprinted population")
rep.never("家庭医生签约率38.7%", "over an unprinted base")
rep.never("审核合同86份、重大行政决策事项3项", "documents")
