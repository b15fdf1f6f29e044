from common import B, E, R, Report, S, span
from tables import fy_table, gk_table

rep = Report("lushan-zhen-xxgk-2021", "txt", "云溪县芦山镇人民政府", 2022, enc="gbk", dest="enc",
             kind="芦山镇人民政府2021年政府信息公开工作年度报告 (2022)",
             shape="GBK .txt (四川 town), national table as space-aligned text, 复议/诉讼 row, prose with 均 and a share, 村（社区） beside 条, a planted 主动公开 sum")
data = {"new": [9, 0, 0, 0, 0, 1],
        "gk": [4, 0, 0, 0, 0, 1], "bf": [1, 0, 0, 0, 0, 0], "w1": [3, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt")
fy, frels = fy_table([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""
芦山镇人民政府2021年政府信息公开工作年度报告

一、总体情况

2021年，芦山镇在县政府信息公开平台主动公开信息共358条，其中工作动态142条、通知公告87条、财政信息64条、惠农补贴信息56条。全镇11个村（社区）公开栏按季度更新，全年公开村务、财务事项1,420项。

镇政府全年收到政府信息公开申请10件，均为当年新收，均已按期答复完毕，按期答复率100%。其中自然人申请9件，占90.0%。

二、主动公开政府信息情况

本年新制发规范性文件0件，现行有效规范性文件3件。

三、收到和处理政府信息公开申请情况

{gk}

四、政府信息公开行政复议、行政诉讼情况

{fy}

五、存在的主要问题及改进情况

公开内容以工作动态为主，政策解读偏少。2022年，镇政府将对每一项惠民政策配发图解。
"""
t = rep.text
p1 = span(t, "主动公开信息共358条", "惠农补贴信息56条")
p2 = span(t, "收到政府信息公开申请10件", "占90.0%")
rep.add(
    S(358, [142, 87, 64, 56], p1, bad="142 + 87 + 64 + 56 = 349, printed 358 (财政信息 73 typed 64)"),
    R(9, 10, 90.0, p2, "C"),
    B(9, 10, p2, "D"),
    E([10, 10], span(t, "收到政府信息公开申请10件", rows["new"]), "H"),
    E([10, 10], span(t, "收到政府信息公开申请10件", "按期答复率100%"), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("全镇11个村（社区）公开栏按季度更新，全年公开村务、财务事项1,420项", "villages and 村务 items, not the 358 government items")
rep.never("本年新制发规范性文件0件，现行有效规范性文件3件", "a stock beside a flow")
