from common import C, E, R, Report, S, span
from u26 import addt, tgrid

rep = Report("gaoping-xian-tjgb-2013", "html", "高平县统计局", 2014,
             kind="高平县2013年国民经济和社会发展统计公报 (2014, county, early)",
             shape="HTML; a table of 三次产业 with 增加值/比重 and a 合计 row (比重 over GDP per row; a planted 比重 cell), prose restating GDP (H), 三次产业结构 a:b:c, 财政 支出 民生 share with 分别 parts, 农民 人均纯收入 with its delta, 在校生 by 学段 without 其中, 学校 units")
rows = [["第一产业", "21.46", 18.2], ["第二产业", "58.92", 50.1], ["第三产业", "37.28", 31.7], ["合计", "117.66", 100.0]]
rows[1][2] = 51.0
tab, trels, rowt = tgrid(["产业", "增加值（亿元）", "比重（%）"], rows, "html", col_sums=(1, 2),
                         note="18.2 + 51.0 + 31.7 = 100.9, 合计 printed 100.0 (第二产业 50.1 typed 51.0)")
rep.text = f"""
<html><body>
<h2>高平县2013年国民经济和社会发展统计公报</h2>
<p>一、综合。全年全县实现地区生产总值117.66亿元，按可比价格计算，比上年增长10.2%。三次产业结构为18.2∶50.1∶31.7。</p>
{tab}
<p>二、财政。全年公共财政预算支出28.46亿元，用于民生的支出21.34亿元，占75.0%。其中教育、社会保障和就业、医疗卫生支出分别为7.86亿元、5.12亿元和3.48亿元。</p>
<p>三、人民生活。农民人均纯收入8,426元，比上年增加962元，增长12.9%；城镇居民人均可支配收入19,842元，增长10.1%。</p>
<p>四、教育。全县共有各级各类学校128所，在校学生7.86万人：小学4.12万人，初中2.18万人，高中1.56万人。</p>
</body></html>
"""
t = rep.text
addt(rep, trels)
for i in range(3):
    rep.add(R(float(rows[i][1]), 117.66, rows[i][2], span(t, rowt[i], "<td>合计</td><td>117.66"), "T",
              bad="58.92 / 117.66 = 50.1%, printed 51.0 (digits swapped)" if i == 1 else None))
rep.add(
    E([50.1, 51.0], span(t, "三次产业结构为18.2∶50.1∶31.7", "<td>第二产业</td><td>58.92</td><td>51.0</td>"), "H",
      bad="the structure's 50.1 against the table's 51.0 (the cell with digits swapped)"),
    E([117.66, 117.66], span(t, "地区生产总值117.66亿元", "<td>合计</td><td>117.66"), "H"),
    R(21.34, 28.46, 75.0, span(t, "预算支出28.46亿元", "占75.0%"), "C"),
    C(8426, 12.9, span(t, "农民人均纯收入8,426元", "增长12.9%"), "A", prev=7464),
    S(78600, [41200, 21800, 15600], span(t, "在校学生7.86万人", "高中1.56万人"), "F"),
)
rep.never("分别为7.86亿元、5.12亿元和3.48亿元", "three of the 民生 items; not exhaustive (7.86 + 5.12 + 3.48 = 16.46 < 21.34)")
rep.never("各级各类学校128所", "schools beside students")
