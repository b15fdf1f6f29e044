"""蒲口街道办事处 2021 政府信息公开工作年度报告 (txt, tables as space-aligned text)."""
from common import E, Report, S, span
from tables import fy_table, gk_table

data = {"new": [7, 1, 0, 0, 0, 0], "gk": [4, 1, 0, 0, 0, 0], "w1": [2, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0]}
table, trels, rows = gk_table(data, "txt", typo={("tot", 0): 6},
                               note="(七)总计 row, 自然人 7 typed 6: the row adds to 7 (总计 8), the 自然人 column to 7 (printed 6)")
fytab, frels = fy_table([0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "txt")

rep = Report("pukou-jiedao-xxgk-2021", "txt", "梧澜区蒲口街道办事处", 2021)
rep.text = f"""
蒲口街道办事处2021年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》规定，现公布蒲口街道办事处2021年政府信息公开工作年度报告。

　　一、总体情况
　　2021年，街道共主动公开政府信息二百三十六条。全年收到政府信息公开申请8件，较上年的5件增加3件，均已在法定期限内办结，其中予以公开5件、无法提供2件、不予处理1件。

　　二、主动公开政府信息情况
　　（略）

　　三、收到和处理政府信息公开申请情况
{table}

　　四、政府信息公开行政复议、行政诉讼情况
{fytab}

　　五、存在的主要问题及改进情况
　　街道政务公开专职人员少，下一步将加强培训。
"""
t = rep.text
rep.add(*trels, *frels)
rep.add(
    S(8, [5, 2, 1], "收到政府信息公开申请8件，较上年的5件增加3件，均已在法定期限内办结，其中予以公开5件、无法提供2件、不予处理1件"),
    E([8, 8], span(t, "收到政府信息公开申请8件", rows["new"])),
)
