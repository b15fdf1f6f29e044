from common import E, Report, S, span
from tables import gk_table

rep = Report("lingxi-tuiyi-xxgk-2021", "docx", "泠溪区退役军人事务局", 2022, dest="enc",
             kind="泠溪区退役军人事务局2021年政府信息公开工作年度报告 (2022)", shape=".docx with the national application table as a Word table, prose restating it, counts of 服务站 beside applications")
data = {"new": [7, 0, 0, 0, 0, 0], "gk": [3, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [2, 0, 0, 0, 0, 0],
        "c1": [1, 0, 0, 0, 0, 0]}
tsv, gkrels, rowt = gk_table(data, "tsv")
rep.docx_blocks = [[ln.split("\t") for ln in tsv.split("\n")]]
rep.text = """泠溪区退役军人事务局2021年政府信息公开工作年度报告
一、总体情况
2021年，我局依托区政府门户网站主动公开政府信息64条，其中优待抚恤类23条、就业创业类18条、褒扬纪念类9条、工作动态14条。全区12个镇（街道）退役军人服务站、156个村（社区）服务站均设置了政务公开栏。
全年收到政府信息公开申请7件，均为自然人申请，已全部办结，其中予以公开3件，部分公开1件，无法提供2件，不予处理1件。
二、收到和处理政府信息公开申请情况
@@TABLE 0
三、政府信息公开行政复议、行政诉讼情况
2021年度未发生政府信息公开行政复议、行政诉讼案件。
四、存在的主要问题及改进情况
信息更新不够及时。2022年将每季度开展一次专栏检查。"""
flat = rep.text.replace("@@TABLE 0", tsv)
p = "全年收到政府信息公开申请7件，均为自然人申请，已全部办结，其中予以公开3件，部分公开1件，无法提供2件，不予处理1件"
rep.add(
    S(64, [23, 18, 9, 14], "主动公开政府信息64条，其中优待抚恤类23条、就业创业类18条、褒扬纪念类9条、工作动态14条"),
    S(7, [3, 1, 2, 1], p),
    E([7, 7], span(flat, "全年收到政府信息公开申请7件", rowt["new"]), "H"),
    E([2, 2], span(flat, "无法提供2件", rowt["w1"]), "H"),
)
for r in gkrels:
    rep.add(r)
rep.never("全区12个镇（街道）退役军人服务站、156个村（社区）服务站", "counts of service stations, not of information or applications")
