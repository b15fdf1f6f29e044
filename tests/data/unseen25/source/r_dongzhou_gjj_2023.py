from common import C, E, R, Report, S, span
from u25 import addt, tgrid

rep = Report("dongzhou-gjj-2023", "md", "东州市住房公积金管理中心", 2024,
             kind="东州市住房公积金2023年年度报告 (2024, 住房公积金)",
             shape="Markdown with numbered list lines; three changes with 分别, 缴存总额 with its increase, 提取 share over 缴存额 (C), 提取 by kind with 其中, 个贷率 over 缴存余额 a section up, 收入 − 支出 = 增值收益 (H) and its 分配 without 其中, a table of 缴存职工 by 单位性质 in 万人 with 占比 (a planted cell), 面积 and 笔 beside amounts, 增值收益率 over an unprinted base")
rows = [["机关事业单位", "12.46", "32.4"], ["国有企业", "8.62", "22.9"], ["城镇私营企业及其他", "14.87", "38.7"],
        ["其他", "2.51", "6.5"], ["合计", "38.46", "100.0"]]
tab, trels, rt = tgrid(["单位性质", "缴存职工（万人）", "占比（%）"], rows, "md", note="国有企业 占比 22.4 printed 22.9 (planted typo)")
region = tab[tab.index(rt[0]):]
r = S(384600, [124600, 86200, 148700, 25100], region, "T")
trels.append(r)
r = S(100.0, [32.4, 22.9, 38.7, 6.5], region, "T")
r["note"] = "32.4 + 22.9 + 38.7 + 6.5 = 100.5, 合计 printed 100.0 (国有企业 22.4 typed 22.9)"
trels.append(r)
for i in range(4):
    r = R(round(float(rows[i][1]) * 10000), 384600, float(rows[i][2]), tab[tab.index(rt[i]):], "T")
    if i == 1:
        r["note"] = "8.62 / 38.46 = 22.4%, printed 22.9 (planted typo)"
    trels.append(r)
rep.text = f"""
# 东州市住房公积金2023年年度报告

## 一、缴存

1. 2023年，新开户单位1,286家，新开户职工4.82万人。
2. 实缴单位12,648家，实缴职工38.46万人，缴存额86.42亿元，分别同比增长6.1%、3.8%、9.2%。
3. 年末缴存总额986.34亿元，比上年末增加86.42亿元，增长9.6%；缴存余额412.68亿元。

表1　缴存职工按单位性质分布

{tab}

## 二、提取

1. 全年提取额58.26亿元，占当年缴存额的67.4%。
2. 其中住房消费类提取44.18亿元，非住房消费类提取14.08亿元，住房消费类提取占75.8%。

## 三、贷款

1. 全年发放个人住房贷款1.12万笔、48.63亿元，支持职工购建房面积128.6万平方米。
2. 年末个人住房贷款余额326.84亿元，个贷率79.2%。

## 四、业务收支及增值收益

1. 全年业务收入12.86亿元，业务支出7.42亿元，实现增值收益5.44亿元，增值收益率1.36%。
2. 增值收益分配：提取贷款风险准备金0.33亿元，提取管理费用0.68亿元，提取城市公共租赁住房建设补充资金4.43亿元。
"""
t = rep.text
a = span(t, "实缴单位12,648家", "9.2%")
p = span(t, "全年提取额58.26亿元", "住房消费类提取占75.8%")
v = span(t, "全年业务收入12.86亿元", "补充资金4.43亿元")
rep.add(
    C(12648, 6.1, a, "B"),
    C(384600, 3.8, a, "B"),
    C(86.42, 9.2, a, "B"),
    C(986.34, 9.6, span(t, "年末缴存总额986.34亿元", "增长9.6%"), "A"),
    E([384600, 384600], span(t, "实缴职工38.46万人", rt[4]), "H"),
    R(58.26, 86.42, 67.4, span(t, "缴存额86.42亿元", "占当年缴存额的67.4%"), "C"),
    S(58.26, [44.18, 14.08], p),
    R(44.18, 58.26, 75.8, p),
    R(326.84, 412.68, 79.2, span(t, "缴存余额412.68亿元", "个贷率79.2%"), "C"),
    S(12.86, [7.42, 5.44], v, "H"),
    S(5.44, [0.33, 0.68, 4.43], v, "F"),
)
addt(rep, trels)
rep.never("增值收益率1.36%", "over the monthly average 缴存余额, not printed")
rep.never("支持职工购建房面积128.6万平方米", "area and 笔 beside amounts")
rep.never("新开户单位1,286家，新开户职工4.82万人", "new accounts are part of 实缴 but no whole is stated for them")
