from common import C, R, Report, S, span
from u36 import gr, pc

rep = Report("zhangyewan-swj-fzzf-2024", "txt", "张掖湾市水务局", 2025, wrap=35, page_every=18,
             page_style="第{n}页", header="张掖湾市水务局2024年法治政府建设年度报告",
             kind="张掖湾市水务局2024年法治政府建设年度报告 (2025, 法治政府建设, 甘肃 市级 水利)",
             shape="PDF copy wrapped at 35 with 第n页 footers and a running header; 水事 案件 by 类型 with 分别 (B), 结案率 (C), 用水总量 by 用途 (F) with 农业 share (C, planted) and 较上年 with the previous printed (A), 罚款 = 罚款 + 征收 (F); 巡查 公里, 许可证 套数, 灌溉 系数, 万元GDP用水量, 复议/诉讼 分别 as traps")
sj = [18, 11, 9, 8]
SJ = sum(sj)
ys = [16.72, 0.84, 0.93, 1.37]
YS = round(sum(ys), 2)
rep.text = f"""张掖湾市水务局2024年法治政府建设年度报告

　　2024年，市水务局认真贯彻落实习近平法治思想和“节水优先、空间均衡、系统治理、两手发力”治水思路，全面推进水利法治建设。现将有关情况报告如下。

　　一、强化水行政执法

　　全年累计巡查河道1.26万公里，立案查处水事违法案件{SJ}件，结案44件，结案率{pc(44, SJ)}%。非法取水、河道采砂、侵占河道、水土保持违法案件分别为{sj[0]}件、{sj[1]}件、{sj[2]}件、{sj[3]}件。全年收缴罚款及水土保持补偿费共计62.4万元，其中罚款41.8万元、征收水土保持补偿费20.6万元。

　　二、严格水资源管理

　　全年核发取水许可证214套。全市用水总量{YS}亿立方米，较上年的20.31亿立方米下降{gr(YS, 20.31)}%；其中农业用水{ys[0]}亿立方米、工业用水{ys[1]}亿立方米、生活用水{ys[2]}亿立方米、生态用水{ys[3]}亿立方米，农业用水占用水总量的82.4%。农田灌溉水有效利用系数0.581，万元GDP用水量较2020年下降14.2%。

　　三、化解涉水矛盾纠纷

　　全年行政复议、行政诉讼案件分别为4件、2件，复议决定均予维持，诉讼案件我局均胜诉。

　　四、存在问题

　　基层水政监察力量不足，县区水政监察大队平均编制不足5人。

　　五、2025年工作打算

　　深化河湖长制，推动黑河流域水资源刚性约束制度落地见效。

　　　　　　　　　　　　　　　　　　　张掖湾市水务局
　　　　　　　　　　　　　　　　　　　2025年1月24日
"""
t = rep.text
rep.add(
    R(44, SJ, float(pc(44, SJ)), span(t, f"水事违法案件{SJ}件", f"结案率{pc(44, SJ)}%"), "C"),
    S(SJ, sj, span(t, f"水事违法案件{SJ}件", f"{sj[3]}件。"), "B"),
    S(62.4, [41.8, 20.6], span(t, "共计62.4万元", "补偿费20.6万元"), "F"),
    C(YS, -float(gr(YS, 20.31)), span(t, f"用水总量{YS}亿立方米", f"下降{gr(YS, 20.31)}%"), "A", prev=20.31),
    S(YS, ys, span(t, f"用水总量{YS}亿立方米", f"生态用水{ys[3]}亿立方米"), "F"),
    R(ys[0], YS, 82.4, span(t, f"用水总量{YS}亿立方米", "总量的82.4%"), "C", bad=f"{ys[0]} / {YS} = {pc(ys[0], YS)}%, printed 82.4%"),
)
rep.never("巡查河道1.26万公里", "length")
rep.never("取水许可证214套", "licences")
rep.never("系数0.581，万元GDP用水量较2020年下降14.2%", "a coefficient and a change over four years with no base")
rep.never("分别为4件、2件", "two different kinds, no total")
