from common import B, C, R, Report, S, span

rep = Report("taiping-zhen-fazhi-2024", "txt", "东山县太平镇人民政府", 2025, wrap=31, page_every=8, page_style="— {n} —",
             kind="太平镇人民政府2024年法治政府建设情况报告 (2025, town)",
             shape="PDF copy wrapped at 31; 纠纷 起 with a change in brackets, types with 其中 and a planted share, 法律明白人 per 村 (均), 执法 其中 bound, 万元 beside 件, rates without counts with 分别, 人次 beside 场次")
rep.text = """
太平镇人民政府2024年法治政府建设情况报告

2024年，太平镇党委、政府认真落实法治政府建设实施纲要，现将全年工作报告如下。

一、基层矛盾纠纷化解

全镇调处矛盾纠纷312起，较上年（287起）增长8.7%，调解成功298起，调解成功率95.5%。其中婚姻家庭纠纷87起、邻里纠纷104起、土地纠纷63起、其他纠纷58起。土地纠纷63起，占20.5%，主要集中在承包地边界和流转合同方面。

二、法治宣传教育

全镇16个村（社区）均配备了法律顾问。培育“法律明白人”192名，每个村（社区）均有12名。开展普法宣传活动86场次，受众1.2万人次。

三、综合行政执法

镇综合行政执法队办理案件46件，罚款12.37万元，其中一般程序案件19件。

四、信访工作

全年受理信访事项58件，按期办结率、群众满意率分别为100%、96.6%。

五、存在问题

村级法律顾问作用发挥不均衡，部分村民学法用法意识仍较薄弱。
"""
t = rep.text
p1 = span(t, "全镇调处矛盾纠纷312起", "占20.5%")
rep.add(
    C(312, 8.7, p1, "A", prev=287),
    R(298, 312, 95.5, p1, "O"),
    B(298, 312, p1, "E"),
    S(312, [87, 104, 63, 58], p1, "O"),
    R(63, 312, 20.5, p1, "C", bad="63 / 312 = 20.2%, printed 20.5%"),
    R(192, 16, 12, span(t, "全镇16个村（社区）", "均有12名"), "B", per=1),
    B(19, 46, span(t, "办理案件46件", "一般程序案件19件"), "D"),
)
rep.never("全镇16个村（社区）均配备了法律顾问", "均 over units, nothing to add")
rep.never("开展普法宣传活动86场次，受众1.2万人次", "events beside persons")
rep.never("按期办结率、群众满意率分别为100%、96.6%", "rates without their counts (满意 over respondents not printed)")
rep.never("罚款12.37万元", "money beside cases")
