from common import B, C, R, Report, S, span

rep = Report("baisha-jiaotong-fazhi-2024", "txt", "白沙县交通运输局", 2025, wrap=37, page_every=9,
             page_style="{n}/3", half=True,
             kind="白沙县交通运输局2024年法治政府建设情况报告 (2025)",
             shape="PDF copy wrapped at 37 with n/3 footers, half-width punctuation; 许可 by kind with 其他, 案件 with a share, 辆次 beside 件 with a two-decimal 超限率, 持证率, 农村公路 里程 by grade (a planted 乡道), new km beside the stock")
rep.text = """
白沙县交通运输局2024年法治政府建设情况报告

一、深化交通运输“放管服”改革

全年办理道路运输行政许可1,284件，其中道路运输经营许可146件、从业资格1,031件、其他许可107件，另办理路政许可38件，全部在承诺时限内办结。

二、严格规范公正文明执法

全年查处交通运输违法案件612件，其中超限超载287件，占46.9%；非法营运164件。罚没款438.6万元，同比下降12.3%。全县3个治超站全年检测货车82,416辆次，查处超限车辆301辆次，超限率0.37%。

全局现有执法人员96人，持有行政执法证件91人，持证率94.8%。

三、交通基础设施

截至年底，全县农村公路总里程2,846.3公里，其中县道412.6公里、乡道963.8公里、村道1,496.9公里。全年新改建农村公路126.4公里。

四、普法宣传

开展“送法进企业”活动42次，覆盖运输从业人员5,600人次。
"""
t = rep.text
p2 = span(t, "查处交通运输违法案件612件", "同比下降12.3%")
rep.add(
    S(1284, [146, 1031, 107], span(t, "道路运输行政许可1,284件", "其他许可107件")),
    R(287, 612, 46.9, p2),
    B(287, 612, p2, "D"),
    B(164, 612, p2, "D"),
    C(438.6, -12.3, p2),
    R(301, 82416, 0.37, span(t, "检测货车82,416辆次", "超限率0.37%")),
    R(91, 96, 94.8, span(t, "执法人员96人", "持证率94.8%")),
    B(91, 96, span(t, "执法人员96人", "行政执法证件91人"), "D"),
    S(2846.3, [412.6, 963.8, 1496.9], span(t, "农村公路总里程2,846.3公里", "村道1,496.9公里"),
      bad="412.6 + 963.8 + 1,496.9 = 2,873.3, printed 2,846.3 (乡道 936.8 with digits swapped)"),
)
rep.never("另办理路政许可38件", "outside the 1,284")
rep.never("查处超限车辆301辆次", "辆次 of vehicles are not the 287 cases of 超限超载 (some only unloaded)")
rep.never("全年新改建农村公路126.4公里", "new km beside the stock")
rep.never("开展“送法进企业”活动42次，覆盖运输从业人员5,600人次", "events beside person-times")
