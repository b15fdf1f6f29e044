from common import B, E, R, Report, S, span

rep = Report("dongguan-jiedao-fazhi-2023", "txt", "安东区东关街道办事处", 2024, wrap=36, page_every=20,
             page_style="第{n}页", kind="东关街道办事处2023年法治政府建设情况报告 (2024, street)",
             shape="PDF copy wrapped at 36 with 第n页 footers; 矛盾纠纷 排查 ≥ 调解成功 with 成功率, 综合执法 立案 ≥ 结案 and cases by kind as list lines without 其中, 罚没款 in 万元, 信访 全部按期办结 (H) restated with a planted figure, 社区 and 网格 units, 普法 场次 and 人次")
rep.text = """
东关街道办事处2023年法治政府建设情况报告

2023年，东关街道坚持以法治思维推进基层治理，现将有关情况报告如下。

一、基层治理法治化

街道辖12个社区、86个网格，常住人口6.8万人。全年依托“网格+调解”机制排查各类矛盾纠纷486起，调解成功471起，调解成功率96.9%。全年开展“法律进社区”普法活动64场，参与群众5,200余人次。

二、综合行政执法

全年综合行政执法立案126件，结案162件，罚没款38.6万元。按案件类型分：
（一）市容环境类52件；
（二）违法建设类31件；
（三）燃气安全类24件；
（四）其他19件。
共拆除违法建设31处、面积4,126平方米。

三、信访工作

全年受理群众信访事项312件，全部在法定期限内办结，及时受理率、按期办结率均为100%，按期办结信访事项321件。

四、存在的不足

执法人员数量不足，全街道持证执法人员仅19人。2024年将把信访按期办结情况纳入社区年度考核。
"""
t = rep.text
rep.add(
    B(471, 486, span(t, "排查各类矛盾纠纷486起", "调解成功471起"), "E"),
    R(471, 486, 96.9, span(t, "排查各类矛盾纠纷486起", "调解成功率96.9%"), "C"),
    B(162, 126, span(t, "立案126件", "结案162件"), "E", bad="结案162 > 立案126 with no carry-over mentioned (119 typed 162)"),
    S(126, [52, 31, 24, 19], span(t, "立案126件", "（四）其他19件"), "F"),
    R(312, 312, 100, span(t, "受理群众信访事项312件", "均为100%"), "H"),
    B(321, 312, span(t, "受理群众信访事项312件", "按期办结信访事项321件"), "E", bad="按期办结321 > 受理312 (digits swapped; the same typo as the equality above)"),
    E([312, 321], span(t, "受理群众信访事项312件", "按期办结信访事项321件"), "H", bad="all 312 closed on time, then 按期办结 321 (digits swapped)"),
)
rep.never("街道辖12个社区、86个网格，常住人口6.8万人", "units beside persons")
rep.never("开展“法律进社区”普法活动64场，参与群众5,200余人次", "events beside 人次")
rep.never("共拆除违法建设31处、面积4,126平方米", "处 (structures), equal to 违法建设类 31件 by chance: a case may cover several")
rep.never("持证执法人员仅19人", "persons; 19 equals 其他 19件 by chance")
