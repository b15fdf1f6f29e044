from common import B, C, R, Report, S, span

rep = Report("nanhu-xian-tjgb-2023", "txt", "南湖县统计局", 2024, wrap=36, page_every=10,
             page_style="— {n} —", header="南湖县2023年国民经济和社会发展统计公报",
             kind="南湖县2023年国民经济和社会发展统计公报 (2024, county)",
             shape="PDF copy wrapped at 36 with — n — footers and a running header; GDP = three industries without 其中 (planted), 人均 GDP and 出生率/死亡率 over an average population not printed (traps), 粮食 with 夏粮/秋粮 and its delta, 财政 收入 with 税收 share, 存款 with 住户 and 企业 parts (D), 财政 税收 share, constant-price growth")
rep.text = """
南湖县2023年国民经济和社会发展统计公报

一、综合

初步核算，全年地区生产总值286.42亿元，按不变价格计算，比上年增长5.8%。第一产业增加值38.64亿元，第二产业增加值112.86亿元，第三产业增加值135.28亿元。按常住人口计算，人均地区生产总值62,418元。

二、农业

全年粮食总产量24.86万吨，比上年增加0.62万吨，增长2.6%。夏粮产量9.12万吨，秋粮产量15.74万吨。

三、财政

全年一般公共预算收入18.46亿元，增长7.4%。其中税收收入12.68亿元，占一般公共预算收入的68.7%。一般公共预算支出42.18亿元。

四、金融

年末金融机构人民币各项存款余额412.36亿元，其中住户存款286.74亿元，非金融企业存款82.16亿元。

五、人口

年末常住人口45.86万人。全年出生人口3,126人，出生率6.82‰；死亡人口3,842人，死亡率8.38‰。
"""
t = rep.text
rep.add(
    S(286.42, [38.64, 112.86, 135.28], span(t, "地区生产总值286.42亿元", "第三产业增加值135.28亿元"), "F",
      bad="38.64 + 112.86 + 135.28 = 286.78, printed 286.42 (第二产业 112.50 typed 112.86)"),
    S(24.86, [9.12, 15.74], span(t, "粮食总产量24.86万吨", "秋粮产量15.74万吨")),
    C(24.86, 2.6, span(t, "粮食总产量24.86万吨", "增长2.6%"), "A", prev=24.24),
    R(12.68, 18.46, 68.7, span(t, "一般公共预算收入18.46亿元", "占一般公共预算收入的68.7%"), "C"),
    B(286.74, 412.36, span(t, "存款余额412.36亿元", "住户存款286.74亿元"), "D"),
    B(82.16, 412.36, span(t, "存款余额412.36亿元", "非金融企业存款82.16亿元"), "D"),
)
rep.never("人均地区生产总值62,418元", "人均 over the average population of the year, not the year-end 45.86万")
rep.never("出生率6.82‰", "a rate over the average population, not printed")
rep.never("死亡率8.38‰", "a rate over the average population, not printed")
rep.never("按不变价格计算，比上年增长5.8%", "constant-price growth; last year's GDP not printed")
