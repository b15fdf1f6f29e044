from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("meihekou-rsj-fzzf-2025", "md", "梅河湾市人力资源和社会保障局", 2026,
             kind="梅河湾市人力资源和社会保障局2025年法治政府建设年度报告 (2026, 法治政府建设, 吉林 县级市 人社)",
             shape="Markdown; 劳动保障监察 立案 = 结案 + 在办 (F), 追发工资 with 涉及 人数 (trap), a table of 劳动人事争议 by 类型 with 受理 / 结案 / 调解 / 调解率 and a 合计 row (T: column sums and the rate per row), prose restating (H), 结案率 (C), 调解率 同比 个百分点 with both printed (a sum), 就业 城镇新增 (A with the previous printed), 参保 人数 by 险种 (traps: overlapping), 每万人 as traps")
zy = [("劳动报酬", 412, 398, 236), ("解除终止劳动合同", 186, 181, 97), ("社会保险", 74, 72, 31), ("工伤待遇", 58, 55, 22), ("其他", 31, 30, 19)]
cs = [sum(z[i] for z in zy) for i in (1, 2, 3)]
rows = [[a, b, c, d, pc(d, c)] for a, b, c, d in zy] + [["合计", *cs, pc(cs[2], cs[1])]]
tab, trels, rowt = tgrid(["争议类型", "受理（件）", "结案（件）", "其中调解结案（件）", "调解率（%）"], rows, "md",
                         col_sums=(1, 2, 3), rates=((4, 3, 2),))
SL, JA, TJ = cs
tjl = pc(TJ, JA)
prev_tjl = f"{float(tjl) - 3.4:.1f}"
rep.text = f"""# 梅河湾市人力资源和社会保障局2025年法治政府建设年度报告

根据《法治政府建设与责任落实督察工作规定》，现将我局2025年度法治政府建设情况报告如下。

## 一、主要工作和成效

### （一）劳动保障监察执法

全年受理劳动保障违法案件184件，已结案171件，尚在办理13件。为2,087名劳动者追发工资等待遇3,416.8万元。对3家拒不支付劳动报酬的用人单位依法移送公安机关，将6家单位列入拖欠农民工工资失信联合惩戒对象名单。

### （二）劳动人事争议处理

全市劳动人事争议仲裁院和基层调解组织全年共受理争议案件{SL}件，结案{JA}件，结案率{pc(JA, SL)}%；其中调解结案{TJ}件，调解率{tjl}%，比上年的{prev_tjl}%提高3.4个百分点。分类型情况如下：

{tab}

以上合计受理{SL}件，劳动报酬争议仍居首位。

### （三）就业和社会保障

全年城镇新增就业{n(4326)}人，较上年的{n(4105)}人增长{gr(4326, 4105)}%。年末全市企业职工基本养老保险参保18.64万人，失业保险参保5.21万人，工伤保险参保6.37万人。每万名劳动者拥有技能人才1,276人。

## 二、存在的不足

基层劳动保障监察力量不足，全市仅有专职监察员14人。

## 三、2026年工作计划

深入推进“安薪”工程，力争劳动人事争议调解成功率稳定在60%以上。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(184, [171, 13], span(t, "违法案件184件", "尚在办理13件"), "F"),
    R(JA, SL, float(pc(JA, SL)), span(t, f"共受理争议案件{SL}件", f"结案率{pc(JA, SL)}%"), "C"),
    S(float(tjl), [float(prev_tjl), 3.4], span(t, f"调解率{tjl}%", "提高3.4个百分点")),
    E([SL, SL], span(t, rowt[-1], f"以上合计受理{SL}件"), "H"),
    E([TJ, TJ], span(t, f"调解结案{TJ}件", rowt[-1]), "H"),
    C(4326, float(gr(4326, 4105)), span(t, "城镇新增就业4,326人", f"增长{gr(4326, 4105)}%"), "A", prev=4105),
)
rep.never("为2,087名劳动者追发工资等待遇3,416.8万元", "persons and money")
rep.never("企业职工基本养老保险参保18.64万人，失业保险参保5.21万人，工伤保险参保6.37万人", "insured persons overlap across schemes: no total")
rep.never("每万名劳动者拥有技能人才1,276人", "a per-10,000 rate over an unprinted base")
rep.never("3家拒不支付劳动报酬的用人单位依法移送公安机关，将6家单位", "employers, not cases")
