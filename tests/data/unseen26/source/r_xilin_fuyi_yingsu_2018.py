from common import B, C, E, R, Report, S, span
from tables import fy_table

rep = Report("xilin-fuyi-yingsu-2018", "md", "西林区司法局", 2019,
             kind="西林区2018年度行政复议和行政应诉工作报告 (2019, 复议 and 应诉)",
             shape="Markdown; 复议 受理 with 上年结转 and 结转 (应审 = 受理 + 结转 = 审结 + 结转下年, H), 审结 by 结果 as a 一是…二是 list without 其中, 纠错 with its rate (a planted rate), the national 复议/诉讼 row as a Markdown table, 应诉 收案 with 两年 分别 and a percent, 出庭 ≤ 开庭, 二审 beside 一审")
fy, frels = fy_table([48, 9, 6, 5], [14, 2, 5, 3], [7, 1, 3, 2], "md")
rep.text = f"""
# 西林区2018年度行政复议和行政应诉工作报告

## 一、行政复议

区政府2018年受理行政复议案件63件，上年结转5件，应审理68件。全年审结63件，结转下年度5件。审结的63件中：一是维持48件；二是撤销、变更、确认违法和责令履行共9件；三是驳回、终止等其他结果6件。纠错率为14.8%，较上年提高2.6个百分点。

## 二、行政诉讼

全区行政机关2017年、2018年分别收到一审行政诉讼案件32件和37件，2018年较上年增长15.6%。2018年开庭审理29件，行政机关负责人出庭应诉27件。二审案件11件。

## 三、统计表（按国家统一口径）

{fy}

## 四、下一步工作

加强行政复议规范化建设，提升行政应诉水平。
"""
t = rep.text
for r in frels:
    r = dict(r)
    r["anchor"] = r.pop("quote")
    r.pop("id")
    rep.add(r)
rep.add(
    S(68, [63, 5], span(t, "受理行政复议案件63件", "应审理68件"), "H"),
    S(68, [63, 5], span(t, "应审理68件", "结转下年度5件"), "H"),
    S(63, [48, 9, 6], span(t, "审结的63件中", "其他结果6件"), "F"),
    R(9, 63, 14.8, span(t, "审结的63件中", "纠错率为14.8%"), bad="9 / 63 = 14.3%, printed 14.8%"),
    C(37, 15.6, span(t, "2017年、2018年分别", "增长15.6%"), "B", prev=32),
    B(27, 29, span(t, "开庭审理29件", "出庭应诉27件"), "E"),
    E([68, 68], span(t, "应审理68件", "| 48 | 9 | 6 | 5 | 68 |"), "H"),
    S(37, [24, 13], span(t, "收到一审行政诉讼案件32件和37件", "| 3 | 24 | 7 | 1 | 3 | 2 | 13 |"), "H"),
)
rep.never("纠错率为14.8%，较上年提高2.6个百分点", "a rate change with last year's rate not printed")
rep.never("二审案件11件", "二审 beside 一审; not a part")
