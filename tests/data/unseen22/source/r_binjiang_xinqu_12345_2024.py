from common import B, C, E, R, Report, S, span
from h22 import pc, ch

rep = Report("binjiang-xinqu-12345-2024", "txt", "滨江新区管理委员会政务服务中心", 2025, enc="utf-16", dest="enc",
             kind="滨江新区12345热线2024年度工作报告 (2025, new area)",
             shape="UTF-16 .txt; 企业诉求 as a part in 万件, its kinds after 企业诉求中, three rates over bases not printed, 退单 share (planted), a quarter 环比 with 万件, 10-12月 range")
rep.text = f"""
滨江新区12345热线2024年度工作报告

　　2024年，新区12345热线全年共受理群众和企业诉求8.27万件，其中企业诉求0.96万件。企业诉求中，政策咨询5,136件、办事服务2,418件、投诉举报1,382件、其他664件。

　　全年诉求办结率99.1%、按时办结率98.6%、群众满意率96.8%。工单退单1,204件，退单率1.7%。

　　三季度起实行“首接负责制”，10-12月受理诉求2.36万件，环比三季度增长7.3%。
"""
t = rep.text
rep.add(
    B(9600, 82700, span(t, "共受理群众和企业诉求8.27万件", "企业诉求0.96万件"), "D"),
    S(9600, [5136, 2418, 1382, 664], span(t, "企业诉求0.96万件", "其他664件")),
    R(1204, 82700, 1.7, span(t, "共受理群众和企业诉求8.27万件", "退单率1.7%"), "C", bad="1,204 / 82,700 = 1.5%, printed 1.7%"),
    C(23600, 7.3, span(t, "10-12月受理诉求2.36万件", "7.3%")),
)
rep.never("诉求办结率99.1%、按时办结率98.6%、群众满意率96.8%", "counts not printed")
rep.never("10-12月", "a range of months, not a subtraction")
