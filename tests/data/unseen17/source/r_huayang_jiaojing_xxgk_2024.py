from common import C, E, Report, S, span
from h17 import gk, col, tot
from tables import gk_table, fy_table

rep = Report("huayang-jiaojing-xxgk-2024", "txt", "华阳市公安局交通警察支队", 2025, half=True, wrap=34, page_every=12,
             page_style="- {n} -",
             kind="华阳市公安局交通警察支队2024年政府信息公开工作年度报告 (2025)",
             shape="PDF copy with half-width punctuation, wrapped at 34, - n - footers; space-aligned application table with carry-in and 复议 row; 交通违法 查处 in 万起 with 其中 and 同比, 事故 起数/死亡/受伤 with 分别, 机动车 保有量 per 百户, 电子监控 beside 起, a planted 违法 sum")
d = gk({"new": [164, 12, 0, 0, 6, 2], "old": [5, 0, 0, 0, 0, 0],
        "gk": [58, 4, 0, 0, 2, 1], "bf": [21, 2, 0, 0, 1, 0], "n4": [12, 0, 0, 0, 0, 0], "n7": [9, 1, 0, 0, 1, 0],
        "w1": [37, 3, 0, 0, 1, 1], "w3": [4, 0, 0, 0, 0, 0], "c2": [8, 0, 0, 0, 0, 0], "c5": [3, 0, 0, 0, 0, 0],
        "o1": [7, 1, 0, 0, 1, 0], "o3": [2, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "txt")
ftab, frels = fy_table([3, 1, 0, 1], [2, 0, 0, 1], [1, 0, 0, 0], "txt")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""华阳市公安局交通警察支队2024年政府信息公开工作年度报告

一、总体情况

(一)执法信息公开。2024年,全市共查处各类道路交通违法行为186.42万起,同比增长7.3%。其中:超速行驶52.17万起,闯红灯18.64万起,不按规定停车73.05万起,酒驾醉驾0.96万起,其他41.64万起。通过电子监控抓拍的违法行为占76.8%。全市设置电子警察等监控设备2,316套。

(二)事故预防信息公开。全年发生道路交通事故(一般程序)1,247起,死亡168人、受伤1,402人,同比分别下降8.6%、11.6%和6.2%。截至年底,全市机动车保有量达到124.6万辆,较上年末增加8.3万辆;驾驶人196.8万人。

(三)依申请公开。全年新收政府信息公开申请{new}件,上年结转5件;办结{done}件,结转下年度{fwd}件。申请内容主要为事故认定材料和违法记录。

二、主动公开政府信息情况

行政处罚本年处理决定数量1,864,200件,行政强制本年处理决定数量12,638件。

三、收到和处理政府信息公开申请情况

{tab}

四、政府信息公开行政复议、行政诉讼情况

{ftab}

五、存在的主要问题及改进情况

事故处理信息公开的及时性有待提高。
"""
t = rep.text
p1 = span(t, "共查处各类道路交通违法行为186.42万起", "其他41.64万起")
p2 = span(t, "交通事故(一般程序)1,247起", "11.6%和6.2%")
rep.add(
    C(1864200, 7.3, p1, "O"),
    S(1864200, [521700, 186400, 730500, 9600, 416400], p1, "O", bad="52.17 + 18.64 + 73.05 + 0.96 + 41.64 = 186.46万, printed 186.42 (其他 41.60 typed 41.64)"),
    E([1864200, 1864200], span(t, "共查处各类道路交通违法行为186.42万起", "本年处理决定数量1,864,200件"), "H"),
    C(1247, -8.6, p2, "B"),
    C(168, -11.6, p2, "B"),
    C(1402, -6.2, p2, "B"),
    E([new, new], span(t, f"全年新收政府信息公开申请{new}件", rows["new"]), "H"),
    E([5, 5], span(t, "上年结转5件", rows["old"]), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("通过电子监控抓拍的违法行为占76.8%", "a share of 186.42万 whose count is not printed")
rep.never("全市设置电子警察等监控设备2,316套", "devices beside 起")
rep.never("机动车保有量达到124.6万辆,较上年末增加8.3万辆", "a stock and its delta: no percent printed")
rep.never("驾驶人196.8万人", "persons beside vehicles: no bound")
