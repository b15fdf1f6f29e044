from common import B, E, R, Report, S, span
from h17 import pc, gk, col, tot
from tables import gk_table, fy_table

rep = Report("qiaodong-fagai-xxgk-2025", "md", "桥东市发展和改革委员会", 2026,
             kind="桥东市发展和改革委员会2025年政府信息公开工作年度报告 (2026)",
             shape="Markdown, the application table in Markdown, 复议/诉讼 table, 重点项目 with 亿元 and 完成率, 项目 beside 件, a 同比 in 个百分点, two years of 新收 in one sentence, a planted 完成率")
d = gk({"new": [64, 11, 2, 0, 3, 1], "gk": [25, 5, 1, 0, 1, 0], "bf": [8, 2, 0, 0, 1, 0], "n4": [4, 1, 0, 0, 0, 0],
        "n6": [3, 0, 0, 0, 0, 0], "w1": [13, 2, 1, 0, 1, 1], "c2": [4, 0, 0, 0, 0, 0], "o1": [3, 1, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "md")
ftab, frels = fy_table([1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0], "md")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""# 桥东市发展和改革委员会2025年政府信息公开工作年度报告

## 一、总体情况

**（一）主动公开。** 全年主动公开信息1,352条，其中规划计划类86条、项目审批核准备案类1,004条、价格收费类117条、其他145条。公开市级重点项目清单1份，共列入项目186个，总投资1,426.8亿元，年度计划投资318.5亿元；全年完成投资337.2亿元，完成年度计划的108.9%。其中，产业项目97个，完成投资176.4亿元，占52.3%。

**（二）依申请公开。** 2024年、2025年分别收到申请69件、{new}件。2025年办结{done}件，结转{fwd}件，申请人中法人或其他组织{new - 64}件，占{pc(new - 64, new)}%，占比较上年提高3.2个百分点。

**（三）平台建设。** 投资项目在线审批监管平台全年办理项目赋码2,864个，平均办理时限1.2个工作日。

## 二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| --- | --- | --- | --- |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 4 | 2 | 19 |

| 信息内容 | 本年处理决定数量 |
| --- | --- |
| 行政许可 | 412 |

## 三、收到和处理政府信息公开申请情况

{tab}

## 四、政府信息公开行政复议、行政诉讼情况

{ftab}

## 五、存在的主要问题及改进情况

项目审批信息公开的时效性仍需提高。

## 六、其他需要报告的事项

本年度未收取信息处理费。
"""
t = rep.text
p1 = span(t, "全年主动公开信息1,352条", "其他145条")
p2 = span(t, "总投资1,426.8亿元", "占52.3%")
p3 = span(t, "2024年、2025年分别收到申请", "提高3.2个百分点")
rep.add(
    S(1352, [86, 1004, 117, 145], p1, "O"),
    R(337.2, 318.5, 108.9, p2, "O", bad="337.2 / 318.5 = 105.9%, printed 108.9%"),
    R(176.4, 337.2, 52.3, p2, "C"),
    B(97, 186, span(t, "共列入项目186个", "产业项目97个"), "D"),
    S(new, [done, fwd], p3, "E"),
    R(new - 64, new, float(pc(new - 64, new)), p3, "O"),
    E([done, done], span(t, f"2025年办结{done}件", rows["tot"]), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("2024年、2025年分别收到申请69件", "two years in one sentence: no sum (the change is not printed)")
rep.never("占比较上年提高3.2个百分点", "the previous share not printed")
rep.never("年度计划投资318.5亿元", "年度计划 is part of 总投资 over years; 完成 > 计划 is no bound")
rep.never("平均办理时限1.2个工作日", "an average over a count not printed")
