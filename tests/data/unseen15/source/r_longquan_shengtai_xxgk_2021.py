from common import C, E, R, Report, S, span
from h28 import tab
from tables import fy_table, gk_table

rep = Report("longquan-shengtai-xxgk-2021", "txt", "龙泉县生态环境局", 2022, enc="gbk", dest="enc", wrap=38,
             kind="龙泉县生态环境局2021年政府信息公开工作年度报告 (2022)",
             shape="GBK .txt; space-aligned national table (新收 = 总计 + 结转); prose shares over 新收 and 办结 (one planted); 环评 by kind with 其中; a rate over days not printed; 份 and 期 beside 件")
data = {"new": [67, 29, 0, 3, 2, 1],
        "gk": [24, 12, 0, 2, 1, 0], "bf": [11, 5, 0, 0, 1, 0], "n4": [4, 3, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
        "n7": [3, 0, 0, 0, 0, 0], "w1": [12, 6, 0, 1, 0, 1], "w2": [3, 1, 0, 0, 0, 0],
        "c1": [3, 0, 0, 0, 0, 0], "c2": [2, 1, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0],
        "fwd": [2, 1, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt")
fy, frels = fy_table([1, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""
龙泉县生态环境局2021年政府信息公开工作年度报告

一、总体情况

2021年，我局以环境质量、环评审批、执法监管信息为重点推进公开。全年发布环境质量月报12期，公开行政处罚决定书136份。全年办理建设项目环评审批83件，其中报告书12件、报告表71件；另有登记表备案346件。县城空气质量优良天数319天，优良天数比率87.4%，同比提高2.1个百分点。

全年新收政府信息公开申请102件，同比增长24.4%。其中企业申请29件，占28.4%；社会公益组织3件，主要涉及建设项目环评信息。全年办结99件，结转下年度3件。办结的申请中，予以公开39件，占办结数的39.4%；部分公开17件，占17.7%。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

四、存在的主要问题及改进情况

企业环境信息依法披露工作刚刚起步。2022年将督促重点排污单位按期披露。
"""
t = rep.text
pa = span(t, "全年新收政府信息公开申请102件", "占17.7%")
rep.add(
    S(83, [12, 71], "办理建设项目环评审批83件，其中报告书12件、报告表71件", "O"),
    C(102, 24.4, span(t, "全年新收政府信息公开申请102件", "同比增长24.4%")),
    R(29, 102, 28.4, pa, "O"),
    R(39, 99, 39.4, pa, "C"),
    R(17, 99, 17.7, pa, "C", bad="17 / 99 = 17.2%, printed 17.7%"),
    S(102, [99, 3], pa, "O"),
    E([99, 99], span(t, "全年办结99件", rows["tot"]), "H"),
    E([39, 39], span(t, "予以公开39件", rows["gk"]), "H"),
)
tab(rep, trels, frels)
rep.never("优良天数319天，优良天数比率87.4%，同比提高2.1个百分点", "319 / 365 = 87.40: the days of the year are not printed; last year's rate is not printed")
rep.never("发布环境质量月报12期，公开行政处罚决定书136份", "issues and documents, not applications")
rep.never("另有登记表备案346件", "备案 is outside the 83 环评审批")
