from common import B, C, E, R, Report, S, span
from tables import gk_table

rep = Report("heyang-renshe-xxgk-2023", "docx", "河阳市人力资源和社会保障局", 2024, dest="enc",
             kind="河阳市人力资源和社会保障局2023年政府信息公开工作年度报告 (2024)",
             shape=".docx with the national application table as a Word table, prose restating it (办结 > 新收 with carry-in), a share of 无法提供, 窗口 beside 件, last year's figure")
data = {"new": [62, 3, 0, 0, 2, 0], "old": [4, 0, 0, 0, 0, 0],
        "gk": [20, 1, 0, 0, 1, 0], "bf": [9, 0, 0, 0, 0, 0], "n2": [1, 0, 0, 0, 0, 0], "n5": [2, 0, 0, 0, 0, 0],
        "n8": [6, 0, 0, 0, 0, 0], "w1": [18, 2, 0, 0, 1, 0], "w2": [3, 0, 0, 0, 0, 0], "w3": [2, 0, 0, 0, 0, 0],
        "c1": [3, 0, 0, 0, 0, 0], "c4": [1, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]}
tab, trels, rows = gk_table(data, "tsv")
rep.docx_blocks = [[ln.split("\t") for ln in tab.split("\n")]]
rep.text = """河阳市人力资源和社会保障局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局共主动公开政府信息1,936条，其中就业创业类524条、社会保险类718条、人事人才类297条、劳动关系类334条。在市本级和6个县（市、区）的人社服务大厅设置政务公开专区，共7个。
全年新收政府信息公开申请67件，同比增长24.1%（2022年为54件），另有2022年结转申请4件。全年办结71件，无结转下年度办理的申请。其中，予以公开22件、部分公开9件，合计占办结总数的43.7%；不予公开9件；无法提供26件，占36.6%；不予处理4件；其他处理1件。
申请内容主要集中在工伤认定、社保缴费记录和职称评审，三类合计41件，占新收申请的61.2%。
二、收到和处理政府信息公开申请情况
@@TABLE 0
三、政府信息公开行政复议、行政诉讼情况
本年度因政府信息公开被申请行政复议0件，被提起行政诉讼0件。
四、存在的主要问题及改进情况
部分申请答复的告知书格式不统一。下一步，将统一答复文书范本。"""
t = "\n".join([rep.text.replace("@@TABLE 0", tab)])
p1 = span(t, "共主动公开政府信息1,936条", "劳动关系类334条")
p2 = span(t, "全年新收政府信息公开申请67件", "其他处理1件。")
rep.add(
    S(1936, [524, 718, 297, 334], p1, bad="524 + 718 + 297 + 334 = 1,873, printed 1,936 (781 with digits swapped)"),
    C(67, 24.1, p2, "A", prev=54),
    S(71, [67, 4], p2, "H"),
    S(71, [22, 9, 9, 26, 4, 1], p2),
    R(26, 71, 36.6, p2, "C"),
    R(41, 67, 61.2, span(t, "全年新收政府信息公开申请67件", "占新收申请的61.2%"), "C"),
    B(41, 67, span(t, "全年新收政府信息公开申请67件", "占新收申请的61.2%"), "D"),
    E([71, 71], span(t, "全年办结71件", rows["tot"]), "H"),
)
for r in trels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("合计占办结总数的43.7%", "31 / 71 = 43.66%: a share of a sum not printed as a figure")
rep.never("政务公开专区，共7个", "1 + 6 = 7 units; places, not applications (kept out: 市本级 printed as a word)")
rep.never("全年办结71件，无结转下年度办理的申请", "办结71 > 新收67 because of the 4 carried in: no bound between them")
