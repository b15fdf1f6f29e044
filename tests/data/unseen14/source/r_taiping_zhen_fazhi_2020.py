from common import B, C, E, R, Report, S

rep = Report("taiping-zhen-fazhi-2020", "docx", "太平镇人民政府", 2021, dest="enc",
             kind="太平镇人民政府2020年度法治政府建设工作报告 (2021)",
             shape=".docx with a Word table of 执法 案件 by 类别 (立案/结案/罚款, a planted 结案 cell), prose restating the 合计 with a planted 立案 (H), 结案率, 罚款 with its previous value in brackets, 矛盾纠纷 funnel, 村 counts")
rows = [["类别", "立案（件）", "结案（件）", "罚款（万元）"], ["违法建设", "26", "24", "8.60"], ["环境卫生", "41", "41", "2.35"],
        ["市容秩序", "33", "23", "1.18"], ["农业执法", "12", "11", "3.07"], ["合计", "112", "108", "15.20"]]
rep.docx_blocks = [rows]
rep.text = """太平镇人民政府2020年度法治政府建设工作报告
2020年，太平镇在县委、县政府的领导下，深入推进法治政府建设。全镇辖9个村、2个社区。现将有关情况报告如下。
一、综合行政执法情况
全年镇综合行政执法队共立案121件，结案108件，结案率96.4%；罚款15.20万元，较上年（12.64万元）增长20.3%。分类情况如下表：
@@TABLE 0
二、矛盾纠纷排查化解
全年排查各类矛盾纠纷218件，化解213件，其余5件已依法引导至诉讼渠道。全年未发生行政复议和行政诉讼案件。
三、法治宣传
全镇“法律明白人”176名，其中村“两委”成员64名、网格员48名、党员群众64名。全镇11个村（社区）均配备法律顾问，全年提供法律咨询312人次。
"""
tab = "\n".join("\t".join(r) for r in rows)
row = ["\t".join(r) for r in rows]
body = "\n".join(row[1:])
p1 = "共立案121件，结案108件，结案率96.4%"
rep.add(
    S(112, [26, 41, 33, 12], body, "T"),
    S(108, [24, 41, 23, 11], body, "T", bad="24 + 41 + 23 + 11 = 99, 合计 printed 108 (市容秩序 32 with digits swapped)"),
    S(15.20, [8.60, 2.35, 1.18, 3.07], body, "T"),
    R(108, 121, 96.4, p1, bad="108 / 121 = 89.3%, printed 96.4% (立案 112 typed 121 in the prose)"),
    E([121, 112], "共立案121件，结案108件，结案率96.4%；罚款15.20万元，较上年（12.64万元）增长20.3%。分类情况如下表：\n" + tab, "H",
      bad="prose 立案121件, the table's 合计 112 (digits swapped)"),
    B(108, 121, p1, "E"),
    C(15.20, 20.3, "罚款15.20万元，较上年（12.64万元）增长20.3%", "A", prev=12.64),
    B(213, 218, "排查各类矛盾纠纷218件，化解213件", "E"),
    S(218, [213, 5], "排查各类矛盾纠纷218件，化解213件，其余5件", "H"),
)
rep.never("全镇辖9个村、2个社区", "units")
rep.never("环境卫生\t41\t41\t2.35", "结案 equal to 立案 by chance in one row")

# ---- more relations ----
from common import B, C, E, R, S, span
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    S(176, [64, 48, 64], "全镇“法律明白人”176名，其中村“两委”成员64名、网格员48名、党员群众64名"),
)
rep.never("全镇11个村（社区）均配备法律顾问", "均 without a second figure")
