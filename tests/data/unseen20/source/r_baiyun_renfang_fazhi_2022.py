from common import B, C, E, R, Report, S, span

rep = Report("baiyun-renfang-fazhi-2022", "txt", "白云湾区人民防空办公室", 2023, enc="gbk", dest="enc",
             kind="白云湾区人民防空办公室2022年法治政府建设情况报告 (2023)",
             shape="GBK .txt; 项目 其中 by kind (planted), a change with last year's level in brackets, 应建 and 实建 areas (no relation), 检查→问题→整改, 立案 = 结案, 警报器 完好率, cumulative area and a per-capita figure over a population not printed")
rep.text = """
白云湾区人民防空办公室2022年法治政府建设情况报告

一、依法履行审批职责

2022年，全区审批人防工程建设项目47个，较上年（39个）增长20.5%。其中结建项目36个，易地建设项目12个。审批项目应建防空地下室面积38.62万平方米，实建35.14万平方米；征收易地建设费2,846万元。截至年底，全区人防工程总面积累计达126.8万平方米，人均人防面积1.42平方米。

二、加强人防工程监管

全年开展人防工程维护管理检查，检查工程186处，发现问题54个，整改到位49个，整改率90.7%。全年立案查处人防违法行为3件，结案3件。

三、提升警报保障能力

全区共有防空警报器76台，在“9·18”鸣放试验中正常鸣响75台，完好率98.7%。

四、开展法治宣传

发放人防法治宣传资料2.3万份，覆盖群众5.6万人次。
"""
t = rep.text
rep.add(
    C(47, 20.5, span(t, "建设项目47个", "增长20.5%"), "A", prev=39),
    S(47, [36, 12], span(t, "建设项目47个", "易地建设项目12个"), bad="36 + 12 = 48, printed 47 (结建 35 typed 36)"),
    B(49, 54, span(t, "发现问题54个", "整改到位49个"), "E"),
    R(49, 54, 90.7, span(t, "发现问题54个", "整改率90.7%")),
    E([3, 3], span(t, "违法行为3件", "结案3件"), "H"),
    B(75, 76, span(t, "防空警报器76台", "正常鸣响75台"), "E"),
    R(75, 76, 98.7, span(t, "防空警报器76台", "完好率98.7%"), "C"),
)
rep.never("应建防空地下室面积38.62万平方米，实建35.14万平方米", "实建 may fall short where 易地建设 applies: no relation")
rep.never("人均人防面积1.42平方米", "population not printed")
rep.never("检查工程186处，发现问题54个", "problems beside sites: a site may have several")
rep.never("发放人防法治宣传资料2.3万份，覆盖群众5.6万人次", "copies beside persons")
