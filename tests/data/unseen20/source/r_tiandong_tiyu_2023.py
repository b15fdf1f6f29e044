from common import B, E, R, Report, S, span
from tables import grid

rep = Report("tiandong-tiyu-2023", "docx", "田东县文化体育和旅游局", 2024, dest="enc",
             kind="田东县2023年体育工作总结暨法治建设情况 (2024)",
             shape=".docx, a Word table of 经营性体育场所 检查 by 项目 with 合计 row; prose restating the table (= by meaning) with a planted 整改率; 许可 其中 by 项目; 赛事 其中 县级以上; 体质监测 合格率; per-capita figures over a population not printed")
body = [["游泳场馆", 64, 38, 38], ["健身场所", 52, 27, 25], ["攀岩滑雪场所", 9, 6, 6], ["合计", 125, 71, 69]]
tab, rows = grid(["项目", "检查场所（家次）", "发现问题（个）", "已整改（个）"], body, "tsv")
rep.docx_blocks = [[ln.split("\t") for ln in tab.split("\n")]]
rep.text = """田东县2023年体育工作总结暨法治建设情况
一、全民健身
全县现有体育场地2,364个，体育场地面积136.8万平方米，人均体育场地面积2.41平方米。社会体育指导员1,862名，每千人拥有3.6名。全年完成国民体质监测3,200人，达到合格以上标准2,989人，合格率93.4%。
二、体育赛事
全年举办各级各类体育赛事86项，其中县级以上赛事21项，参赛人数达4.2万人次。
三、体育市场监管
全年办理高危险性体育项目经营许可12件，其中游泳8件、攀岩2件、滑雪2件。联合市场监管、应急等部门检查经营性体育场所125家次，发现问题71个，整改69个，整改率97.9%。分项目情况见下表：
@@TABLE 0
四、下一步工作
加强体育执法队伍建设，持续规范体育市场秩序。
"""
t = rep.text
flat = t.replace("@@TABLE 0", tab)
reg = tab[tab.index(rows[0]):]
rep.add(
    B(2989, 3200, span(t, "国民体质监测3,200人", "标准2,989人"), "E"),
    R(2989, 3200, 93.4, span(t, "国民体质监测3,200人", "合格率93.4%")),
    B(21, 86, span(t, "体育赛事86项", "赛事21项"), "D"),
    S(12, [8, 2, 2], span(t, "经营许可12件", "滑雪2件")),
    B(69, 71, span(t, "发现问题71个", "整改69个"), "E"),
    R(69, 71, 97.9, span(t, "发现问题71个", "整改率97.9%"), bad="69 / 71 = 97.2%, printed 97.9%"),
    S(125, [64, 52, 9], reg, "T"),
    S(71, [38, 27, 6], reg, "T"),
    S(69, [38, 25, 6], reg, "T"),
    B(25, 27, rows[1], "T"),
    E([125, 125], span(flat, "经营性体育场所125家次", rows[3]), "H"),
    E([71, 71], span(flat, "发现问题71个", rows[3]), "H"),
)
rep.never("人均体育场地面积2.41平方米", "population not printed")
rep.never("每千人拥有3.6名", "population not printed")
rep.never("参赛人数达4.2万人次", "persons beside events")
