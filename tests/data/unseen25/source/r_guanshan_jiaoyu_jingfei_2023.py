from common import B, C, E, R, Report, S, span

rep = Report("guanshan-jiaoyu-jingfei-2023", "txt", "关山县教育局", 2024, wrap=32, page_every=12, page_style="{n}/2",
             kind="关山县2023年教育经费执行情况统计公告 (2024, 教育经费)",
             shape="txt wrapped at 32 with n/2 footers; 经费 with 其中 and its share, 教育支出 share of 一般公共预算支出 in brackets, four 生均 figures with 分别 changes, 经费 by 学段 without 其中 (a planted part), 财政性 share of GDP, students beside yuan")
rep.text = """
关山县2023年教育经费执行情况统计公告

一、教育经费总投入

2023年，全县教育经费总投入21.46亿元，比上年增长4.8%。其中，国家财政性教育经费18.62亿元，占86.8%。全县地区生产总值451.8亿元，国家财政性教育经费占GDP的比重为4.12%。

按学段分，学前教育2.18亿元，义务教育12.46亿元，高中阶段3.48亿元，其他2.98亿元。

二、一般公共预算教育支出

一般公共预算教育支出17.38亿元，占一般公共预算支出（84.62亿元）的20.5%。

三、生均经费

全县各级各类学校在校生8.64万人。生均一般公共预算教育事业费：幼儿园12,846元，普通小学14,268元，普通初中18,624元，普通高中21,436元，分别比上年增长3.2%、4.6%、5.1%、2.8%。
"""
t = rep.text
a = span(t, "全县教育经费总投入21.46亿元", "比重为4.12%")
s = span(t, "幼儿园12,846元", "2.8%")
rep.add(
    C(21.46, 4.8, a),
    R(18.62, 21.46, 86.8, a),
    B(18.62, 21.46, a),
    R(18.62, 451.8, 4.12, a, "C"),
    S(21.46, [2.18, 12.46, 3.48, 2.98], span(t, "全县教育经费总投入21.46亿元", "其他2.98亿元"), "F",
      bad="2.18 + 12.46 + 3.48 + 2.98 = 21.10, printed 21.46 (高中阶段 3.84 with digits swapped)"),
    R(17.38, 84.62, 20.5, span(t, "教育支出17.38亿元", "的20.5%"), "C"),
    C(12846, 3.2, s, "B"),
    C(14268, 4.6, s, "B"),
    C(18624, 5.1, s, "B"),
    C(21436, 2.8, s, "B"),
)
rep.never("全县各级各类学校在校生8.64万人", "生均 figures are over average enrolment by 学段, not this total")
