from common import C, E, R, Report, S, span
from h17 import ch
from tables import grid

rep = Report("jiangzhou-zhifa-nianbao-2021", "md", "江州市司法局", 2022,
             kind="江州市2021年度行政执法数据统计年报 (2022)",
             shape="Markdown, a table of 行政许可/行政处罚/行政强制/行政检查 and 罚没款 by 执法部门 with a 合计 row, prose restating it with 占, 同比 against last year's figures in brackets, 家 beside 件, 罚没款 in 万元 beside 亿元, a planted 合计 cell restated in prose")
hdr = ["执法部门", "行政许可（件）", "行政处罚（件）", "行政强制（件）", "行政检查（次）", "罚没款（万元）"]
data = [["市场监管局", 12846, 1826, 214, 18624, 2314.6], ["生态环境局", 1208, 386, 42, 4126, 3862.1],
        ["交通运输局", 6234, 2912, 318, 9872, 846.3], ["自然资源和规划局", 4318, 217, 12, 2186, 1204.8],
        ["应急管理局", 916, 243, 26, 3418, 612.5], ["综合行政执法局", 2142, 8634, 1526, 26318, 1683.4]]
tot = [sum(r[i] for r in data) for i in range(1, 6)]
tot[4] = round(tot[4], 1)
printed_tot = list(tot)
printed_tot[1] = tot[1] + 90  # planted: 处罚 合计
rows = [[r[0]] + [f"{v:,}" for v in r[1:]] for r in data] + [["合计"] + [f"{v:,}" for v in printed_tot]]
tb, rowt = grid(hdr, rows, "md")
rep.text = f"""# 江州市2021年度行政执法数据统计年报

根据《江州市行政执法公示办法》，现将2021年度全市市级行政执法部门执法数据公示如下。本年报统计范围为具有行政执法职能的市级部门，共32家，以下列出执法量较大的6家，其余26家部门数据见附件。

## 一、主要执法部门执法数据

{tb}

## 二、总体情况

上表6家部门共办理行政许可{printed_tot[0]:,}件（2020年：25,106件），同比增长{ch(printed_tot[0], 25106)}%；作出行政处罚{printed_tot[1]:,}件，其中综合行政执法局8,634件，占60.3%；实施行政强制{printed_tot[2]:,}件；开展行政检查{printed_tot[3]:,}次，其中“双随机、一公开”抽查12,486次，占19.3%；罚没款合计{printed_tot[4]:,}万元，约合1.05亿元。

全市32家市级执法部门共有持证执法人员2,846名，人均办理行政处罚约5.0件。全年行政处罚案件被申请行政复议47件，被提起行政诉讼19件，被依法纠错6件，纠错率为9.1%。
"""
t = rep.text
region = span(t, rowt[0], rowt[-1])
rep.add(
    S(printed_tot[0], [r[1] for r in data], region, "T"),
    S(printed_tot[1], [r[2] for r in data], region, "T", bad=f"the 处罚 column adds to {tot[1]:,}, 合计 printed {printed_tot[1]:,}"),
    S(printed_tot[2], [r[3] for r in data], region, "T"),
    S(printed_tot[3], [r[4] for r in data], region, "T"),
    S(printed_tot[4], [r[5] for r in data], region, "T"),
)
p = span(t, "上表6家部门共办理行政许可", "约合1.05亿元")
rep.add(
    C(printed_tot[0], float(ch(printed_tot[0], 25106)), p, "A", prev=25106),
    R(8634, printed_tot[1], 60.3, p, "O"),
    R(12486, printed_tot[3], 19.3, p, "O"),
    E([printed_tot[0], printed_tot[0]], span(t, rowt[-1], f"共办理行政许可{printed_tot[0]:,}件"), "H"),
    E([printed_tot[4], printed_tot[4]], span(t, rowt[-1], f"罚没款合计{printed_tot[4]:,}万元"), "H"),
)
rep.never("约合1.05亿元", "10,523.7万元 ≈ 1.05亿: a rounded restatement (约合)")
rep.never("共有持证执法人员2,846名，人均办理行政处罚约5.0件", "per person over the 32 departments' 处罚 total, not printed (only 6 listed)")
rep.never("纠错率为9.1%", "6 / (47 + 19) = 9.1%: over a sum not printed")
rep.never("共32家，以下列出执法量较大的6家，其余26家", "units, not cases")
