from common import B, C, E, R, Report, span
from tables import fy_table, gk_table
from u21 import take

rep = Report("jinan-nongye-xxgk-2020", "txt", "松江湾区农业农村局", 2021, wrap=34, page_every=14, page_style="— {n} —",
             header="松江湾区农业农村局2020年政府信息公开工作年度报告",
             kind="松江湾区农业农村局2020年政府信息公开工作年度报告 (2021)",
             shape="PDF copy wrapped at 34 with — n — footers and a running header; space-aligned national table with carry-in and carry-out in two columns (办结 equal to 新收 by chance), a planted 商业企业 cell, a decrease with its delta, channels that overlap, 户均 over 亿元 and 万户")
data = {"new": [9, 4, 0, 0, 0, 0], "old": [1, 1, 0, 0, 0, 0], "gk": [3, 3, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0],
        "w1": [3, 1, 0, 0, 0, 0], "w3": [1, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0], "fwd": [1, 1, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("gk", 1): 2})
fy, frels = fy_table([0, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""
松江湾区农业农村局2020年政府信息公开工作年度报告

一、总体情况

2020年，我局围绕乡村振兴和疫情防控期间农产品保供稳价，主动公开政府信息412条，其中在区政府网站发布287条，通过"松江湾三农"微信公众号发布246条。全区发放耕地地力保护补贴1.26亿元，惠及农户3.18万户，户均约3962元，补贴对象和标准全部在村（居）公示栏张榜公布。

2020年，我局新收政府信息公开申请13件，上年结转2件；全年办结13件，结转下年度2件。办结件中，予以公开6件，占46.2%。涉及土地承包经营权确权的申请8件，较上年减少3件，下降27.3%。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

本年度因政府信息公开被申请行政复议1件，复议机关以答复告知内容不完整为由责令我局重新答复，结果为纠正；未发生行政诉讼。

四、存在的主要问题及改进情况

涉农补贴公开的时效性有待提高，部分村公示期不足7天。2021年将推行补贴发放"一卡通"信息与公示同步。
"""
t = rep.text
p = span(t, "新收政府信息公开申请13件", "下降27.3%")
rep.add(
    E([13, 13], span(t, "全年办结13件", rows["tot"]), "H"),
    E([2, 2], span(t, "结转下年度2件", rows["fwd"]), "H"),
    R(6, 13, 46.2, p, "C"),
    B(6, 13, p, "E"),
    C(8, -27.3, p, "A", prev=11),
    B(8, 13, p, "E"),
    E([1, 1], span(t, fy.split("\n")[-1], "结果为纠正"), "H"),
)
take(rep, trels, frels)
rep.never("新收政府信息公开申请13件，上年结转2件；全年办结13件", "办结 13 equals 新收 13 by chance: 13 + 2 = 13 + 2 with carry-in and carry-out")
rep.never("其中在区政府网站发布287条，通过\"松江湾三农\"微信公众号发布246条", "channels overlap: 287 + 246 > 412")
rep.never("耕地地力保护补贴1.26亿元，惠及农户3.18万户，户均约3962元", "亿元 and 万户 are rounded: 1.26亿/3.18万 = 3962.3, 约")
rep.never("部分村公示期不足7天", "days, no relation")
