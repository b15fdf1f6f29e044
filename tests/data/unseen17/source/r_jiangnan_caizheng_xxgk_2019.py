from common import B, C, E, R, Report, S, span
from h17 import gk, col, tot
from tables import gk_table

rep = Report("jiangnan-caizheng-xxgk-2019", "txt", "江南县财政局", 2020, half=True, wrap=36, page_every=12,
             page_style="{n}/3",
             kind="江南县财政局2019年政府信息公开工作年度报告 (2020, first year of the new template)",
             shape="PDF copy with half-width punctuation, wrapped at 36, n/3 footers; space-aligned application table; 预决算 公开 by 部门 with 均 and 100%, 万元 beside 亿元, 收费 in 万元, a planted (七)总计 cell in the 自然人 column")
d = gk({"new": [19, 4, 0, 0, 0, 0], "gk": [9, 2, 0, 0, 0, 0], "bf": [2, 1, 0, 0, 0, 0],
        "w1": [5, 1, 0, 0, 0, 0], "c5": [1, 0, 0, 0, 0, 0], "o3": [2, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "txt", typo={("tot", 0): 18})
new, done = col(d, "new"), tot(d)
rep.text = f"""江南县财政局2019年政府信息公开工作年度报告

一、总体情况

2019年,我局按照新修订的《政府信息公开条例》,全面推进预决算公开。全县86个一级预算单位中,应公开部门预算的86个单位均已在县政府网站公开2019年部门预算,公开率100%;公开部门决算的84个,另2个单位因机构改革撤并未单独公开。县本级一般公共预算收入完成12.64亿元,同比增长6.8%;其中税收收入9.37亿元,占74.1%。一般公共预算支出完成38.92亿元,其中民生支出31.05亿元,占79.8%。

全年主动公开财政信息418条,比上年增加57条。全年新收政府信息公开申请{new}件,均已办结。其中予以公开11件,部分公开3件,无法提供6件,不予处理1件,其他处理2件。

二、主动公开政府信息情况

第二十条第(八)项 行政事业性收费:本年收费金额0万元。
第二十条第(九)项 政府集中采购:采购项目数量1,146个,采购总金额42,816.7万元。

三、收到和处理政府信息公开申请情况

{tab}

四、政府信息公开行政复议、行政诉讼情况

本年度未发生因政府信息公开申请引起的行政复议、行政诉讼。

五、存在的主要问题及改进情况

部分单位"三公"经费说明不够详细。2020年将对86个一级预算单位逐一开展公开情况检查。
"""
t = rep.text
p1 = span(t, "县本级一般公共预算收入完成12.64亿元", "占79.8%")
p2 = span(t, f"全年新收政府信息公开申请{new}件", "其他处理2件")
rep.add(
    R(86, 86, 100, span(t, "全县86个一级预算单位中", "公开率100%"), "O"),
    B(84, 86, span(t, "全县86个一级预算单位中", "公开部门决算的84个"), "E"),
    S(86, [84, 2], span(t, "全县86个一级预算单位中", "另2个单位"), "O"),
    R(9.37, 12.64, 74.1, p1, "O"),
    R(31.05, 38.92, 79.8, p1, "O"),
    S(new, [11, 3, 6, 1, 2], p2, "O"),
    E([new, new], span(t, f"全年新收政府信息公开申请{new}件", rows["new"]), "H"),
)
for r in trels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("比上年增加57条", "a delta without a printed previous value or percent")
rep.never("采购项目数量1,146个,采购总金额42,816.7万元", "个 beside 万元")
rep.add(
    C(12.64, 6.8, span(t, "县本级一般公共预算收入完成12.64亿元", "同比增长6.8%"), "O"),
)
