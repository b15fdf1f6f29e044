from common import E, R, Report, S, span
from u25 import addt, tgrid

rep = Report("jinping-qu-tjgb-2024", "md", "锦屏区统计局", 2025,
             kind="锦屏区2024年国民经济和社会发展统计公报 (2025, district)",
             shape="Markdown; a table of three industries with 增长 and 比重 columns and a 合计 row (a planted 比重 cell), prose restating the GDP (H), 城镇化率, 市场主体 flows with 其中 beside the stock, 进出口 with 其中, 卫生机构 by kind without 其中, 百分点 changes of a share (no base), weighted 增长 in the 合计 row")
rows = [["第一产业", "3.86", "2.1", "0.9"], ["第二产业", "168.42", "6.3", "39.6"],
        ["第三产业", "259.73", "5.6", "60.1"], ["地区生产总值", "432.01", "5.8", "100.0"]]
tab, trels, rt = tgrid(["指标", "增加值（亿元）", "比上年增长（%）", "比重（%）"], rows, "md", col_sums=(1, 3),
                       note="第二产业 比重 39.0 printed 39.6 (planted typo)")
for i in range(3):
    r = R(float(rows[i][1]), 432.01, float(rows[i][3]), tab[tab.index(rt[i]):], "T")
    if i == 1:
        r["note"] = "168.42 / 432.01 = 39.0%, printed 39.6 (planted typo)"
    trels.append(r)
rep.text = f"""
# 锦屏区2024年国民经济和社会发展统计公报

锦屏区统计局

## 一、综合

初步核算，全区实现地区生产总值432.01亿元，按不变价格计算，比上年增长5.8%。第三产业增加值占地区生产总值的比重为60.1%，比上年提高0.8个百分点。

表1　2024年地区生产总值及构成

{tab}

年末全区常住人口68.42万人，其中城镇人口63.36万人，城镇化率92.6%。

全年新登记市场主体1.86万户，其中企业0.74万户、个体工商户1.12万户。年末实有市场主体12.38万户。

## 二、对外经济

全年进出口总额186.4亿元，其中出口124.7亿元，增长8.4%；进口61.7亿元，下降3.2%。

## 三、卫生

年末全区共有卫生机构218个：医院26个，社区卫生服务中心（站）47个，诊所、门诊部145个。
"""
t = rep.text
rep.add(
    E([432.01, 432.01], span(t, "全区实现地区生产总值432.01亿元", rt[3]), "H"),
    R(63.36, 68.42, 92.6, span(t, "常住人口68.42万人", "城镇化率92.6%")),
    S(18600, [7400, 11200], span(t, "新登记市场主体1.86万户", "个体工商户1.12万户")),
    S(186.4, [124.7, 61.7], span(t, "进出口总额186.4亿元", "进口61.7亿元")),
    S(218, [26, 47, 145], span(t, "卫生机构218个", "门诊部145个"), "F"),
)
addt(rep, trels)
rep.never("比上年提高0.8个百分点", "a change of a share in 百分点: last year's share is not printed")
rep.never("| 地区生产总值 | 432.01 | 5.8 | 100.0 |", "the 合计 growth is weighted, not a sum of the rows' growth")
rep.never("年末实有市场主体12.38万户", "a stock beside this year's new registrations")
