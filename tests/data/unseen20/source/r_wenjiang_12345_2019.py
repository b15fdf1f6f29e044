from common import C, R, Report, S, span

rep = Report("wenjiang-12345-2019", "txt", "温江县人民政府办公室", 2020, wrap=33, page_every=12,
             page_style="- {n} -",
             kind="温江县12345市民服务热线2019年工作情况报告 (2020)",
             shape="PDF copy wrapped at 33 with footers; 来电 beside 诉求, 咨询 + 交办 其中, last year's level in the sentence, 交办 = 按期 + 超期 + 未办结 across sentences, 满意度 by grade after a colon (planted), a 满意率 over a sum not printed")
rep.text = """
温江县12345市民服务热线2019年工作情况报告

2019年，县12345市民服务热线共接听群众来电156,824个，接通率96.2%；受理有效诉求98,436件，比2018年的86,215件增长14.2%，其中咨询62,107件、诉求交办36,329件。

交办件中，承办单位按期办结35,642件，按期办结率98.1%；超期办结512件，截至年底未办结175件。

全年开展满意度测评，回访21,604件：满意20,317件，基本满意826件，不满意416件，满意率（含基本满意）97.9%。
"""
t = rep.text
rep.add(
    C(98436, 14.2, span(t, "有效诉求98,436件", "增长14.2%"), "A", prev=86215),
    S(98436, [62107, 36329], span(t, "有效诉求98,436件", "交办36,329件")),
    R(35642, 36329, 98.1, span(t, "交办36,329件", "按期办结率98.1%"), "C"),
    S(36329, [35642, 512, 175], span(t, "交办36,329件", "未办结175件"), "E"),
    S(21604, [20317, 826, 416], span(t, "回访21,604件", "不满意416件"), "F", bad="20,317 + 826 + 416 = 21,559, printed 21,604 (不满意 461 with digits swapped)"),
)
rep.never("接听群众来电156,824个，接通率96.2%", "calls offered not printed; 来电 beside 诉求")
rep.never("满意率（含基本满意）97.9%", "(20,317 + 826) / 21,604 = 97.9: its numerator is not printed as one figure")
