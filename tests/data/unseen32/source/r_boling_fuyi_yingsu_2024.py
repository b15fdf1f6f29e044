from common import R, Report, S, span
from u32 import addt, pc, tgrid

rep = Report("boling-fuyi-yingsu-2024", "txt", "博岭县司法局", 2025, enc="utf-16", dest="enc",
             kind="博岭县司法局2024年行政复议与行政应诉工作总结 (2025, 行政复议 与 应诉, 新疆 county 司法局)",
             shape="UTF-16 .txt with BOM (no wrapping); a space-aligned table of 决定类型 with 件数/占比 and a 合计 row (T: column sum and each share over the 合计), 收到 = 受理 + 不予受理 + 告知 (F), 审结率, 纠错 sum and 纠错率, 公安 share of 受理 (C), 出庭率, 败诉 (a trap)")
kinds = [("维持", 64), ("驳回行政复议请求", 18), ("撤销", 9), ("确认违法", 6), ("责令履行", 3), ("调解", 12), ("终止", 14)]
rows = [[k, str(v), pc(v, 126)] for k, v in kinds] + [["合计", "126", "100.0"]]
tab, trels, rowt = tgrid(["决定类型", "件数", "占比（%）"], rows, "txt", col_sums=(1,))
for i, (_k, v) in enumerate(kinds):
    trels.append(R(v, 126, float(rows[i][2]), "\n".join(rowt[i:]), "T"))
rep.text = f"""博岭县司法局2024年行政复议与行政应诉工作总结

　　2024年，县司法局认真履行行政复议机构职责，严格执行新修订的行政复议法，全力推动行政争议实质性化解。现将工作情况总结如下。

　　一、行政复议

　　全年共收到行政复议申请152件，其中受理131件，不予受理12件，告知9件。受理案件中，县公安局作为被申请人的48件，占{pc(48, 131)}%；县市场监管局19件；各乡镇人民政府23件。全年审结126件，审结率{pc(126, 131)}%。纠错18件（撤销9件、确认违法6件、责令履行3件），纠错率{pc(18, 126)}%。审结案件按决定类型分列如下：

{tab}

　　二、行政应诉

　　全县行政机关被诉行政案件47件，行政机关负责人出庭应诉44件，出庭应诉率{pc(44, 47)}%；法院判决行政机关败诉3件。

　　三、2025年工作思路

　　进一步发挥行政复议委员会作用，对重大疑难案件一律召开咨询会议，力争调解和解率超过15%。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(152, [131, 12, 9], span(t, "共收到行政复议申请152件", "告知9件"), "F"),
    R(48, 131, float(pc(48, 131)), span(t, "其中受理131件", "占" + pc(48, 131) + "%"), "C"),
    R(126, 131, float(pc(126, 131)), span(t, "其中受理131件", "审结率" + pc(126, 131) + "%")),
    S(18, [9, 6, 3], span(t, "纠错18件", "责令履行3件）")),
    R(18, 126, float(pc(18, 126)), span(t, "全年审结126件", "纠错率" + pc(18, 126) + "%")),
    R(44, 47, float(pc(44, 47)), span(t, "被诉行政案件47件", "出庭应诉率" + pc(44, 47) + "%")),
)
rep.never("县市场监管局19件；各乡镇人民政府23件", "a non-exhaustive list of 被申请人, not a sum")
rep.never("法院判决行政机关败诉3件", "no 败诉率 printed; 审结 not printed")
rep.never("力争调解和解率超过15%", "a target")
