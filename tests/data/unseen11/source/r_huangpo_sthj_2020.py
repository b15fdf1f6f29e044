from common import B, C, R, Report, S

rep = Report("huangpo-sthj-2020", "txt", "黄坡区生态环境分局", 2021, wrap=30, page_every=9, page_style="第 {n} 页",
             kind="黄坡区生态环境分局2020年度法治政府建设情况报告 (2021)", shape="PDF copy wrapped at 30, footers; 人次/家次 beside cases, a 包括 breakdown (planted), 优良天数比例 over a leap year, a concentration's change, a share of investment")
rep.text = """
黄坡区生态环境分局2020年度法治政府建设情况报告

2020年，黄坡区生态环境分局深入贯彻习近平生态文明思想和习近平法治思想，坚持依法治污、精准治污，现将有关情况报告如下。

一、严格生态环境执法

全年共出动执法人员4,862人次，检查企业2,137家次，立案查处环境违法案件96件，下达处罚决定书91件，罚款金额832.46万元，同比增长11.2%。适用《环境保护法》配套办法案件23件，包括按日连续处罚2件、查封扣押15件、限产停产3件、移送行政拘留3件、涉嫌环境污染犯罪1件。

二、环境质量

全区空气质量优良天数298天，优良天数比例81.4%；PM2.5平均浓度36微克/立方米，同比下降10.0%。办理环境信访投诉1,264件，办结率100%。

三、优化审批服务

环评审批项目83个，涉及总投资46.2亿元，其中环保投资2.31亿元，占5.0%。核发排污许可证127张，登记管理企业1,386家。
"""
rep.text = rep.text.rstrip("\n") + """

四、案件结构

立案查处的案件中，涉及大气污染的41件、水污染的28件、固体废物的15件、其他12件。案均罚款8.67万元。
"""
rep.add(
    B(91, 96, "立案查处环境违法案件96件，下达处罚决定书91件", "E"),
    C(832.46, 11.2, "罚款金额832.46万元，同比增长11.2%"),
    S(23, [2, 15, 3, 3, 1], "配套办法案件23件，包括按日连续处罚2件、查封扣押15件、限产停产3件、移送行政拘留3件、涉嫌环境污染犯罪1件", "F", bad="2 + 15 + 3 + 3 + 1 = 24, printed 23 (查封扣押 14 typed 15)"),
    B(23, 96, "立案查处环境违法案件96件，下达处罚决定书91件，罚款金额832.46万元，同比增长11.2%。适用《环境保护法》配套办法案件23件", "D"),
    C(36, -10.0, "PM2.5平均浓度36微克/立方米，同比下降10.0%"),
    R(2.31, 46.2, 5.0, "涉及总投资46.2亿元，其中环保投资2.31亿元，占5.0%"),
)
rep.never("优良天数298天，优良天数比例81.4%", "2020 has 366 days (298 / 366 = 81.4%; over 365 it would be 81.6%); the base is not printed")
rep.never("出动执法人员4,862人次，检查企业2,137家次", "person-times and enterprise-times beside cases")
rep.never("办理环境信访投诉1,264件，办结率100%", "no count of settled complaints printed")
rep.never("核发排污许可证127张，登记管理企业1,386家", "permits beside registered enterprises: different regimes")
from common import S as _S
from common import span as _span

rep.add(
    _S(96, [41, 28, 15, 12], _span(rep.text, "立案查处环境违法案件96件", "其他12件"), "F"),
)
rep.never('案均罚款8.67万元', 'an average per case: over 96 cases filed (8.67) or 91 decisions (9.15)? the base is not stated')
