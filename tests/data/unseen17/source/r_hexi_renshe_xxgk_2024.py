from common import C, E, R, Report, S, span
from h17 import ch, pc, gk, col, tot
from tables import gk_table

rep = Report("hexi-renshe-xxgk-2024", "docx", "河西区人力资源和社会保障局", 2025, dest="enc",
             kind="河西区人力资源和社会保障局2024年政府信息公开工作年度报告 (2025)",
             shape=".docx with the application table as a Word table, prose restating it, a share of a sum (予以公开和部分公开合计), 窗口 and 人次 beside 件, 万人 and 万元, a planted 部分公开 row")
d = gk({"new": [112, 6, 0, 0, 1, 0], "gk": [41, 2, 0, 0, 1, 0], "bf": [13, 1, 0, 0, 0, 0], "n2": [2, 0, 0, 0, 0, 0],
        "n8": [9, 0, 0, 0, 0, 0], "w1": [27, 2, 0, 0, 0, 0], "w2": [4, 0, 0, 0, 0, 0], "c2": [6, 0, 0, 0, 0, 0],
        "c4": [3, 0, 0, 0, 0, 0], "o3": [2, 1, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "tsv", typo={("bf", 6): 15})
rep.docx_blocks = [[ln.split("\t") for ln in tab.split("\n")]]
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
g, b = sum(d["gk"]), sum(d["bf"])
rep.text = f"""河西区人力资源和社会保障局2024年政府信息公开工作年度报告
一、总体情况
2024年，我局主动公开政府信息863条，同比增长{ch(863, 792)}%（2023年为792条）。其中，就业创业信息297条，社会保险信息238条，劳动关系信息131条，人才人事信息154条，其他信息43条。全区城镇新增就业1.26万人，其中失业人员再就业3,418人，就业困难人员实现就业1,127人；发放创业担保贷款1.83亿元，扶持创业812人，带动就业2,906人。
全年新收政府信息公开申请{new}件，本年办结{done}件，结转下年度继续办理{fwd}件。予以公开{g}件、部分公开{b}件，合计占办结总数的{pc(g + b, done)}%；本机关不掌握相关信息的{sum(d["w1"])}件；不予处理{sum(d["c2"]) + sum(d["c4"])}件。自然人申请{col(d, "new") - 7}件，占新收的{pc(new - 7, new)}%。
在区政务服务中心设置人社综合窗口12个，全年接待办事群众18.7万人次。
二、收到和处理政府信息公开申请情况
@@TABLE 0
三、政府信息公开行政复议、行政诉讼情况
本年度因政府信息公开被申请行政复议2件，均维持原答复；被提起行政诉讼0件。
四、存在的主要问题及改进情况
政策解读形式较单一。下一步将推出图解、短视频等解读方式。"""
t = rep.text.replace("@@TABLE 0", tab)
p1 = span(t, "主动公开政府信息863条", "其他信息43条")
p3 = span(t, f"全年新收政府信息公开申请{new}件", f"占新收的{pc(new - 7, new)}%")
rep.add(
    C(863, float(ch(863, 792)), p1, "A", prev=792),
    S(863, [297, 238, 131, 154, 43], p1, "O"),
    S(new, [done, fwd], p3, "E"),
    S(sum(d["c2"]) + sum(d["c4"]), [6, 3], span(t, f"不予处理{9}件", rows["c4"]), "H"),
    R(new - 7, new, float(pc(new - 7, new)), p3, "O"),
    E([new - 7, 112], span(t, f"自然人申请{new - 7}件", rows["new"]), "H"),
    E([b, 15], span(t, f"部分公开{b}件", rows["bf"]), "H", bad=f"prose 部分公开{b}件, the table's 总计 cell prints 15 (planted typo)"),
    E([g, g], span(t, f"予以公开{g}件", rows["gk"]), "H"),
)
for r in trels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never(f"合计占办结总数的{pc(g + b, done)}%", f"({g} + {b}) / {done}: a share of a sum not printed as one figure")
rep.never("全区城镇新增就业1.26万人，其中失业人员再就业3,418人，就业困难人员实现就业1,127人", "a non-exhaustive 其中 (groups overlap)")
rep.never("扶持创业812人，带动就业2,906人", "带动 persons beyond the 创业 persons: no bound")
rep.never("设置人社综合窗口12个，全年接待办事群众18.7万人次", "units beside 人次")
