from common import B, C, R, Report, S, span
from h22 import pc

rep = Report("huanglong-zhen-tongji-2023", "txt", "石岭县黄龙镇人民政府", 2024,
             kind="黄龙镇2023年国民经济和社会发展统计公报 (2024, town)",
             shape="txt; GDP by industry in 亿元 with constant-price growth rates (no check), 三次产业结构 as a:b:c, 户籍人口 by sex, 出生率 over average population, 粮食 in 万吨 with a change, 规上工业 change, 税收 share of 财政收入, 生师比, 户 beside 人, a planted industry part")
rep.text = f"""
黄龙镇2023年国民经济和社会发展统计公报

黄龙镇统计站
2024年3月

一、综合
初步核算，全镇实现地区生产总值28.64亿元，按可比价格计算，比上年增长6.2%。其中，第一产业增加值4.13亿元，增长3.5%；第二产业增加值13.72亿元，增长7.4%；第三产业增加值11.24亿元，增长5.8%。三次产业结构为14.4:46.3:39.2。

二、人口
年末户籍总人口4.26万人，其中男性2.17万人、女性2.09万人。全年出生人口312人，出生率7.32‰；死亡人口287人，死亡率6.74‰。

三、农业
全年粮食播种面积5.86万亩，粮食总产量2.47万吨，比上年增长2.9%。年末生猪存栏3.12万头，全年出栏5.46万头。

四、工业
全镇规模以上工业企业23家，全年实现产值41.26亿元，比上年增长8.7%。规模以上工业企业中，高新技术企业32家。

五、财政
一般公共预算收入1.86亿元，其中税收收入1.42亿元，占{pc(1.42,1.86)}%。

六、社会事业
全镇有中小学9所，在校学生4,318人，专任教师326人，生师比13.2:1。农村低保对象1,024户1,876人。全年新增城镇就业386人，其中返乡创业112人。
"""
t = rep.text
rep.add(
    S(28.64, [4.13, 13.72, 11.24], span(t, "地区生产总值28.64亿元", "第三产业增加值11.24亿元"),
      bad="4.13 + 13.72 + 11.24 = 29.09, printed 28.64 (第二产业 13.27 typed 13.72)"),
    S(42600, [21700, 20900], span(t, "年末户籍总人口4.26万人", "女性2.09万人")),
    C(2.47, 2.9, span(t, "粮食总产量2.47万吨", "2.9%")),
    C(41.26, 8.7, span(t, "实现产值41.26亿元", "8.7%")),
    R(1.42, 1.86, pc(1.42, 1.86), span(t, "一般公共预算收入1.86亿元", f"{pc(1.42,1.86)}%")),
    B(1.42, 1.86, span(t, "一般公共预算收入1.86亿元", "税收收入1.42亿元"), "D"),
)
rep.never("按可比价格计算，比上年增长6.2%", "constant-price growth, not from current-price figures")
rep.never("出生率7.32‰", "over the average population, not the year-end 4.26万")
rep.never("生师比13.2:1", "a ratio printed as a:1")
rep.never("农村低保对象1,024户1,876人", "households beside persons")
rep.never("年末生猪存栏3.12万头，全年出栏5.46万头", "stock beside flow")

rep.text = rep.text + f"""
七、居民收入
全镇农村居民人均可支配收入18,426元，比上年（17,205元）增长7.6%。其中，工资性收入8,214元，经营净收入6,127元，财产净收入412元，转移净收入3,673元。工资性收入占可支配收入的{pc(8214,18426)}%。
"""
t = rep.text
rep.add(
    C(18426, 7.6, span(t, "人均可支配收入18,426元", "7.6%"), "A", prev=17205, bad="(18,426 - 17,205) / 17,205 = 7.1%, printed 7.6%"),
    S(18426, [8214, 6127, 412, 3673], span(t, "人均可支配收入18,426元", "转移净收入3,673元")),
    R(8214, 18426, pc(8214, 18426), span(t, "人均可支配收入18,426元", f"{pc(8214,18426)}%")),
)

t = rep.text
rep.add(B(112, 386, span(t, "新增城镇就业386人", "返乡创业112人"), "D"))

t = rep.text
rep.add(B(32, 23, span(t, "规模以上工业企业23家", "高新技术企业32家"), "D", bad="a part 32 larger than the 23 规上 enterprises (digits swapped; 12 meant)"))

# fixed after the first run: the 三次产业结构 states each industry's share of GDP, and the planted 13.72 breaks the second
t = rep.text
q = span(t, "地区生产总值28.64亿元", "14.4:46.3:39.2")
rep.add(
    R(4.13, 28.64, 14.4, q, "C"),
    R(13.72, 28.64, 46.3, q, "C", bad="13.72 / 28.64 = 47.9%, the structure prints 46.3 (from the true 13.27)"),
    R(11.24, 28.64, 39.2, q, "C"),
)
