from common import B, C, R, Report, S, span

rep = Report("nanxi-fuyi-2017", "txt", "楠溪县人民政府法制办公室", 2018, wrap=30, page_every=6,
             page_style="·{n}·",
             kind="楠溪县2017年度行政复议和行政应诉工作情况报告 (2018)",
             shape="PDF copy wrapped at 30 with ·n· footers; Chinese numerals throughout, 收到 = 受理 + 不予受理 + 告知, 受理 by 被申请人 without 其中, 审结 by outcome (planted) with carry-in, 审结率 and 纠错率 over unprinted figures, 应诉 with a change, 出庭率 and 败诉率")
rep.text = """
楠溪县2017年度行政复议和行政应诉工作情况报告

一、行政复议工作情况

二〇一七年，县政府共收到行政复议申请六十二件，依法受理五十四件，不予受理五件，告知申请人向有关机关提出三件。受理的案件中，涉及公安二十一件、国土资源十三件、住房城乡建设九件、人力资源社会保障六件、其他五件。

全年已审结五十一件（含2016年结转四件），审结率87.9%。审结的案件中，维持三十二件，撤销七件，确认违法二件，驳回四件，终止八件，直接纠错率17.6%。

二、行政应诉工作情况

全县行政机关作为被告的一审行政诉讼案件二十三件，同比增长27.8%；行政机关负责人出庭应诉十九件，出庭率82.6%；败诉二件，败诉率8.7%。县政府法制办现有复议工作人员5名。
"""
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    S(62, [54, 5, 3], sp("收到行政复议申请六十二件", "提出三件")),
    S(54, [21, 13, 9, 6, 5], sp("依法受理五十四件", "其他五件"), "F"),
    S(51, [32, 7, 2, 4, 8], sp("已审结五十一件", "终止八件"), bad="32 + 7 + 2 + 4 + 8 = 53, printed 51 (终止 六 typed 八)"),
    C(23, 27.8, sp("行政诉讼案件二十三件", "同比增长27.8%")),
    R(19, 23, 82.6, sp("行政诉讼案件二十三件", "出庭率82.6%")),
    B(19, 23, sp("行政诉讼案件二十三件", "出庭应诉十九件"), "E"),
    R(2, 23, 8.7, sp("行政诉讼案件二十三件", "败诉率8.7%")),
)
rep.never("审结率87.9%", "over 受理 54 plus 结转 4 = 58 (51 / 58 = 87.9%): the 58 is not printed")
rep.never("直接纠错率17.6%", "(撤销 7 + 确认违法 2) / 51: the 9 is not printed")
rep.never("已审结五十一件（含2016年结转四件）", "审结 includes carry-in; no part of 受理")
rep.never("现有复议工作人员5名", "persons beside cases")

# ---- more relations ----
from common import B, C, R, S, span  # noqa: F811
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(B(54, 62, sp("收到行政复议申请六十二件", "依法受理五十四件"), "E"))
