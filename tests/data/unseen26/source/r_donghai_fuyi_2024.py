from common import B, E, R, Report, span
from u26 import addt, tgrid

rep = Report("donghai-fuyi-2024", "docx", "东海县人民政府行政复议局", 2025, dest="enc",
             kind="东海县2024年度行政复议案件情况分析 (2025, 行政复议, Word)",
             shape=".docx; a Word table of 复议案件 by 案件类别 with 收案/受理/审结/纠错 and a 合计 row (a planted 审结 cell; 审结 above 受理 in a row by carry-over, a trap), prose restating the totals (H), 受理率 over 收案, 纠错率 over 审结 (C), 调解 结案 share, 听证 ≤ 审结, 复议前置 units")
rows = [["行政处罚", 186, 172, 168, 21], ["行政强制", 24, 22, 23, 4], ["政府信息公开", 58, 51, 49, 6],
        ["工伤认定", 42, 40, 38, 3], ["其他", 66, 57, 54, 5], ["合计", 376, 342, 332, 39]]
rows[2][3] = 94
tab, trels, rowt = tgrid(["案件类别", "收案（件）", "受理（件）", "审结（件）", "纠错（件）"], rows, "tsv",
                         col_sums=(1, 2, 3, 4), note="168 + 23 + 94 + 38 + 54 = 377, 合计 printed 332 (政府信息公开 审结 49 typed 94)")
rep.docx_blocks = [[["案件类别", "收案（件）", "受理（件）", "审结（件）", "纠错（件）"], *rows]]
rep.text = """东海县2024年度行政复议案件情况分析
一、总体情况
2024年，县行政复议局共收到行政复议申请376件，受理342件，受理率91.0%；审结332件，其中通过调解、和解方式结案的64件，占审结案件的19.3%。
二、分类情况
@@TABLE 0
三、纠错情况
审结案件中依法纠错39件，纠错率11.7%。全年举行听证会22场（件）。
四、下一步工作
加强复议前置案件的审理，全县14个乡镇均设立复议受理点。
"""
flat = rep.text.replace("@@TABLE 0", "\n".join("\t".join(map(str, r)) for r in rep.docx_blocks[0]))
addt(rep, trels)
rep.add(
    R(342, 376, 91.0, span(flat, "收到行政复议申请376件", "受理率91.0%")),
    R(64, 332, 19.3, span(flat, "审结332件", "占审结案件的19.3%"), "C"),
    E([376, 376], span(flat, "收到行政复议申请376件", "合计\t376"), "H"),
    E([332, 332], span(flat, "审结332件", "合计\t376\t342\t332"), "H"),
    R(39, 332, 11.7, span(flat, "合计\t376\t342\t332\t39", "纠错率11.7%"), "C"),
    B(22, 332, span(flat, "合计\t376\t342\t332", "听证会22场"), "E"),
)
for i in range(5):
    rep.add(B(rows[i][2], rows[i][1], rowt[i], "E"))
rep.never("行政强制\t24\t22\t23\t4", "审结 23 above 受理 22 in the row: a case carried over from the year before")
rep.never("全县14个乡镇均设立复议受理点", "units")
