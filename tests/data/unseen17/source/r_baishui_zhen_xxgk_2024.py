from common import E, R, Report, S, span
from h17 import gk
from tables import gk_table, fy_table

rep = Report("baishui-zhen-xxgk-2024", "txt", "青川县白水镇人民政府", 2025, enc="gbk", dest="enc",
             kind="白水镇人民政府2024年政府信息公开工作年度报告 (2025, 四川 town)",
             shape="GBK .txt, national tables as space-aligned text with a small 主动公开 grid, 村（社区） beside 条, 均 over villages, 复议 row all zero, a planted 主动公开 sum")
d = gk({"new": [7, 1, 0, 0, 0, 0], "gk": [3, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0],
        "w1": [2, 1, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "txt")
ftab, frels = fy_table([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""青川县白水镇人民政府2024年政府信息公开工作年度报告

一、总体情况

2024年，白水镇围绕乡村振兴、惠民惠农、防汛减灾等重点推进政务公开。全年在县政府信息公开平台白水镇专栏发布信息386条，其中机构职能12条、重大决策部署43条、财政信息58条、惠民惠农资金214条、应急管理52条。镇辖9个村、2个社区，11个村（社区）均设立村务公开栏，每季度更新一次，全年共更新44期，每个村（社区）各4期。

依申请公开方面，全年共收到政府信息公开申请8件，全部按期办结，无结转。其中，予以公开3件，部分公开1件，无法提供3件，其他处理1件。

二、主动公开政府信息情况

信息内容　　本年制发件数　　本年废止件数　　现行有效件数
规章　　　　0　　　　　　　　0　　　　　　　　0
行政规范性文件　　0　　　　　0　　　　　　　　0

信息内容　　本年处理决定数量
行政许可　　26
行政处罚　　9
行政强制　　0

三、收到和处理政府信息公开申请情况

{tab}

四、政府信息公开行政复议、行政诉讼情况

{ftab}

五、存在的主要问题及改进情况

一是公开内容以结果公开为主；二是镇级工作人员兼职较多，全镇仅有信息员2名，负责11个村（社区）的信息报送。

六、其他需要报告的事项

本年度未收取信息处理费。全镇发放惠民惠农补贴资金1,263.8万元，涉及农户4,216户，户均约2,998元。
"""
t = rep.text
p1 = span(t, "专栏发布信息386条", "应急管理52条")
p2 = span(t, "全年共收到政府信息公开申请8件", "其他处理1件")
rep.add(
    S(386, [12, 43, 58, 214, 52], p1, "O", bad="12 + 43 + 58 + 214 + 52 = 379, printed 386 (财政信息 65 typed 58)"),
    S(11, [9, 2], span(t, "镇辖9个村、2个社区", "11个村（社区）"), "O"),
    R(44, 11, 4, span(t, "11个村（社区）均设立", "各4期"), "G", per=1),
    S(8, [3, 1, 3, 1], p2, "O"),
    E([8, 8], span(t, "全年共收到政府信息公开申请8件", rows["new"]), "H"),
    E([3, 3], span(t, "无法提供3件", rows["w1"]), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("户均约2,998元", "1,263.8万元 / 4,216户 = 2,997.6元: an approximate average in 元 over 万元")
rep.never("全镇仅有信息员2名，负责11个村（社区）", "persons beside units")
rep.never("行政许可　　26", "处理决定 counts, no relation to applications")
