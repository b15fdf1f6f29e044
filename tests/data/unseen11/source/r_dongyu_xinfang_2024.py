from common import C, R, Report, S

rep = Report("dongyu-xinfang-2024", "txt", "东峪县信访局", 2025, wrap=35, page_every=10, page_style="·{n}·",
             kind="东峪县2024年信访工作情况报告 (2025)", shape="PDF copy wrapped at 35, footers; 件次 and 人次 with 分别 changes, 批 beside 人次, shares of a distant total (a planted share), a count equal by chance to another")
rep.text = """
东峪县2024年信访工作情况报告

一、信访总体情况

2024年，全县信访总量3,862件次、5,127人次，同比分别下降8.4%和12.6%。其中来信612件次、来访1,406件次、网上信访1,844件次。来访中集体访86批1,248人次。初次信访事项及时受理率100%、按期办结率99.2%，参评满意率96.8%。

二、信访反映的主要问题

从反映问题看，城乡建设类1,026件次，占26.6%；农村农业类738件次，占19.1%；劳动和社会保障类612件次，占15.3%；其他问题1,486件次。

三、积案化解

排查信访积案50件，化解47件，化解率94.0%。县领导接访下访186批次。
"""
t = "信访总量3,862件次、5,127人次，同比分别下降8.4%和12.6%"
top = t + "。其中来信612件次、来访1,406件次、网上信访1,844件次"
sh = "从反映问题看，城乡建设类1,026件次，占26.6%；农村农业类738件次，占19.1%；劳动和社会保障类612件次，占15.3%；其他问题1,486件次"
import common

full = common.span(rep.text, "信访总量3,862件次", "其他问题1,486件次")
rep.add(
    C(3862, -8.4, t, "B"),
    C(5127, -12.6, t, "B"),
    S(3862, [612, 1406, 1844], top),
    R(1026, 3862, 26.6, full, "C"),
    R(738, 3862, 19.1, full, "C"),
    R(612, 3862, 15.3, full, "C", bad="612 / 3,862 = 15.8%, printed 15.3%"),
    S(3862, [1026, 738, 612, 1486], full, "F"),
    R(47, 50, 94.0, "排查信访积案50件，化解47件，化解率94.0%"),
)
rep.never("来访中集体访86批1,248人次", "batches and person-times inside 来访 件次: other units")
rep.never("及时受理率100%、按期办结率99.2%，参评满意率96.8%", "rates over unprinted bases")
rep.never("劳动和社会保障类612件次", "612 equals the 来信 count by chance: the two lists cut the total by different criteria")
rep.never("县领导接访下访186批次", "batches of visits, not cases")
