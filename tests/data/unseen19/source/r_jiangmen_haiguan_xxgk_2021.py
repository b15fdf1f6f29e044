from common import B, C, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import fy_table, gk_table

rep = Report("jiangmen-haiguan-xxgk-2021", "md", "中华人民共和国江门关", 2022,
             kind="江门关2021年政府信息公开工作年度报告 (2022, a central body's field office)",
             shape="Markdown; national application table in Markdown with carry-in, 复议/诉讼 row; prose with 进出口 亿元 and 票 beside 件, 同比 of 报关单 with 分别, shares over 办结, 主动公开 without a total of kinds")
data = {"new": [12, 17, 0, 0, 3, 0], "old": [1, 1, 0, 0, 0, 0],
        "gk": [4, 7, 0, 0, 1, 0], "bf": [1, 2, 0, 0, 0, 0], "n1": [1, 0, 0, 0, 0, 0], "n4": [1, 2, 0, 0, 0, 0],
        "n8": [1, 1, 0, 0, 0, 0], "w1": [3, 4, 0, 0, 1, 0], "w2": [0, 1, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0],
        "o1": [0, 1, 0, 0, 1, 0], "fwd": [1, 0, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "md", cols_checked=(0, 1, 6))
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "md")
new, old, tot, fwd = s["new"], s["old"], s["tot"], s["fwd"]
imp, exp_ = 412.7, 836.9
rep.text = f"""
# 江门关2021年政府信息公开工作年度报告

## 一、总体情况

2021年，江门关监管进出口货物总值1,249.6亿元，同比增长18.4%，其中出口{exp_}亿元、进口{imp}亿元，分别增长21.2%和12.3%。全年受理进出口报关单48.36万票，查验1.27万票，查验率2.6%。

主动公开方面，通过江门关门户网站公开海关统计数据、行政处罚决定、企业信用信息等共计1,026条，其中行政处罚案件信息143条。

依申请公开方面，全年新收申请{new}件，较上年增长{gr(new, 24)}%，上年结转{old}件；办结{tot}件，结转下年度{fwd}件。法人或其他组织申请{s['fr']}件，首次超过自然人申请（{s['zr']}件）。办结件中予以公开{s['gk']}件，占{pc(s['gk'], tot)}%；部分公开{s['bf']}件，占{pc(s['bf'], tot)}%。

因政府信息公开被申请行政复议1件，复议机关维持原答复。

## 二、收到和处理政府信息公开申请情况

{gk}

## 三、政府信息公开行政复议、行政诉讼情况

{fy}

## 四、存在的主要问题及改进情况

统计数据解读不够通俗。2022年将增设"数说江门关"专栏。
"""
t = rep.text
p1 = span(t, "全年新收申请", f"占{pc(s['bf'], tot)}%")
rep.add(
    S(1249.6, [exp_, imp], span(t, "进出口货物总值1,249.6亿元", f"进口{imp}亿元"), "O"),
    C(1249.6, 18.4, span(t, "进出口货物总值1,249.6亿元", "18.4%")),
    C(exp_, 21.2, span(t, "进出口货物总值1,249.6亿元", "12.3%"), "B"),
    C(imp, 12.3, span(t, "进出口货物总值1,249.6亿元", "12.3%"), "B"),
    R(12700, 483600, 2.6, span(t, "报关单48.36万票", "2.6%"), "O"),
    B(143, 1026, span(t, "共计1,026条", "143条"), "D"),
    C(new, f(gr(new, 24)), span(t, "全年新收申请", "%"), "O"),
    S(new, [s["fr"], s["zr"]], p1, "O"),
    R(s["gk"], tot, f(pc(s["gk"], tot)), p1, "C"),
    R(s["bf"], tot, f(pc(s["bf"], tot)), p1, "C"),
    B(s["zr"], s["fr"], p1, "E"),
)
addt(rep, trels, frels)
rep.never(f"上年结转{old}件；办结{tot}件", "办结 > 新收 with carry-in")
rep.never("同比增长18.4%，其中出口", "the growth rates of parts do not add to the total's growth")
