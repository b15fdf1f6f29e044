from common import B, C, E, R, Report, S, span
from h17 import ch, pc, gk, col
from tables import gk_table, fy_table

rep = Report("qinghe-sheng-xxgk-2022", "md", "青河省人民政府办公厅", 2023,
             kind="青河省人民政府2022年政府信息公开工作年度报告 (2023)",
             shape="Markdown, national tables in Markdown with carry-in, 复议/诉讼 table, prose restating the table with 分别 and shares over 办结, 厅局 and 市 counts beside 条, a planted 自然人 cell")
d = gk({"new": [1846, 212, 9, 14, 37, 22], "old": [63, 5, 0, 0, 1, 0],
        "gk": [612, 88, 3, 6, 11, 7], "bf": [174, 31, 1, 2, 6, 3], "n1": [4, 0, 0, 0, 0, 0], "n3": [2, 0, 0, 0, 0, 0],
        "n4": [21, 3, 0, 0, 1, 0], "n5": [9, 1, 0, 0, 0, 0], "n6": [33, 6, 0, 0, 2, 1], "n7": [12, 2, 0, 0, 1, 0],
        "n8": [57, 4, 0, 1, 3, 0], "w1": [498, 41, 2, 3, 7, 5], "w2": [77, 9, 1, 0, 2, 1], "w3": [46, 5, 0, 0, 0, 1],
        "c1": [61, 4, 0, 1, 1, 1], "c2": [88, 3, 0, 0, 1, 2], "c3": [6, 0, 0, 0, 0, 0], "c4": [19, 0, 0, 0, 0, 0],
        "c5": [7, 1, 0, 0, 0, 0], "o1": [58, 6, 2, 1, 2, 1], "o3": [26, 2, 0, 0, 1, 0]})
tab, trels, rows = gk_table(d, "md", sep=True, typo={("w1", 0): 489})
ftab, frels = fy_table([41, 9, 6, 4], [23, 3, 2, 7], [11, 1, 1, 3], "md")
new, done = col(d, "new"), sum(sum(d[k]) for k in d if k not in ("new", "old", "fwd"))
gkn, bfn = sum(d["gk"]), sum(d["bf"])
rep.text = f"""# 青河省人民政府2022年政府信息公开工作年度报告

本报告由青河省人民政府办公厅根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息公开办公室印发的报告格式编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。

## 一、总体情况

（一）主动公开。2022年，省政府门户网站发布各类信息48,316条，其中省政府文件、省政府办公厅文件、政策解读分别为126条、341条、1,207条；“青河发布”政务新媒体推送信息12,905条，较上年增长8.6%。全省21个厅局、14个设区市开设政策问答专栏，全年累计答复网民咨询6,418条。

（二）依申请公开。全年省政府办公厅及各厅局共新收政府信息公开申请{new:,}件，较2021年的1,904件增长{ch(new, 1904)}%；加上2021年结转的69件，全年共需办理2,209件。办结{done:,}件，结转2023年继续办理{col(d, "fwd")}件。办结申请中，予以公开{gkn}件、部分公开{bfn}件，分别占办结总数的{pc(gkn, done)}%和{pc(bfn, done)}%；因本机关不掌握相关政府信息而告知无法提供的{sum(d['w1'])}件，占{pc(sum(d['w1']), done)}%。

（三）政府信息管理。全年清理规范性文件1,126件，继续有效1,012件，宣布失效114件。

## 二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| --- | --- | --- | --- |
| 规章 | 17 | 6 | 243 |
| 行政规范性文件 | 158 | 71 | 1,012 |

| 信息内容 | 本年处理决定数量 |
| --- | --- |
| 行政许可 | 186,407 |
| 行政处罚 | 9,238 |
| 行政强制 | 412 |

| 信息内容 | 本年收费金额（单位：万元） |
| --- | --- |
| 行政事业性收费 | 31,562.7 |

## 三、收到和处理政府信息公开申请情况

{tab}

## 四、政府信息公开行政复议、行政诉讼情况

{ftab}

## 五、存在的主要问题及改进情况

2022年存在的问题：一是部分厅局政策解读形式单一；二是依申请公开答复文书规范化程度有待提高。改进措施：全年组织培训4期，参训人员526人次。

## 六、其他需要报告的事项

全年共办理人大代表建议412件、政协提案538件，均已按期办结，办结率100%。本年度未收取信息处理费。
"""
t = rep.text
w1 = sum(d["w1"])
p2 = span(t, "全年省政府办公厅及各厅局共新收", f"占{pc(w1, done)}%")
rep.add(
    S(2209, [new, 69], p2, "O"),
    C(new, float(ch(new, 1904)), p2, "A", prev=1904),
    S(2209, [done, col(d, "fwd")], p2, "E"),
    R(gkn, done, float(pc(gkn, done)), p2, "B"),
    R(bfn, done, float(pc(bfn, done)), p2, "B"),
    R(w1, done, float(pc(w1, done)), p2, "C"),
    S(1126, [1012, 114], span(t, "全年清理规范性文件1,126件", "宣布失效114件。"), "O"),
    E([1012, 1012], span(t, "继续有效1,012件", "| 行政规范性文件 | 158 | 71 | 1,012 |"), "H"),
    E([new, new], span(t, "共新收政府信息公开申请", rows["new"]), "H"),
    E([done, done], span(t, f"办结{done:,}件", rows["tot"]), "H"),
    E([col(d, "fwd"), col(d, "fwd")], span(t, "结转2023年继续办理", rows["fwd"]), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("“青河发布”政务新媒体推送信息12,905条，较上年增长8.6%", "a change of a second channel, not of 48,316: no base printed")
rep.never("全年累计答复网民咨询6,418条", "21 厅局 and 14 设区市 are units beside 条 counts")
rep.never("| 行政规范性文件 | 158 | 71 | 1,012 |", "现行有效 is a stock: no sum of 制发 and 废止")
rep.never("共需办理2,209件", "办结 exceeds 新收 by the carried-in cases: no bound 办结 ≤ 新收")
rep.never("全年组织培训4期，参训人员526人次", "人次 over 期: no rate stated")
rep.never("其中省政府文件、省政府办公厅文件、政策解读分别为126条、341条、1,207条", "a 其中 of three kinds out of 48,316: not exhaustive")
rep.never("人大代表建议412件、政协提案538件，均已按期办结，办结率100%", "办结率 over the two counts together (950), printed as no figure")
