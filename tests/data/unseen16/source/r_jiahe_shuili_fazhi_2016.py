from common import B, C, E, R, Report, S, span
from tables import grid

rep = Report("jiahe-shuili-fazhi-2016", "txt", "嘉禾县水利局", 2017, wrap=31, page_every=12,
             page_style="第 {n} 页 共 2 页",
             kind="嘉禾县水利局2016年依法行政工作报告 (2017)",
             shape="PDF copy wrapped at 31 with 第 n 页 共 2 页 footers; a space-aligned table of 水事案件 by 乡镇 with 立案/结案/罚款 and a 合计 row (a planted 结案 cell), prose restating the table (one planted), 结案 ≥ part, 规费 with 分别 and a change with its delta, a per-10,000 rate, 水库 counts")
tab, rt = grid(["乡镇", "立案（件）", "结案（件）", "罚款（万元）"],
               [["城关镇", "9", "9", "6.40"], ["河口镇", "7", "6", "4.85"], ["石坝乡", "5", "5", "2.30"],
                ["龙潭乡", "4", "3", "1.75"], ["合计", "25", "24", "15.30"]], "txt")
rep.text = f"""
嘉禾县水利局2016年依法行政工作报告

一、水行政执法

2016年，全县立案查处水事违法案件25件，结案23件，结案率92.0%，罚款15.30万元。分乡镇情况如下：

{tab}

其中非法采砂案件11件，均已结案。

二、水资源管理

征收水资源费、水土保持补偿费分别为412.6万元、86.4万元，合计499.0万元；水资源费较上年增加37.9万元，增长10.1%。全县用水总量2.16亿立方米，万元工业增加值用水量下降5.2%。

三、水利工程管理

全县有水库36座（其中中型水库3座）、堤防218公里，全部落实管护责任人。全县农村饮水安全工程覆盖人口28.6万人，每万人配备管护人员3.5名（共100名）。

四、存在问题及2017年打算

……
"""
t = rep.text
rows = span(t, rt[0], rt[4])
p2 = span(t, "水土保持补偿费分别为412.6万元", "增长10.1%")
rep.add(
    R(23, 25, 92.0, span(t, "水事违法案件25件", "结案率92.0%")),
    S(25, [9, 7, 5, 4], rows, "T"),
    S(24, [9, 6, 5, 3], rows, "T", bad="9 + 6 + 5 + 3 = 23, 合计 printed 24"),
    S(15.30, [6.40, 4.85, 2.30, 1.75], rows, "T"),
    E([23, 24], span(t, "结案23件", rt[4]), "H", bad="prose 结案 23, table 合计 24"),
    E([25, 25], span(t, "水事违法案件25件", rt[4]), "H"),
    E([15.30, 15.30], span(t, "罚款15.30万元", rt[4]), "H"),
    B(11, 23, span(t, "结案23件", "均已结案"), "D"),
    S(499.0, [412.6, 86.4], p2, "B"),
    C(412.6, 10.1, p2, "A"),
    R(100, 286000, 3.5, span(t, "覆盖人口28.6万人", "共100名"), "G", per=10000),
)
rep.never("有水库36座（其中中型水库3座）", "其中 not exhaustive (小型 reservoirs not listed)")
rep.never("万元工业增加值用水量下降5.2%", "a change of an intensity, no levels printed")
rep.never("全县用水总量2.16亿立方米", "a volume, no relation")
