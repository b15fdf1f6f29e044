from common import B, R, Report, S, span
from h28 import tab
from tables import fy_table, gk_table

rep = Report("shuangqiao-jiaoyu-xxgk-2022", "txt", "双桥区教育局", 2023, wrap=32, page_every=12, page_style="· {n} ·",
             header="双桥区教育局2022年政府信息公开工作年度报告",
             kind="双桥区教育局2022年政府信息公开工作年度报告 (2023)",
             shape="PDF copy wrapped at 32, · n · footers and a running header; space-aligned national table (新收 = 总计) with a planted 无法提供 cell; schools by kind with 其中 (planted); 经费 share; nested 其中 of a topic; 学生 beside 件")
data = {"new": [82, 3, 0, 2, 1, 0],
        "gk": [31, 2, 0, 1, 0, 0], "bf": [7, 0, 0, 0, 1, 0], "n4": [5, 0, 0, 0, 0, 0], "n5": [2, 0, 0, 0, 0, 0],
        "n6": [3, 0, 0, 0, 0, 0], "w1": [21, 1, 0, 0, 0, 0], "w2": [4, 0, 0, 1, 0, 0],
        "c1": [6, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("w1", 0): 12})
fy, frels = fy_table([0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""
双桥区教育局2022年政府信息公开工作年度报告

一、总体情况

全区中小学58所，其中小学37所、初中15所、九年一贯制学校4所、完全中学3所；另有幼儿园94所，在校学生6.83万人。2022年全区教育经费总投入18.46亿元，同比增长6.2%，其中财政性教育经费15.93亿元，占86.3%。

全年新收政府信息公开申请88件，无上年结转，全部在法定期限内办结，按时办结率100%。招生入学类申请47件，占新收总数的53.4%，其中义务教育阶段学位申请31件。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

四、存在的主要问题及改进情况

招生政策解读还不够通俗。2023年将在招生季前制作图解和短视频。
"""
t = rep.text
rep.add(
    S(58, [37, 15, 4, 3], span(t, "全区中小学58所", "完全中学3所"), "O",
      bad="37 + 15 + 4 + 3 = 59, printed 58 (初中 14 typed 15)"),
    R(15.93, 18.46, 86.3, span(t, "教育经费总投入18.46亿元", "占86.3%"), "O"),
    R(47, 88, 53.4, span(t, "全年新收政府信息公开申请88件", "占新收总数的53.4%"), "C"),
    B(31, 47, span(t, "招生入学类申请47件", "学位申请31件"), "D"),
)
tab(rep, trels, frels)
rep.never("另有幼儿园94所，在校学生6.83万人", "schools beside pupils")
rep.never("按时办结率100%", "a rate over the applications answered, stated as 100% without its counts")
rep.never("教育经费总投入18.46亿元，同比增长6.2%", "last year's figure not printed")
