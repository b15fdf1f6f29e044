from common import B, C, E, R, Report, S, span
from tables import grid

rep = Report("songling-zhengwu-2025", "txt", "松岭县政务服务中心", 2025, wrap=36, page_every=10, page_style="- {n} -",
             kind="松岭县政务服务中心2025年上半年工作总结 (2025)",
             shape="txt wrapped at 36; 受理 > 办结 (carry); 即办 share; a change with last year's half in brackets; a space-aligned table of 分厅 受理/办结 with a planted 办结 cell (column sum and a bound); cumulative beside half-year; 窗口 and 人 beside 件")
rows = [["综合受理厅", "41,268", "41,102"], ["社保医保厅", "23,615", "23,580"], ["不动产登记厅", "12,906", "12,845"],
        ["税务服务厅", "8,638", "8,852"], ["合计", "86,427", "86,109"]]
tb, rt = grid(["分厅", "受理（件）", "办结（件）"], rows, "txt")
rep.text = f"""
松岭县政务服务中心2025年上半年工作总结

一、基本情况

中心现有进驻部门32个、窗口96个、工作人员148名。上半年中心受理各类事项86,427件，同比增长7.9%（上年同期80,104件），办结86,109件，按时办结率100%。其中即办件52,316件，占60.5%。

二、各分厅办件情况（单位：件）

{tb}

三、重点改革

推行“一件事一次办”，出生、入学、退休等15个“一件事”累计办件4,862件，其中上半年1,937件。12345热线转办政务服务类工单386件，办结386件。帮办代办服务2,184次。
"""
t = rep.text
p1 = span(t, "上半年中心受理各类事项86,427件", "占60.5%")
reg = span(t, rt[0], rt[4])
rep.add(
    C(86427, 7.9, p1, "A", prev=80104),
    B(86109, 86427, p1, "E"),
    R(52316, 86427, 60.5, p1, "O"),
    S(86427, [41268, 23615, 12906, 8638], reg, "T"),
    S(86109, [41102, 23580, 12845, 8852], reg, "T", bad="41,102 + 23,580 + 12,845 + 8,852 = 86,379, 合计 printed 86,109 (税务 8,582 with digits swapped)"),
    B(8852, 8638, rt[3], "T", bad="税务服务厅 办结8,852 > 受理8,638"),
    B(1937, 4862, span(t, "累计办件4,862件", "上半年1,937件"), "E"),
    E([386, 386], "12345热线转办政务服务类工单386件，办结386件", "H"),
    E([86427, 86427], span(t, "受理各类事项86,427件", rt[4]), "H"),
)
rep.never("进驻部门32个、窗口96个、工作人员148名", "units and persons")
rep.never("办结86,109件，按时办结率100%", "办结 < 受理: the rest carries over; 按时 over 办结, stated without counts")
rep.never("帮办代办服务2,184次", "services beside cases")
