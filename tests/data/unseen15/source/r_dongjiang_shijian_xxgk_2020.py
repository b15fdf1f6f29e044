from common import C, E, Report, S, span
from h28 import tab
from tables import fy_table, gk_table

rep = Report("dongjiang-shijian-xxgk-2020", "txt", "东江区市场监督管理局", 2021, half=True, wrap=35, page_every=11,
             page_style="第{n}页",
             kind="东江区市场监督管理局2020年政府信息公开工作年度报告 (2021)",
             shape="PDF copy with half-width punctuation, wrapped at 35, 第n页 footers; space-aligned national table with carry-in and carry-out and a planted 总计 cell of 信访举报投诉类 (prose = table broken), 市场主体 in 万户 with 其中, 罚没款 beside 件")
data = {"new": [88, 21, 0, 1, 2, 4], "old": [3, 0, 0, 0, 0, 0],
        "gk": [30, 8, 0, 1, 1, 1], "bf": [9, 3, 0, 0, 0, 0], "n4": [8, 4, 0, 0, 0, 0], "n5": [2, 0, 0, 0, 0, 0],
        "n6": [3, 0, 0, 0, 0, 0], "n7": [5, 1, 0, 0, 0, 0], "w1": [17, 3, 0, 0, 1, 2], "w2": [4, 0, 0, 0, 0, 0],
        "w3": [1, 0, 0, 0, 0, 0], "c1": [5, 1, 0, 0, 0, 1], "c2": [1, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0],
        "fwd": [5, 1, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("c1", 6): 8})
fy, frels = fy_table([2, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""
东江区市场监督管理局2020年政府信息公开工作年度报告

一、总体情况

(一)主动公开。截至2020年底,全区市场主体总量达15.37万户,其中企业5.12万户、个体工商户10.03万户、农民专业合作社0.22万户。全年行政处罚案件结案312件,罚没款1,836.4万元,处罚决定书均在国家企业信用信息公示系统公示。

(二)依申请公开。全年新收政府信息公开申请116件(上年94件),增长23.4%,上年结转3件。其中因涉及商业秘密不予公开12件;投诉举报类申请7件,已告知申请人按投诉举报程序办理。办结113件,结转下年度6件。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

四、存在的主要问题及改进情况

部分申请人将投诉举报与信息公开申请混同,答复解释工作量大。2021年将编制依申请公开办理指引。
"""
t = rep.text
pa = span(t, "全年新收政府信息公开申请116件", "结转下年度6件")
rep.add(
    S(153700, [51200, 100300, 2200], span(t, "全区市场主体总量达15.37万户", "农民专业合作社0.22万户"), "O"),
    C(116, 23.4, pa, "A", prev=94),
    E([12, 12], span(t, "因涉及商业秘密不予公开12件", rows["n4"]), "H"),
    E([7, 8], span(t, "投诉举报类申请7件", rows["c1"]), "H",
      bad="prose 7 信访举报投诉类, the table's 总计 cell prints 8 (5 + 1 + 1 = 7)"),
    E([113, 113], span(t, "办结113件", rows["tot"]), "H"),
)
tab(rep, trels, frels)
rep.never("全年行政处罚案件结案312件,罚没款1,836.4万元", "cases beside money")
rep.never("全年新收政府信息公开申请116件(上年94件),增长23.4%,上年结转3件", "新收 116 ≠ 办结 113 + 结转 6: 3 were carried in")
