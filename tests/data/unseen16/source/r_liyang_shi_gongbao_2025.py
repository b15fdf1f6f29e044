from common import B, C, R, Report, S, span
from tables import grid

rep = Report("liyang-shi-gongbao-2025", "txt", "澧阳市统计局", 2026, half=True, wrap=40, page_every=16,
             page_style="- {n} -",
             kind="澧阳市2025年国民经济和社会发展统计公报 (2026)",
             shape="PDF copy with half-width punctuation wrapped at 40 with footers; a space-aligned table of 一般公共预算收入 items with 增长 and prose restating it in 亿元 (rounded), GDP with 其中 and 比重 (a planted share), 常住人口 with 出生/死亡 ‰, 自然增长率 as a difference, 社零 by 城乡 with 分别 growths, 万元 beside 亿元, cumulative patents beside annual")
tab, rt = grid(["项目", "本年完成(万元)", "比上年增长(%)"],
               [["一般公共预算收入", "1,286,420", "4.7"], ["其中:税收收入", "864,310", "3.9"], ["非税收入", "422,110", "6.4"],
                ["其中:增值税", "318,560", "5.2"], ["企业所得税", "127,430", "-2.6"], ["个人所得税", "41,870", "8.1"]], "txt")
rep.text = f"""
澧阳市2025年国民经济和社会发展统计公报

澧阳市统计局
(2026年3月18日)

一、综合

初步核算,全年全市地区生产总值3,428.6亿元,比上年增长5.4%。其中,第一产业增加值298.3亿元,增长3.6%;第二产业增加值1,312.9亿元,增长5.9%;第三产业增加值1,817.4亿元,增长5.3%。第三产业增加值占地区生产总值比重为53.6%,比上年提高0.8个百分点。

年末全市常住人口412.35万人,全年出生人口2.87万人,出生率6.95‰;死亡人口3.41万人,死亡率8.26‰;人口自然增长率-1.31‰。

二、国内贸易

全年社会消费品零售总额1,476.2亿元,增长6.1%。按经营单位所在地分,城镇消费品零售额1,238.5亿元,乡村消费品零售额237.7亿元,分别增长5.8%和7.7%。

三、财政

全年一般公共预算收入128.64亿元,增长4.7%。主要收入项目如下:

{tab}

四、科技

全年专利授权量9,846件,其中发明专利授权1,932件。年末累计有效发明专利1.27万件,每万人口发明专利拥有量30.8件。

说明:本公报中部分数据因四舍五入,存在总计与分项合计不等的情况。
"""
t = rep.text
p1 = span(t, "地区生产总值3,428.6亿元", "比重为53.6%")
p3 = span(t, "社会消费品零售总额1,476.2亿元", "7.7%")
rows = span(t, rt[0], rt[5])
rep.add(
    S(3428.6, [298.3, 1312.9, 1817.4], p1),
    R(1817.4, 3428.6, 53.6, p1, "C", bad="1,817.4 / 3,428.6 = 53.0%, printed 53.6"),
    S(1476.2, [1238.5, 237.7], p3),
    C(1238.5, 5.8, p3, "B"),
    C(237.7, 7.7, p3, "B"),
    S(1286420, [864310, 422110], rows, "T"),
    B(318560, 864310, rows, "T"),
    B(1932, 9846, span(t, "专利授权量9,846件", "发明专利授权1,932件"), "D"),
    R(12700, 4123500, 30.8, span(t, "常住人口412.35万人", "拥有量30.8件"), "G", per=10000),
)
rep.never("出生率6.95‰;死亡人口3.41万人,死亡率8.26‰;人口自然增长率-1.31‰", "rates over the average population (not printed); the growth rate is their difference")
rep.never("全年一般公共预算收入128.64亿元", "亿元 beside the table's 1,286,420万元: equal after rounding, not digit for digit")
rep.never("年末累计有效发明专利1.27万件", "a stock beside the annual grant count")
rep.never("存在总计与分项合计不等的情况", "a note on rounding")
rep.never("比上年提高0.8个百分点", "percentage points, last year's share not printed")
rep.never("其中:增值税", "增值税, 企业所得税 and 个人所得税 are some of the taxes: 其中 not exhaustive")
