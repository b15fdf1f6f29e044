from common import C, E, R, Report, S, span
from tables import gk_table
from u25 import addt

rep = Report("lingang-chengtou-xxgk-2020", "txt", "临港市城市建设投资集团有限公司", 2021, enc="gbk", dest="enc",
             kind="临港市城市建设投资集团有限公司2020年信息公开工作年度报告 (2021, 国有企业)",
             shape="GBK .txt; space-aligned national table with 上年结转 2 and 结转 2 in two columns, 商业企业 in use; 主动公开 by kind without 其中, a decrease with its delta, 应办 = 新收 + 结转 (H), 办结 9 = 新收 9 by chance, a planted 自然人 share, 资产 stocks beside 营业收入")
data = {"new": [6, 3, 0, 0, 0, 0], "old": [1, 1, 0, 0, 0, 0],
        "gk": [3, 1, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [1, 1, 0, 0, 0, 0],
        "c1": [1, 0, 0, 0, 0, 0], "o3": [0, 1, 0, 0, 0, 0], "fwd": [1, 1, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", cols_checked=(0, 1, 6))
rep.text = f"""
临港市城市建设投资集团有限公司2020年信息公开工作年度报告

一、总体情况

2020年末，集团资产总额412.6亿元，全年实现营业收入58.3亿元。集团在门户网站“信息公开”专栏主动公开企业信息96条，包括经营信息38条、招标采购信息41条、人事信息17条。

全年收到信息公开申请9件，较上年减少3件，下降25.0%。连同上年结转的2件，共需办理11件；办结9件，办结率81.8%，结转下年度2件。

从申请人类型看，自然人申请6件，占66.6%；法人或其他组织申请3件，占33.3%。

二、收到和处理信息公开申请情况

{gk}

三、存在的主要问题及改进情况

公开内容偏重招标采购，经营业绩信息公开不够及时。2021年将按季度公开主要经营指标。
"""
t = rep.text
p = span(t, "收到信息公开申请9件", "结转下年度2件")
q = span(t, "收到信息公开申请9件", "占33.3%")
rep.add(
    S(96, [38, 41, 17], span(t, "主动公开企业信息96条", "人事信息17条"), "F"),
    C(9, -25.0, span(t, "收到信息公开申请9件", "下降25.0%"), "A"),
    S(11, [9, 2], p, "H"),
    S(11, [9, 2], span(t, "共需办理11件", "结转下年度2件"), "H"),
    R(9, 11, 81.8, p),
    S(9, [6, 3], q, "F"),
    R(6, 9, 66.6, q, "C", bad="6 / 9 = 66.7%, printed 66.6%"),
    R(3, 9, 33.3, q, "C"),
    E([9, 9], span(t, "收到信息公开申请9件", rows["new"]), "H"),
)
addt(rep, trels)
rep.never("集团资产总额412.6亿元，全年实现营业收入58.3亿元", "a stock beside a flow")
rep.never("办结9件", "办结 9 = 新收 9 by chance (2 carried in, 2 carried out)")
