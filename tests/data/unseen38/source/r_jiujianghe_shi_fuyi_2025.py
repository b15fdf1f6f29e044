from fill import block
from common import C, E, R, Report, S, span
from u38 import addt, chg, mark, pc, share_sum, shares, tgrid, val

rep = Report("jiujianghe-shi-fuyi-2025", "txt", "九江河市司法局", 2026,
             kind="九江河市2025年行政复议工作统计分析 (2026, 行政复议 年度统计, 江西 市)",
             shape="txt copied from a web page; a space-aligned table of 案件领域 with 2025年 / 2024年 / 增减（%） and a 合计 row (T: column sums and the change per row over the printed 2024 column; a planted 增减 of 自然资源), a second table of 审结 结果 with 件数 / 占比 and a 合计 row (T: the column sum, the share per row, the share column's sum), prose: 收到 = 受理 + 不予受理 + 告知 (F), 受理 by 层级 (F), 审结 and 纠错 with its rate (C) and the 个百分点 rise over the printed (O), 调撤率 (C), 听证 审理 share (C), 调解 (F), restating (H); 电话 and 文号 as traps")
fields = [("公安", 412, 436), ("自然资源", 287, 241), ("人力资源社会保障", 196, 173), ("市场监管", 158, 162), ("住房城乡建设", 134, 119),
          ("交通运输", 72, 66), ("其他", 215, 188)]
rows = [[f, str(a), str(b), f"{chg(a, b):.1f}"] for f, a, b in fields]
A, B_ = sum(x[1] for x in fields), sum(x[2] for x in fields)
rows.append(["合计", str(A), str(B_), f"{chg(A, B_):.1f}"])
rows[1][3] = "17.9"
note1 = "the printed 增减 17.9 of 自然资源 (true 19.1) does not follow from 287 over 241 (planted)"
tab1, r1, rowt1 = tgrid(["案件领域", "2025年（件）", "2024年（件）", "增减（%）"], rows, "txt", col_sums=(1, 2), note=note1)
for row, rt in zip(rows, rowt1, strict=True):
    r1.append(mark(C(val(row[1]), val(row[3]), rt, "T", prev=val(row[2])), note1))
outs = [("维持", 486), ("驳回", 163), ("撤销", 71), ("变更", 12), ("确认违法", 38), ("责令履行", 17), ("调解后终止", 214), ("撤回申请终止", 247)]
CL = sum(x[1] for x in outs)
rows2 = [[k, str(v), pc(v, CL)] for k, v in outs] + [["合计", str(CL), "100.0"]]
tab2, r2, rowt2 = tgrid(["审结结果", "件数", "占比（%）"], rows2, "txt", col_sums=(1,))
r2 += [*shares(rows2, rowt2, 1, 2, -1), share_sum(rows2, rowt2, 2)]
COR = 71 + 12 + 38 + 17
MED = 214 + 247
cr, mr = pc(COR, CL), pc(MED, CL)
prev_cr = 10.4
dd = round(float(cr) - prev_cr, 1)
city, county = 538, A - 538
rep.text = f"""九江河市2025年行政复议工作统计分析

发布时间：2026-01-22 09:30　来源：九江河市司法局　浏览次数：1362

2025年，全市各级行政复议机关深入贯彻新修订的行政复议法，充分发挥行政复议化解行政争议的主渠道作用。现将全年统计情况分析如下。

一、收案情况

全市共收到行政复议申请{A + 96 + 41}件，依法受理{A}件，不予受理96件，告知向有关机关提出41件。受理案件中，市政府受理{city}件，县（市、区）政府受理{county}件。受理案件按领域分布如下：

{tab1}

二、审结情况

全年审结{CL}件，结果如下：

{tab2}

审结案件中，撤销、变更、确认违法、责令履行共{COR}件，纠错率{cr}%，较上年提高{dd}个百分点（上年为{prev_cr}%）；调解后终止和撤回申请终止共{MED}件，调撤率{mr}%。

三、审理方式

全年听证审理案件{87}件，占审结案件的{pc(87, CL)}%；通过调解、和解化解争议{214}件，其中市本级76件、县级138件。

四、主要做法

{block(rep.name, 8, "全市各级行政复议机关")}

五、问题和建议

公安、自然资源领域案件合计占受理总数的{pc(412 + 287, A)}%，依然是行政争议的高发领域。咨询电话：0792-8216345。
"""
t = rep.text
addt(rep, r1 + r2)
rep.add(
    S(A + 137, [A, 96, 41], span(t, f"行政复议申请{A + 137}件", "提出41件"), "F"),
    S(A, [city, county], span(t, f"依法受理{A}件", f"受理{county}件"), "F"),
    E([A, A], span(t, f"依法受理{A}件", rowt1[-1]), "H"),
    E([CL, CL], span(t, f"全年审结{CL}件", rowt2[-1]), "H"),
    S(COR, [71, 12, 38, 17], span(t, rowt2[2], f"共{COR}件"), "F"),
    R(COR, CL, float(cr), span(t, rowt2[-1], f"纠错率{cr}%"), "C"),
    S(float(cr), [prev_cr, dd], span(t, f"纠错率{cr}%", f"上年为{prev_cr}%"), "O"),
    S(MED, [214, 247], span(t, rowt2[6], f"共{MED}件"), "F"),
    R(MED, CL, float(mr), span(t, rowt2[-1], f"调撤率{mr}%"), "C"),
    R(87, CL, float(pc(87, CL)), span(t, f"全年审结{CL}件", f"{pc(87, CL)}%"), "C"),
    S(214, [76, 138], span(t, "化解争议214件", "县级138件"), "F"),
)
rep.never(f"合计占受理总数的{pc(412 + 287, A)}%", "the 合计 of the two fields (699) is not printed")
rep.metric("reconsideration.count", A + 137, "件", f"收到行政复议申请{A + 137}件")
rep.metric("reconsideration.accepted", A, "件", f"依法受理{A}件")
rep.metric("reconsideration.closed", CL, "件", f"全年审结{CL}件")
rep.metric("reconsideration.corrected", COR, "件", f"共{COR}件")
rep.metric("reconsideration.corrected_rate", float(cr), "%", f"纠错率{cr}%")
rep.metric("reconsideration.mediated_rate", float(mr), "%", f"调撤率{mr}%")
rep.never("浏览次数：1362", "page furniture")
rep.never("0792-8216345", "a telephone number")
