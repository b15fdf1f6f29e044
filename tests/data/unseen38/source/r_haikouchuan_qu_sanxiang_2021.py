from fill import block
from common import B, C, E, R, Report, S, span
from u38 import addt, chg, pc, tgrid

rep = Report("haikouchuan-qu-sanxiang-2021", "md", "海口川市美兰湾区司法局", 2022,
             kind="美兰湾区2021年度行政执法“三项制度”执行情况和执法数据报告 (2022, 三项制度 执法数据, 海南 区)",
             shape="Markdown; a table of 执法单位 with 处罚案件 / 其中一般程序 / 一般程序占比 / 罚没款（万元） / 法制审核 / 听证 and a 合计 row (T: column sums and the share per row; a planted 罚没款 of 区综合执法局), prose: 处罚 total with 同比 over last year's printed (A), 简易 = 处罚 − 一般 written as a sum (F), 罚没款 restated (H) with 同比 (O), 听证 ≤ 法制审核 (E), 全过程记录 rate (C), 公示 (F), 执法人员 (F, C); 执法证 号段 and 平台 as traps")
units = [("区市场监督管理局", 642, 298, 386.25, 71, 4), ("区综合行政执法局", 1318, 412, 512.80, 96, 6), ("区卫生健康委员会", 187, 94, 47.36, 22, 1),
         ("区生态环境局", 58, 58, 214.60, 19, 3), ("区应急管理局", 96, 71, 88.40, 15, 2), ("区交通运输局", 431, 126, 102.37, 12, 0),
         ("各街道办事处", 275, 39, 21.18, 8, 0)]
rows = [[u, str(a), str(b), pc(b, a), f"{m:.2f}", str(r), str(h)] for u, a, b, m, r, h in units]
PA, PB = sum(x[1] for x in units), sum(x[2] for x in units)
M = round(sum(x[3] for x in units), 2)
RV, H = sum(x[4] for x in units), sum(x[5] for x in units)
rows.append(["合计", str(PA), str(PB), pc(PB, PA), f"{M:.2f}", str(RV), str(H)])
rows[1][4] = "521.80"
tab, trels, rowt = tgrid(["执法单位", "处罚案件（件）", "其中一般程序（件）", "一般程序占比（%）", "罚没款（万元）", "法制审核（件）", "听证（件）"], rows, "md",
                         col_sums=(1, 2, 4, 5, 6), rates=((3, 2, 1),),
                         note="the printed 罚没款 521.80 of 区综合执法局 (true 512.80) breaks the column (planted)")
prev_pa, prev_m = 2871, 1264.52
rec = 2846
rep.text = f"""# 美兰湾区2021年度行政执法“三项制度”执行情况和执法数据报告

按照《海南省全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度实施方案》要求，现将我区2021年度行政执法“三项制度”执行情况和执法数据报告如下。

## 一、行政执法总体数据

2021年，全区行政执法单位共办理行政处罚案件{PA:,}件，较上年的{prev_pa:,}件{'增长' if prev_pa <= PA else '下降'}{abs(chg(PA, prev_pa))}%。其中一般程序案件{PB:,}件，简易程序案件{PA - PB:,}件。全年罚没款{M:,.2f}万元，同比{'增长' if prev_m <= M else '下降'}{abs(chg(M, prev_m))}%。

## 二、分单位执法数据

{tab}

## 三、“三项制度”执行情况

（一）执法公示。全年在区政府门户网站和“双公示”系统公示行政执法信息{PA + 9146:,}条，其中行政处罚{PA:,}条、行政许可9,146条。

（二）全过程记录。全区{PA:,}件行政处罚案件中，{rec:,}件实现音像记录，音像记录率{pc(rec, PA)}%。

（三）法制审核。全年对{RV}件重大执法决定开展法制审核，其中举行听证{H}件，法制审核意见全部被采纳。

## 四、其他工作情况

{block(rep.name, 8, "全区各执法单位")}

## 五、执法队伍

全区现有行政执法人员612人，其中区直部门487人、街道125人；取得行政执法证件598人，持证率{pc(598, 612)}%。执法证件统一编号为46010021001至46010021612。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(PA, chg(PA, prev_pa), span(t, f"行政处罚案件{PA:,}件", f"{abs(chg(PA, prev_pa))}%"), "A", prev=prev_pa),
    S(PA, [PB, PA - PB], span(t, f"行政处罚案件{PA:,}件", f"简易程序案件{PA - PB:,}件"), "F"),
    C(M, chg(M, prev_m), span(t, f"罚没款{M:,.2f}万元", f"{abs(chg(M, prev_m))}%"), "O"),
    E([PA, PA], span(t, f"行政处罚案件{PA:,}件", rowt[-1]), "H"),
    E([M, M], span(t, f"罚没款{M:,.2f}万元", rowt[-1]), "H"),
    S(PA + 9146, [PA, 9146], span(t, f"行政执法信息{PA + 9146:,}条", "行政许可9,146条"), "F"),
    R(rec, PA, float(pc(rec, PA)), span(t, f"全区{PA:,}件", f"音像记录率{pc(rec, PA)}%"), "C"),
    B(H, RV, span(t, f"对{RV}件重大执法决定", f"举行听证{H}件"), "E"),
    E([RV, RV], span(t, rowt[-1], f"对{RV}件重大执法决定"), "H"),
    S(612, [487, 125], span(t, "执法人员612人", "街道125人"), "F"),
    R(598, 612, float(pc(598, 612)), span(t, "执法人员612人", f"持证率{pc(598, 612)}%"), "C"),
)
rep.metric("penalties.count", PA, "件", f"办理行政处罚案件{PA:,}件")
rep.metric("penalties.amount", M, "万元", f"罚没款{M:,.2f}万元")
rep.metric("penalties.general_procedure.count", PB, "件", f"一般程序案件{PB:,}件")
rep.metric("penalties.simple_procedure.count", PA - PB, "件", f"简易程序案件{PA - PB:,}件")
rep.metric("hearings.count", H, "次", f"举行听证{H}件")
rep.metric("staff.total", 612, "人", "行政执法人员612人")
rep.metric("staff.certified", 598, "人", "取得行政执法证件598人")
rep.metric("staff.certified_rate", float(pc(598, 612)), "%", f"持证率{pc(598, 612)}%")
rep.never("46010021001至46010021612", "certificate numbers")
