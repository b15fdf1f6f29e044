from common import C, E, R, Report, S, span
from u32 import addt, pc, tgrid, tsv_rows

rep = Report("lishui-zhujian-fazhi-2023", "docx", "漓水县住房和城乡建设局", 2024, dest="enc",
             kind="漓水县住房和城乡建设局2023年法治政府建设年度报告 (2024, 法治政府 年度报告, 广西 county 住建局)",
             shape=".docx; a Word table of 执法 by 类别 with 检查项目/下发整改/立案/罚款 and a 合计 row (T: column sums; a planted 立案 合计), prose restating 立案 (H, against the planted cell) and 罚款 (H), 被复议 by 决定 incl. 变更 and 纠错率, 被诉 增加 delta (A), 出庭率, 持证率, 备案 (a trap)")
rows = [["房屋建筑工程", "146", "98", "14", "86.32"], ["市政工程", "38", "26", "5", "21.60"], ["房地产市场", "62", "41", "8", "18.45"],
        ["燃气安全", "214", "132", "6", "4.80"], ["合计", "460", "297", "35", "131.17"]]
tab, trels, rowt = tgrid(["类别", "检查项目（个）", "下发整改通知（份）", "立案（件）", "罚款（万元）"], rows, "tsv", col_sums=(1, 2, 3, 4))
for r in trels:
    if r.get("note"):
        r["note"] = "the 立案 column adds to 33, 合计 printed 35 (planted; the prose gives 33)"
rep.docx_blocks = [tsv_rows(tab)]
rep.text = f"""漓水县住房和城乡建设局2023年法治政府建设年度报告

2023年，县住建局坚持依法行政，规范建筑市场、房地产市场和城镇燃气行业秩序，现将法治政府建设情况报告如下。

一、行政执法情况
全年检查在建项目和经营单位460个，下发整改通知297份，立案查处33件，罚款131.17万元。分类别情况见下表：
@@TABLE 0
二、行政许可情况
办理建筑工程施工许可86件，全部实现网上办理；办理竣工验收备案72件。

三、行政复议和诉讼
全年我局被申请行政复议4件，复议机关维持2件、变更1件、撤销1件，纠错2件，纠错率{pc(2, 4)}%。被提起行政诉讼6件，比上年增加2件，增长{pc(2, 4)}%；局负责人出庭应诉5件次，出庭应诉率{pc(5, 6)}%。

四、执法队伍
全局在编执法人员56名，持证52名，持证率{pc(52, 56)}%。

五、2024年工作计划
推动城镇燃气安全专项整治常态化，力争全县建筑施工安全事故“零发生”。
"""
t = rep.text
flat = t.replace("@@TABLE 0", tab)
addt(rep, trels)
rep.add(
    E([33, 35], span(flat, "立案查处33件", rowt[-1]), "H", bad="the prose gives 33, the table's 合计 35 (planted)"),
    E([131.17, 131.17], span(flat, "罚款131.17万元", rowt[-1]), "H"),
    S(4, [2, 1, 1], span(t, "被申请行政复议4件", "撤销1件")),
    R(2, 4, float(pc(2, 4)), span(t, "被申请行政复议4件", "纠错率" + pc(2, 4) + "%")),
    C(6, float(pc(2, 4)), span(t, "被提起行政诉讼6件", "增长" + pc(2, 4) + "%"), "A", prev=4),
    R(5, 6, float(pc(5, 6)), span(t, "被提起行政诉讼6件", "出庭应诉率" + pc(5, 6) + "%")),
    R(52, 56, float(pc(52, 56)), span(t, "在编执法人员56名", "持证率" + pc(52, 56) + "%")),
)
rep.never("办理竣工验收备案72件", "a count, no relation")
