from common import B, C, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import gk_table

rep = Report("lihe-ziran-xxgk-2020", "docx", "梨河市自然资源和规划局", 2021, dest="enc",
             kind="梨河市自然资源和规划局2020年政府信息公开工作年度报告 (2021)",
             shape=".docx with the national application table as a Word table (carry-in, 办结 > 新收), prose restating it with 分别, 土地 in 公顷 and 亩 beside 件, a share over 办结, a planted prose sum of the 不予公开 reasons")
data = {"new": [143, 21, 0, 0, 5, 2], "old": [8, 1, 0, 0, 0, 0],
        "gk": [52, 9, 0, 0, 2, 0], "bf": [17, 3, 0, 0, 1, 0], "n2": [2, 0, 0, 0, 0, 0], "n4": [5, 1, 0, 0, 0, 0],
        "n5": [3, 0, 0, 0, 0, 0], "n6": [7, 2, 0, 0, 0, 0], "w1": [39, 4, 0, 0, 1, 1], "w2": [6, 0, 0, 0, 0, 0],
        "w3": [2, 0, 0, 0, 0, 0], "c1": [9, 1, 0, 0, 0, 0], "c2": [5, 0, 0, 0, 1, 1], "o3": [1, 0, 0, 0, 0, 0],
        "fwd": [3, 2, 0, 0, 0, 0]}
s = gk_sums(data)
tsv, trels, rows = gk_table(data, "tsv", cols_checked=(0, 6))
rep.docx_blocks = [[line.split("\t") for line in tsv.split("\n")]]
new, old, tot, fwd = s["new"], s["old"], s["tot"], s["fwd"]
rep.text = f"""
梨河市自然资源和规划局2020年政府信息公开工作年度报告
一、总体情况
2020年，我局主动公开政府信息2,137条，其中建设用地批准、征收土地公告等用地信息684条，规划许可批前公示和批后公布信息531条，矿业权出让信息47条。全年批准建设用地87宗、面积412.6公顷（合6,189亩），办理不动产登记业务11.3万件。
收到政府信息公开申请{new}件，同比下降{gr(new, 196).lstrip('-')}%；加上年结转{old}件，全年办结{tot}件，结转下年度{fwd}件。办结件中，予以公开{s['gk']}件，占{pc(s['gk'], tot)}%；不予公开{s['n']}件，其中涉及第三方合法权益、内部事务信息、过程性信息和其他法律行政法规禁止公开的分别为6件、3件、8件和2件。
二、收到和处理政府信息公开申请情况
@@TABLE 0
三、政府信息公开行政复议、行政诉讼情况
因政府信息公开申请被提起行政复议5件（维持4件、纠错1件），行政诉讼3件（均已判决驳回）。
四、存在的主要问题及改进情况
征地信息公开的时效性仍需提高。
"""
flat = "\n".join("\t".join(r) for r in rep.docx_blocks[0])
rowq = {k: "\t".join(v.split("\t")) for k, v in rows.items()}
t = rep.text
p2 = span(t, "收到政府信息公开申请", "分别为6件、3件、8件和2件")
rep.add(
    B(684, 2137, span(t, "主动公开政府信息2,137条", "用地信息684条"), "D"),
    B(531, 2137, span(t, "主动公开政府信息2,137条", "批后公布信息531条"), "D"),
    B(47, 2137, span(t, "主动公开政府信息2,137条", "矿业权出让信息47条"), "D"),
    C(new, f(gr(new, 196)), span(t, "收到政府信息公开申请", "%"), "O"),
    R(s["gk"], tot, f(pc(s["gk"], tot)), p2, "C"),
    S(s["n"], [6, 3, 8, 2], p2, "B", bad=f"6 + 3 + 8 + 2 = 19, 不予公开 printed {s['n']} (过程性 9 in the table typed 8 in the prose)"),
    S(5, [4, 1], span(t, "被提起行政复议5件", "纠错1件"), "O"),
)
addt(rep, trels)
rep.never("批准建设用地87宗、面积412.6公顷（合6,189亩）", "412.6公顷 × 15 = 6,189亩: a unit conversion, not a sum or share")
rep.never("办理不动产登记业务11.3万件", "registrations beside applications")
rep.never(f"全年办结{tot}件", "办结 > 新收 because of carry-in")
