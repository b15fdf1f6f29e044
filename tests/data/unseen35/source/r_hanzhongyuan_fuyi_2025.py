from common import C, E, R, Report, S, span
from u35 import addt, n, pc, shares, tgrid

rep = Report("hanzhongyuan-fuyi-2025", "md", "汉中原市司法局", 2026,
             kind="汉中原市2025年行政复议案件统计分析 (2026, 行政复议 年度统计, 陕西 市, 2024 law)",
             shape="Markdown; a table of 审理结果 with 件数 / 占审结% and a 合计 row (T: the column sum, the share per row), prose restating (H), 审结 = 普通程序 + 简易程序 (F), 纠错 = 变更 + 撤销 + 确认违法 + 责令履行 + 确认无效 (F) with 纠错率 (C) and its 个百分点 rise over last year's printed rate (a sum), 调解和解 (F, C), 受理 同比 (O), 复议后起诉率 (C), 应诉 败诉率 (C), 案前调解 and 意见书 as traps")
res = [("维持", 428), ("驳回复议请求", 137), ("变更", 12), ("撤销", 58), ("确认违法", 31), ("责令履行", 17), ("确认无效", 2),
       ("调解结案", 64), ("和解后终止", 39), ("其他原因终止", 46)]
D = sum(v for _, v in res)
rows = [[k, v, pc(v, D)] for k, v in res] + [["合计", D, "100.0"]]
tab, trels, rowt = tgrid(["审理结果", "件数", "占审结案件比例（%）"], rows, "md", col_sums=(1,))
trels += shares(rows, rowt, 1, 2, -1)
fix = 12 + 58 + 31 + 17 + 2
med = 64 + 39
fr = pc(fix, D)
d = f"{float(fr) - 13.2:.1f}"
rep.text = f"""# 汉中原市2025年行政复议案件统计分析

**汉中原市司法局（市人民政府行政复议办公室）　2026年1月27日**

## 一、总体情况

2025年，市政府共新收行政复议申请{n(1036)}件，依法受理{n(872)}件，同比增长11.7%。全年审结案件{n(D)}件（含2024年结转），其中适用普通程序审理{n(D - 296)}件，适用简易程序审理296件。另有案前调解成功化解争议83件，未进入复议程序。

## 二、审理结果

{tab}

审结案件中，依法作出变更、撤销、确认违法、责令履行、确认无效决定共{fix}件，纠错率{fr}%，比2024年的13.2%提高{d}个百分点；通过调解、和解方式结案{med}件，占审结案件的{pc(med, D)}%。

## 三、行政复议后起诉情况

全年审结的{n(D)}件案件中，当事人复议后又向人民法院提起行政诉讼的96件，复议后起诉率{pc(96, D)}%，行政复议“定分止争”作用持续增强。

## 四、行政应诉情况

全市各级行政机关一审行政诉讼案件审结{n(1142)}件，败诉48件，败诉率{pc(48, 1142)}%。

## 五、下一步工作

全年制发行政复议意见书21份、建议书9份，2026年将开展意见书落实情况“回头看”。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(872, 11.7, span(t, "依法受理872件", "同比增长11.7%")),
    S(D, [D - 296, 296], span(t, f"审结案件{n(D)}件", "简易程序审理296件"), "F"),
    E([D, D], span(t, f"审结案件{n(D)}件", rowt[-1]), "H"),
    S(fix, [12, 58, 31, 17, 2], span(t, rowt[2], f"共{fix}件"), "F"),
    R(fix, D, float(fr), span(t, rowt[-1], f"纠错率{fr}%"), "C"),
    S(float(fr), [13.2, float(d)], span(t, f"纠错率{fr}%", f"提高{d}个百分点")),
    S(med, [64, 39], span(t, rowt[7], f"结案{med}件"), "F"),
    R(med, D, float(pc(med, D)), span(t, rowt[-1], f"占审结案件的{pc(med, D)}%"), "C"),
    R(96, D, float(pc(96, D)), span(t, f"审结的{n(D)}件", f"复议后起诉率{pc(96, D)}%"), "C"),
    R(48, 1142, float(pc(48, 1142)), span(t, "审结1,142件", f"败诉率{pc(48, 1142)}%"), "C"),
)
rep.never("新收行政复议申请1,036件，依法受理872件", "the others (不予受理, 告知) are not printed")
rep.never("案前调解成功化解争议83件", "outside the 复议 procedure: not a part of 审结")
rep.never("占审结案件比例（%）", "the share column adds to 99.9 by rounding: no sum is stated")
rep.never("意见书21份、建议书9份", "documents")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 872, '件', '依法受理872件')
rep.metric('reconsideration.closed', 834, '件', '全年审结案件834件')
rep.metric('reconsideration.corrected', 120, '件', '确认无效决定共120件')
rep.metric('reconsideration.corrected_rate', 14.4, '%', '纠错率14.4%')
rep.metric('litigation.lost', 48, '件', '败诉48件')
rep.metric('litigation.lost_rate', 4.2, '%', '败诉率4.2%')
