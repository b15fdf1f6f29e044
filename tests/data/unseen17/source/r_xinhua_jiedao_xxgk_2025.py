from common import B, C, E, R, Report, S, span
from h17 import pc, gk, col, tot
from tables import gk_table

rep = Report("xinhua-jiedao-xxgk-2025", "txt", "鼓楼区新华街道办事处", 2026, wrap=31, page_every=12,
             page_style="第 {n} 页", header="新华街道2025年政府信息公开工作年度报告",
             kind="新华街道办事处2025年政府信息公开工作年度报告 (2026, 江苏 street)",
             shape="PDF copy wrapped at 31 with 第 n 页 footers and a running header; space-aligned application table with carry-in where 办结 > 新收; prose with numbers before nouns (共有…件), 社区 and 小区 beside 件, 12345 工单 with 按时办结率 and 满意率, a planted 工单 sum")
d = gk({"new": [14, 1, 0, 0, 0, 0], "old": [3, 0, 0, 0, 0, 0],
        "gk": [6, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "w1": [5, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0],
        "o1": [2, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "txt")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""鼓楼区新华街道办事处2025年政府信息公开工作年度报告

一、总体情况

新华街道下辖11个社区、86个住宅小区。2025年，街道在区政府门户网站主动公开信息173条，较上年增加21条，增长13.8%。

全年共有{new}件政府信息公开申请，加上2024年结转3件，全年共办理18件，本年度全部办结，办结{done}件，没有结转到下一年度的申请。办结的申请中，有7件予以公开、2件部分公开，合计9件，占办结数的{pc(9, done)}%。

全年受理12345政务服务便民热线工单6,428件，其中咨询类2,136件、求助类1,874件、投诉类2,168件、建议类312件。按时办结6,402件，按时办结率99.6%；回访满意率96.2%。

二、主动公开政府信息情况

本街道无规章和行政规范性文件制发。行政处罚本年处理决定数量38件。

三、收到和处理政府信息公开申请情况

{tab}

四、政府信息公开行政复议、行政诉讼情况

本年度无。

五、存在的主要问题及改进情况

部分社区居务公开内容与街道公开内容衔接不够。2026年将推动11个社区统一公开目录。
"""
t = rep.text
p1 = span(t, "受理12345政务服务便民热线工单6,428件", "按时办结率99.6%")
rep.add(
    C(173, 13.8, span(t, "主动公开信息173条", "增长13.8%"), "A", prev=152),
    S(18, [new, 3], span(t, f"全年共有{new}件", "全年共办理18件"), "O"),
    E([18, done], span(t, "全年共办理18件", f"办结{done}件"), "H"),
    S(9, [7, 2], span(t, "有7件予以公开", "合计9件"), "O"),
    R(9, done, float(pc(9, done)), span(t, f"办结{done}件", f"占办结数的{pc(9, done)}%"), "C"),
    S(6428, [2136, 1874, 2168, 312], p1, "O", bad="2,136 + 1,874 + 2,168 + 312 = 6,490, printed 6,428 (投诉类 2,106 typed 2,168)"),
    B(6402, 6428, p1, "E"),
    R(6402, 6428, 99.6, p1, "O"),
)
for r in trels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never(f"办结{done}件，没有结转", f"办结 {done} > 新收 {new}: the 3 carried in; no bound")
rep.never("回访满意率96.2%", "over 回访 counts, not printed")
rep.never("下辖11个社区、86个住宅小区", "units")
