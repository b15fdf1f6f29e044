from common import B, C, E, R, Report, S, span
from u34 import addt, dl, fmt_rows, gr, pc, tgrid

rep = Report("ningxiang-zfnb-2020", "html", "宁川市司法局", 2021,
             kind="宁川市2020年度行政执法数据统计报告 (2021, 行政执法统计年报, 湖南 县级市)",
             shape="HTML; a table of 行政处罚 by 处罚种类 with 件数 / 占比% and a 合计 row (T: column sum, the share per row over 合计; a planted share, the 占比 column then adds to 100.9), prose restating (H), 同比 with the previous printed in the same sentence for two figures (A), 听证 (E), 罚没 with 万元 and 亿元 (H), 执法人员 (C), a bound of 结案 ≤ 立案")
kinds = [["警告", 1284], ["罚款", 3972], ["没收违法所得、没收非法财物", 416], ["暂扣许可证件、降低资质等级、吊销许可证件", 97], ["限制开展生产经营活动、责令停产停业、责令关闭、限制从业", 153], ["行政拘留", 628], ["其他", 86]]
T = sum(k[1] for k in kinds)
rows = [[k[0], k[1], pc(k[1], T)] for k in kinds]
rows[4][2] = "3.3"  # planted: 153 / 6,636 = 2.3
rows.append(["合计", T, "100.0"])
rows = fmt_rows(rows)
tab, trels, rt = tgrid(["处罚种类", "件数", "占比（%）"], rows, "html", col_sums=(1,))
from grids import mark
for i in range(len(kinds)):
    trels.append(mark(R(kinds[i][1], T, float(rows[i][2]), "\n".join([rt[i], *rt[i + 1:]]), "T"), "限制开展生产经营活动… 153 / 6,636 = 2.3%, the table prints 3.3 (planted)"))
trels.append(S(100.0, [float(r[2]) for r in rows[:-1]], "\n".join(rt), "T"))
trels[-1]["note"] = "the 占比 column adds to 100.9 with the planted 3.3 (99.9 with the true 2.3), the 合计 prints 100.0"
t = f"""<html><head><meta charset="utf-8"><title>宁川市2020年度行政执法数据统计报告</title></head><body>
<h2>宁川市2020年度行政执法数据统计报告</h2>
<p>宁川市司法局　2021年3月2日</p>
<p>2020年，全市各行政执法机关坚持严格规范公正文明执法，统筹推进疫情防控和经济社会发展，依法履行行政执法职责。现将全市2020年度行政执法数据统计情况报告如下。</p>
<p><b>一、执法队伍</b>　全市共有行政执法主体52个，持证执法人员2,046人，较上年增加138人；其中具有法律职业资格的执法人员187人，占{pc(187, 2046)}%。</p>
<p><b>二、行政处罚</b>　全年共作出行政处罚决定{T:,}件（上年5,918件），同比增长{gr(T, 5918)}%；罚没款1.47亿元（上年1.62亿元），同比下降{gr(1.47, 1.62)}%。按处罚种类统计如下：</p>
{tab}
<p>全年组织听证24件，当事人申请听证的案件全部依法组织听证（申请26件，其中2件申请人撤回）。立案查处普通程序案件2,718件，已结案2,653件，结案率{pc(2653, 2718)}%。罚没款中，市场监管、公安、自然资源部门分别为4,126万元、5,318万元、2,734万元，三部门合计12,178万元，占全市罚没款的{pc(12178, 14700)}%。</p>
<p><b>三、行政许可</b>　全年受理行政许可申请3.86万件，办结3.84万件，其中准予许可3.79万件。</p>
<p><b>四、存在问题</b>　部分乡镇综合执法机构人员不足，执法装备配备率仅为64%。</p>
</body></html>"""
rep.text = t
addt(rep, trels)
rep.add(
    R(187, 2046, float(pc(187, 2046)), span(t, "持证执法人员2,046人", f"占{pc(187, 2046)}%"), "C"),
    E([T, T], span(t, f"行政处罚决定{T:,}件", rt[-1]), "H"),
    C(T, dl(T, 5918), span(t, f"行政处罚决定{T:,}件", f"增长{gr(T, 5918)}%"), "A", prev=5918),
    C(1.47, dl(1.47, 1.62), span(t, "罚没款1.47亿元", f"下降{gr(1.47, 1.62)}%"), "A", prev=1.62),
    S(26, [24, 2], span(t, "组织听证24件", "2件申请人撤回"), "H"),
    B(2653, 2718, span(t, "普通程序案件2,718件", "已结案2,653件"), "E"),
    R(2653, 2718, float(pc(2653, 2718)), span(t, "普通程序案件2,718件", f"结案率{pc(2653, 2718)}%"), "O"),
    S(12178, [4126, 5318, 2734], span(t, "分别为4,126万元", "合计12,178万元"), "B"),
    B(38400, 38600, span(t, "行政许可申请3.86万件", "办结3.84万件"), "E"),
    B(37900, 38400, span(t, "办结3.84万件", "准予许可3.79万件"), "E"),
)
rep.never("执法装备配备率仅为64%", "over 装备 标准 not printed")
rep.never("较上年增加138人", "a stock's change without a rate")
rep.add(R(12178, 14700, float(pc(12178, 14700)), span(t, "罚没款1.47亿元", f"占全市罚没款的{pc(12178, 14700)}%"), "C"))
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('units.enforcement', 52, '个', '全市共有行政执法主体52个')
rep.metric('staff.certified', 2046, '人', '持证执法人员2,046人')
rep.metric('staff.judicial_exam', 187, '人', '具有法律职业资格的执法人员187人')
rep.metric('penalties.count', 6636, '件', '全年共作出行政处罚决定6,636件')
rep.metric('penalties.amount', 1.47, '亿元', '罚没款1.47亿元')
rep.metric('hearings.count', 24, '件', '全年组织听证24件')
rep.metric('licenses.accepted', 38600, '件', '全年受理行政许可申请3.86万件')
rep.metric('licenses.approved', 37900, '件', '其中准予许可3.79万件')
