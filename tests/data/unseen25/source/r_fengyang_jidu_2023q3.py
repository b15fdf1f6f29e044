from common import B, R, Report, S, span

rep = Report("fengyang-jidu-2023q3", "txt", "凤阳县统计局", 2023, half=True, wrap=38,
             kind="凤阳县2023年前三季度经济运行情况分析 (2023, 季度 analysis)",
             shape="txt with half-width punctuation wrapped at 38; 前三季度 = 上半年 + 三季度 (H), three industries without 其中, a rate 百分点 against 上半年 in brackets (planted), 存款 with 年初 in brackets and the increase, 就业 against the year's target (C), 人均收入 of 城镇/农村 (averages, a trap), 工业投资 growth with no base")
rep.text = """
凤阳县2023年前三季度经济运行情况分析

前三季度，全县经济运行总体平稳、稳中有进。

一、生产总值

上半年全县实现地区生产总值126.38亿元，三季度实现68.54亿元，前三季度累计194.92亿元，按可比价格计算增长5.6%，比上半年（5.3%）加快0.5个百分点。分产业看，第一产业增加值21.46亿元，第二产业增加值82.35亿元，第三产业增加值91.11亿元。

二、工业和投资

规模以上工业总产值324.8亿元，增长7.2%。固定资产投资增长4.3%，其中工业投资增长12.6%。

三、居民收入和就业

全县城乡居民人均可支配收入28,416元，增长6.1%。其中城镇居民39,826元，农村居民19,364元。

前三季度新增城镇就业4,126人，完成年度目标任务（5,000人）的82.5%。

四、金融

9月末，居民储蓄存款余额268.4亿元，比年初（247.1亿元）增加21.3亿元。
"""
t = rep.text
g = span(t, "上半年全县实现地区生产总值126.38亿元", "第三产业增加值91.11亿元")
rep.add(
    S(194.92, [126.38, 68.54], g, "H"),
    S(5.6, [5.3, 0.5], g, "A", bad="5.3 + 0.5 = 5.8, printed 5.6 (上半年 5.1 typed 5.3)"),
    S(194.92, [21.46, 82.35, 91.11], g, "F"),
    R(4126, 5000, 82.5, span(t, "新增城镇就业4,126人", "的82.5%"), "C"),
    B(4126, 5000, span(t, "新增城镇就业4,126人", "（5,000人）"), "E"),
    S(268.4, [247.1, 21.3], span(t, "居民储蓄存款余额268.4亿元", "增加21.3亿元"), "A"),
)
rep.never("其中城镇居民39,826元,农村居民19,364元", "averages of two populations: they do not add to 28,416")
rep.never("固定资产投资增长4.3%,其中工业投资增长12.6%", "growth rates with no base printed")
