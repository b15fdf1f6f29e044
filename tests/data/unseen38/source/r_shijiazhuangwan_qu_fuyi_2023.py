from fill import block
from common import C, E, R, Report, S, span
from u38 import addt, chg, pc, tgrid

rep = Report("shijiazhuangwan-qu-fuyi-2023", "md", "石家庄湾市长安川区人民政府", 2024,
             kind="长安川区2023年度行政复议和行政应诉工作情况统计分析报告 (2024, 行政复议 应诉 年度统计, 河北 区政府)",
             shape="Markdown; a table of 被申请人 with 收案 / 审结 / 维持 / 驳回 / 撤销 / 确认违法 / 终止 / 纠错 / 纠错率 and a 合计 row (T: column sums, 审结 = outcomes and 纠错 = 撤销 + 确认违法 per row, 纠错率 per row; a planted 审结 of 区住建局), prose restating the 合计 (H), 收案 同比 (O) and 较上年的 (A), 纠错率 个百分点 with last year's printed (a sum, O), 应诉 table-less prose (F, C) with 出庭率 (C), 领域 shares (C); 听证 and 约谈 counts as traps")
rs = [("区住房和城乡建设局", 14, 5, 2, 2, 1, 2), ("区市场监督管理局", 9, 3, 1, 1, 0, 3), ("区人力资源和社会保障局", 11, 4, 3, 1, 1, 1),
      ("区城市管理综合行政执法局", 8, 2, 1, 2, 1, 1), ("公安长安川分局", 19, 6, 3, 1, 0, 7), ("各街道办事处", 6, 1, 1, 1, 1, 1)]
rows = []
for name, n, keep, rej, rev, ill, stop in rs:
    c = keep + rej + rev + ill + stop
    rows.append([name, str(n), str(c), str(keep), str(rej), str(rev), str(ill), str(stop), str(rev + ill), pc(rev + ill, c)])
tot = [sum(int(r[i]) for r in rows) for i in range(1, 9)]
rows.append(["合计", *map(str, tot), pc(tot[7], tot[1])])
rows[0][2] = "13"
tab, trels, rowt = tgrid(["被申请人", "收案", "审结", "维持", "驳回", "撤销", "确认违法", "终止", "纠错", "纠错率（%）"], rows, "md",
                         col_sums=(1, 2, 3, 4, 5, 6, 7, 8), row_sums=((2, (3, 4, 5, 6, 7)), (8, (5, 6))), rates=((9, 8, 2),),
                         note="the printed 审结 13 of 区住建局 (true 12) breaks its row and the column (planted)")
N, CL, COR = tot[0], tot[1], tot[7]
cr = pc(COR, CL)
prev_n, prev_cr = 58, 19.6
dd = round(float(cr) - prev_cr, 1)
rep.text = f"""# 长安川区2023年度行政复议和行政应诉工作情况统计分析报告

长安川区人民政府行政复议办公室

2024年2月6日

## 一、行政复议案件总体情况

2023年，区人民政府共收到行政复议申请{N + 9}件，其中受理{N}件，不予受理6件，告知向有关机关申请3件。受理案件同比增长{chg(N, prev_n)}%，较上年的{prev_n}件增加{N - prev_n}件。

全年审结{CL}件，纠错{COR}件，纠错率{cr}%，较上年的{prev_cr}%{'上升' if dd >= 0 else '下降'}{abs(dd)}个百分点。各被申请人案件情况见下表。

{tab}

注：纠错包括撤销和确认违法；纠错率=纠错/审结。终止含申请人撤回申请及调解和解后终止。

## 二、案件特点

从案件领域看，公安、住建、人社三个领域受理案件分别为19件、14件和11件，合计44件，占受理总数的{pc(44, N)}%。其中因房屋征收引发的复议案件7件，因工伤认定引发的5件。

## 三、行政应诉情况

全年全区以区政府及其部门为被告的一审行政诉讼案件83件，其中区政府作为被告的29件、部门作为被告的54件。已审结71件，行政机关败诉6件，败诉率{pc(6, 71)}%。应出庭应诉的71件中负责人出庭70件，出庭率{pc(70, 71)}%。

## 四、主要工作措施

{block(rep.name, 8, "区政府")}

## 五、存在问题和工作建议

一是住建、市场监管领域纠错率偏高；二是个别部门复议答复不及时。建议对纠错率超过30%的部门进行约谈，全年共约谈部门2个；听证审理案件4件。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(N + 9, [N, 6, 3], span(t, f"行政复议申请{N + 9}件", "申请3件"), "F"),
    C(N, chg(N, prev_n), span(t, f"受理{N}件", f"较上年的{prev_n}件"), "A", prev=prev_n),
    S(N, [prev_n, N - prev_n], span(t, f"受理{N}件", f"增加{N - prev_n}件"), "O"),
    R(COR, CL, float(cr), span(t, f"全年审结{CL}件", f"纠错率{cr}%"), "C"),
    S(float(cr), [prev_cr, dd], span(t, f"纠错率{cr}%", "个百分点"), "O"),
    E([N, N], span(t, f"受理{N}件", rowt[-1]), "H"),
    E([CL, CL], span(t, f"全年审结{CL}件", rowt[-1]), "H"),
    E([COR, COR], span(t, f"纠错{COR}件", rowt[-1]), "H"),
    S(44, [19, 14, 11], span(t, "分别为19件", f"{pc(44, N)}%"), "F"),
    R(44, N, float(pc(44, N)), span(t, f"受理{N}件", f"{pc(44, N)}%"), "C"),
    S(83, [29, 54], span(t, "行政诉讼案件83件", "54件"), "F"),
    R(6, 71, float(pc(6, 71)), span(t, "已审结71件", f"败诉率{pc(6, 71)}%"), "C"),
    R(70, 71, float(pc(70, 71)), span(t, "应出庭应诉的71件", f"出庭率{pc(70, 71)}%"), "C"),
)
rep.metric("reconsideration.count", N + 9, "件", f"收到行政复议申请{N + 9}件")
rep.metric("reconsideration.accepted", N, "件", f"受理{N}件")
rep.metric("reconsideration.closed", CL, "件", f"全年审结{CL}件")
rep.metric("reconsideration.corrected", COR, "件", f"纠错{COR}件")
rep.metric("reconsideration.corrected_rate", float(cr), "%", f"纠错率{cr}%")
rep.metric("litigation.count", 83, "件", "一审行政诉讼案件83件")
rep.metric("litigation.lost", 6, "件", "败诉6件")
rep.metric("litigation.lost_rate", float(pc(6, 71)), "%", f"败诉率{pc(6, 71)}%")
rep.never("纠错率超过30%", "a threshold")
rep.never("约谈部门2个", "a count of another kind")
rep.never("房屋征收引发的复议案件7件", "a part whose kind total is not printed")
