from common import C, E, R, Report, S, span
from u36 import addt, gr, pc, shares, tgrid

rep = Report("tonghuawan-fuyi-2025", "txt", "通化湾市司法局", 2026, wrap=36, page_every=20, page_style="— {n} —",
             header="通化湾市2025年度行政复议和行政应诉工作情况通报",
             kind="通化湾市2025年度行政复议和行政应诉工作情况通报 (2026, 行政复议 and 应诉, 吉林 市, 2024 law)",
             shape="PDF copy wrapped at 36 with — n — footers and a running header; a space-aligned table of 案件类别 with 件数 / 占比 and a 合计 row (T: the column sum and the share per row), prose restating (H), 受理 同比 (O), 审结 = 普通程序 + 简易程序 (F), 纠错率 (C), 复议后起诉率 over 审结 (C), 应诉: 收案 = 新收 + 旧存 (F), 败诉率 over 审结 (C, planted), 出庭率 over 开庭 (C) with its 个百分点 rise with both printed (a sum); 听证, 调解 counts, 约 as traps")
lb = [("行政处罚", 186), ("行政强制", 43), ("行政许可", 29), ("政府信息公开", 67), ("不履行法定职责", 58), ("工伤认定", 74), ("征收补偿", 52), ("其他", 38)]
SL = sum(x[1] for x in lb)
rows = [[a, b, pc(b, SL)] for a, b in lb] + [["合计", SL, "100.0"]]
tab, trels, rowt = tgrid(["案件类别", "件数", "占比（%）"], rows, "txt", col_sums=(1,))
trels += shares(rows, rowt, 1, 2, -1)
SJ = 521
pt = 389
JC = 58
qs = 61
ys_new, ys_old = 412, 67
YS = ys_new + ys_old
ysj = 398
bs = 23
kt = 286
cr = 281
crl = pc(cr, kt)
rep.text = f"""通化湾市2025年度行政复议和行政应诉工作情况通报

各县（市、区）人民政府，市政府各部门：

　　现将2025年度全市行政复议和行政应诉工作情况通报如下。

　　一、行政复议工作情况

　　2025年，全市各级行政复议机关共受理行政复议案件{SL}件，同比增长{gr(SL, 498)}%。按案件类别分，受理情况如下：

{tab}

　　全年审结行政复议案件{SJ}件，其中适用普通程序审理{pt}件、简易程序审理{SJ - pt}件。直接纠错{JC}件，纠错率{pc(JC, SJ)}%；经调解、和解结案96件。审结案件中，申请人对复议决定不服提起行政诉讼的{qs}件，复议后起诉率{pc(qs, SJ)}%。全年共举行听证22次。

　　二、行政应诉工作情况

　　全市各级行政机关全年一审行政诉讼收案{YS}件，其中新收{ys_new}件、上年旧存{ys_old}件；审结{ysj}件，败诉{bs}件，败诉率6.1%。全年开庭审理的{kt}件案件中，行政机关负责人出庭应诉{cr}件，出庭应诉率{crl}%，较上年的95.4%提高{float(crl) - 95.4:.1f}个百分点。

　　三、存在的问题

　　部分县（市、区）行政复议案件约三成集中在征收补偿和工伤认定领域，需引起重视。

　　　　　　　　　　　　　　　　　　　　通化湾市司法局
　　　　　　　　　　　　　　　　　　　　2026年2月6日
"""
t = rep.text
addt(rep, trels)
rep.add(
    E([SL, SL], span(t, f"受理行政复议案件{SL}件", rowt[-1]), "H"),
    C(SL, float(gr(SL, 498)), span(t, f"受理行政复议案件{SL}件", f"增长{gr(SL, 498)}%")),
    S(SJ, [pt, SJ - pt], span(t, f"审结行政复议案件{SJ}件", f"简易程序审理{SJ - pt}件"), "F"),
    R(JC, SJ, float(pc(JC, SJ)), span(t, f"审结行政复议案件{SJ}件", f"纠错率{pc(JC, SJ)}%"), "C"),
    R(qs, SJ, float(pc(qs, SJ)), span(t, f"审结行政复议案件{SJ}件", f"复议后起诉率{pc(qs, SJ)}%"), "C"),
    S(YS, [ys_new, ys_old], span(t, f"收案{YS}件", f"上年旧存{ys_old}件"), "F"),
    R(bs, ysj, 6.1, span(t, f"审结{ysj}件", "败诉率6.1%"), "C", bad=f"{bs} / {ysj} = {pc(bs, ysj)}%, printed 6.1% (over 收案 {YS}: {pc(bs, YS)}%)"),
    R(cr, kt, float(crl), span(t, f"开庭审理的{kt}件", f"出庭应诉率{crl}%"), "C"),
    S(float(crl), [95.4, float(f"{float(crl) - 95.4:.1f}")], span(t, f"出庭应诉率{crl}%", "个百分点")),
)
rep.never("经调解、和解结案96件", "a count inside 审结 with no printed rate")
rep.never("举行听证22次", "hearings")
rep.never("约三成集中在征收补偿和工伤认定领域", "an approximate share")
