from common import B, C, R, Report, S, span
from tables import grid

rep = Report("daling-tongji-gongbao-2020", "md", "大岭县统计局", 2021,
             kind="大岭县2020年国民经济和社会发展统计公报 (2021)",
             shape="Markdown; three 产业 as a list without 其中; per-capita GDP over an average population; a table of 农产品 in 吨 with a 其中 row; 户籍 by sex with a sex ratio; natural growth rate over an unprinted difference; a planted 税收 share; a planted 比年初 growth")
rows = [["粮食", "186,420", "2.3"], ["　其中：稻谷", "142,318", "1.8"], ["油料", "21,346", "-4.2"], ["蔬菜", "298,175", "5.6"]]
tb, rt = grid(["产品名称", "产量（吨）", "比上年增长（%）"], rows, "md")
rep.text = f"""
# 大岭县2020年国民经济和社会发展统计公报

## 一、综合

2020年，面对新冠肺炎疫情冲击，全县经济逐季回升。初步核算，全年地区生产总值248.63亿元，比上年增长2.8%。分产业看，第一产业增加值38.12亿元，增长3.1%；第二产业增加值96.84亿元，增长1.9%；第三产业增加值113.67亿元，增长3.4%。按常住人口计算，人均地区生产总值53,864元。

## 二、人口

年末全县户籍人口51.27万人，其中男性26.32万人，女性24.95万人，性别比为105.5（女性为100）。全年出生人口4,312人，死亡人口3,986人，人口自然增长率0.64‰。

## 三、农业

{tb}

## 四、财政金融

全年一般公共预算收入16.72亿元，下降6.3%。其中税收收入11.38亿元，占68.9%。年末金融机构各项存款余额386.41亿元，比年初增加31.26亿元，增长8.9%。
"""
t = rep.text
p2 = span(t, "年末全县户籍人口51.27万人", "性别比为105.5")
rep.add(
    S(248.63, [38.12, 96.84, 113.67], span(t, "全年地区生产总值248.63亿元", "第三产业增加值113.67亿元"), "F"),
    S(512700, [263200, 249500], p2, "O"),
    R(263200, 249500, 105.5, p2, "G"),
    B(142318, 186420, span(t, rt[0], rt[1]), "T"),
    R(11.38, 16.72, 68.9, span(t, "一般公共预算收入16.72亿元", "占68.9%"), "O", bad="11.38 / 16.72 = 68.1%, printed 68.9%"),
    C(386.41, 8.9, span(t, "存款余额386.41亿元", "增长8.9%"), "A", prev=355.15,
      bad="31.26 / (386.41 - 31.26) = 8.8%, printed 8.9%"),
)
rep.never("按常住人口计算，人均地区生产总值53,864元", "over the year's average resident population, not printed")
rep.never("全年出生人口4,312人，死亡人口3,986人，人口自然增长率0.64‰", "(4,312 - 3,986) / 51.27万 = 0.636‰: the difference is not printed")
rep.never("全年地区生产总值248.63亿元，比上年增长2.8%", "growth at constant prices")
