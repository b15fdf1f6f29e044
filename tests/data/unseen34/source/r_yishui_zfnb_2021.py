from common import C, E, R, Report, S, span
from u34 import dl, gr, pc

rep = Report("yishui-zfnb-2021", "txt", "沂水湾县司法局", 2022, wrap=32, page_every=18,
             page_style="— {n} —", header="沂水湾县2021年度行政执法统计年报",
             kind="沂水湾县2021年度行政执法统计年报 (2022, 行政执法统计年报, 山东 县, PDF copy)",
             shape="PDF copy hard-wrapped at 32 with — n — footers and a running header; a space-aligned table of 执法 by 类别 with 件数 and 较上年±（件） and a 合计 row (T: the column sum and the delta column's sum; a planted delta), prose restating (H), 处罚 种类 with 分别 over 件/人次 (B), 行政强制 (F), 许可 办结 (E), shares (C)")
rows = [["行政许可", 12468, "+1,326"], ["行政处罚", 4127, "-318"], ["行政强制", 536, "+47"], ["行政检查", 18942, "+2,015"], ["行政征收", 2784, "+163"], ["其他行为", 1345, "-92"]]
tot = sum(r[1] for r in rows)
dtot = sum(int(r[2].replace(",", "")) for r in rows)
rows.append(["合计", tot, f"+{dtot:,}"])
rows[4][2] = "+136"  # planted: the 征收 delta 163 typed 136 (the 合计 delta still 3,141)
lines = ["执法类别  件数（件）  较上年±（件）"] + [f"{r[0]}  {r[1]:,}  {r[2]}" for r in rows]
tab = "\n".join(lines)
rt = lines[1:]
t = f"""沂水湾县2021年度行政执法统计年报

根据《山东省行政执法监督条例》和市司法局关于做好行政执法统计年报工作的通知要求，现将沂水湾县2021年度行政执法数据统计情况公布如下。

一、执法主体和执法人员
全县具有行政执法主体资格的单位共46个，其中县直部门38个、乡镇（街道）8个。全县持证行政执法人员1,512人，其中乡镇（街道）执法人员264人，占{pc(264, 1512)}%。

二、行政执法行为总量
2021年全县共实施各类行政执法行为{tot:,}件，较上年增加{dtot:,}件，增长{gr(tot, tot - dtot)}%。各类别情况如下：

{tab}

三、行政处罚
全年作出行政处罚决定4,127件，其中警告1,046件、罚款2,713件、没收违法所得和非法财物206件、责令停产停业118件、暂扣或吊销许可证件44件；处罚涉及自然人2,386人次、法人和其他组织1,741家次。罚没款金额合计2,846.2万元，较上年下降{gr(2846.2, 3152.7)}%（上年3,152.7万元）。

四、行政强制
全年实施行政强制536件，分别为行政强制措施418件、行政强制执行118件；申请法院强制执行27件。

五、行政许可
全年受理行政许可申请12,591件，准予许可12,468件，不予许可123件，许可准予率{pc(12468, 12591)}%。

六、执法监督
全年开展行政执法案卷评查，抽查案卷486卷，发现问题案卷39卷，问题率{pc(39, 486)}%。

沂水湾县司法局
2022年2月28日
"""
rep.text = t
rep.add(
    S(tot, [r[1] for r in rows[:-1]], span(tab, rt[0], rt[-1]), "T"),
    S(dtot, [int(r[2].replace(",", "")) for r in rows[:-1]], span(tab, rt[0], rt[-1]), "T",
      bad="the 较上年 column adds to 3,114 with the planted +136 of 行政征收 (163), 合计 prints +3,141"),
    S(46, [38, 8], span(t, "执法主体资格的单位共46个", "乡镇（街道）8个"), "F"),
    R(264, 1512, float(pc(264, 1512)), span(t, "执法人员1,512人", f"占{pc(264, 1512)}%"), "C"),
    E([tot, tot], span(t, f"执法行为{tot:,}件", rt[-1]), "H"),
    C(tot, float(gr(tot, tot - dtot)), span(t, f"执法行为{tot:,}件", f"增长{gr(tot, tot - dtot)}%"), "A", prev=tot - dtot),
    E([4127, 4127], span(t, rt[1], "行政处罚决定4,127件"), "H"),
    S(4127, [1046, 2713, 206, 118, 44], span(t, "行政处罚决定4,127件", "许可证件44件"), "F"),
    S(4127, [2386, 1741], span(t, "行政处罚决定4,127件", "1,741家次"), "F"),
    C(2846.2, dl(2846.2, 3152.7), span(t, "罚没款金额合计2,846.2万元", "上年3,152.7万元"), "A", prev=3152.7),
    S(536, [418, 118], span(t, "行政强制536件", "行政强制执行118件"), "B"),
    S(12591, [12468, 123], span(t, "受理行政许可申请12,591件", "不予许可123件"), "F"),
    E([12468, 12468], span(t, rt[0], "准予许可12,468件"), "H"),
    R(12468, 12591, float(pc(12468, 12591)), span(t, "受理行政许可申请12,591件", f"许可准予率{pc(12468, 12591)}%"), "O"),
    R(39, 486, float(pc(39, 486)), span(t, "抽查案卷486卷", f"问题率{pc(39, 486)}%"), "O"),
)
rep.never("申请法院强制执行27件", "a separate count beside 强制执行, not a part")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('units.enforcement', 46, '个', '全县具有行政执法主体资格的单位共46个')
rep.metric('staff.certified', 1512, '人', '全县持证行政执法人员1,512人')
rep.metric('penalties.count', 4127, '件', '全年作出行政处罚决定4,127件')
rep.metric('penalties.amount', 2846.2, '万元', '罚没款金额合计2,846.2万元')
rep.metric('enforcement.court_applications', 27, '件', '申请法院强制执行27件')
rep.metric('licenses.accepted', 12591, '件', '全年受理行政许可申请12,591件')
rep.metric('licenses.approved', 12468, '件', '准予许可12,468件')
