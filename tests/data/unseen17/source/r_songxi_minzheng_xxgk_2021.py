from common import C, E, R, Report, S, span
from h17 import ch, gk, col, tot
from tables import gk_table, fy_table

rep = Report("songxi-minzheng-xxgk-2021", "txt", "松溪市民政局", 2022, enc="utf-16", dest="enc",
             kind="松溪市民政局2021年政府信息公开工作年度报告 (2022)",
             shape="UTF-16 .txt with BOM, national table space-aligned, 复议 row, prose with 低保 户 and 人 in one sentence, 万元 and 亿元, a share of 城市 and 农村 in 低保, a planted 低保 sum")
d = gk({"new": [57, 3, 0, 1, 0, 0], "gk": [22, 1, 0, 1, 0, 0], "bf": [6, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0],
        "w1": [15, 1, 0, 0, 0, 0], "w2": [2, 0, 0, 0, 0, 0], "c2": [5, 0, 0, 0, 0, 0], "o1": [4, 1, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "txt")
ftab, frels = fy_table([3, 0, 0, 1], [1, 0, 0, 0], [0, 0, 0, 0], "txt")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""松溪市民政局2021年政府信息公开工作年度报告

一、总体情况

（一）主动公开。全年通过局网站、“松溪民政”公众号公开信息1,128条，其中社会救助类326条，占28.9%；养老服务类214条，社会组织管理类187条，婚姻殓葬及区划地名类95条，其他306条。按月公开城乡低保、特困供养资金发放情况，12个月共公开24批次。
截至年底，全市有城乡低保对象2.63万户、4.18万人，其中城市低保0.71万户、1.02万人，农村低保1.94万户、3.16万人；全年发放低保金2.16亿元，其中城市低保金6,912万元，农村低保金1.47亿元。特困供养人员3,847人，其中集中供养1,026人、分散供养2,821人。
（二）依申请公开。全年收到申请{new}件，同比下降{ch(new, 73)}%（上年73件），全部按时办结，无结转。从申请事项看，涉及低保认定的占四成。
（三）复议诉讼。因政府信息公开被申请行政复议4件，其中维持3件，尚未审结1件；被提起行政诉讼1件，维持原行为。

二、主动公开政府信息情况

本年制发行政规范性文件3件，废止2件，现行有效27件。行政许可本年处理决定数量146件（社会组织成立、变更、注销登记）。

三、收到和处理政府信息公开申请情况

{tab}

四、政府信息公开行政复议、行政诉讼情况

{ftab}

五、存在的主要问题及改进情况

基层救助信息公示中个人信息保护把关仍需加强。

六、其他需要报告的事项

无。
"""
t = rep.text
p1 = span(t, "公开信息1,128条", "其他306条")
p2 = span(t, "城乡低保对象2.63万户", "农村低保1.94万户、3.16万人")
p3 = span(t, "发放低保金2.16亿元", "农村低保金1.47亿元")
rep.add(
    S(1128, [326, 214, 187, 95, 306], p1, "O"),
    R(326, 1128, 28.9, p1, "O"),
    S(26300, [7100, 19400], p2, "B", bad="0.71 + 1.94 = 2.65万户, printed 2.63万 (城市 0.69 typed 0.71)"),
    S(41800, [10200, 31600], p2, "B"),
    S(3847, [1026, 2821], span(t, "特困供养人员3,847人", "分散供养2,821人"), "O"),
    C(new, -float(ch(new, 73)), span(t, f"全年收到申请{new}件", "（上年73件）"), "A", prev=73),
    E([new, done], span(t, f"全年收到申请{new}件", "无结转"), "H"),
    S(4, [3, 1], span(t, "被申请行政复议4件", "尚未审结1件"), "O"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("全年发放低保金2.16亿元，其中城市低保金6,912万元，农村低保金1.47亿元", "0.6912 + 1.47 = 2.1612亿 ≈ 2.16: 亿元 rounded to two places beside 万元; holds within rounding, no exact sum")
rep.never("12个月共公开24批次", "batches per month: 2 per month, not stated as a rate")
rep.never("涉及低保认定的占四成", "a rough share without a count")
rep.never("现行有效27件", "a stock, no sum of 制发 and 废止")
