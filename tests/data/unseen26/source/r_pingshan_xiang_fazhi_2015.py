from common import B, R, Report, S, span

rep = Report("pingshan-xiang-fazhi-2015", "txt", "平山乡人民政府", 2016, wrap=30, page_every=8,
             page_style="第{n}页 共2页",
             kind="平山乡人民政府2015年依法行政工作总结 (2016, township, early)",
             shape="txt wrapped at 30 with 第n页 共2页 footers; Chinese numerals for small counts, 纠纷 by kind with 其中 in Chinese numerals, 信访 件 均 按期办结 (H), 执法 立案 ≥ 结案 with Chinese numerals (planted), 村 法律顾问 units, 普法 场次")
rep.text = """
平山乡人民政府2015年依法行政工作总结

一、依法决策

全年召开乡党政联席会议二十四次，研究重大事项三十六项，均经合法性审查。乡政府聘请常年法律顾问一名，全乡十二个行政村均签订法律顾问服务协议。

二、矛盾纠纷调处

全乡共调处各类矛盾纠纷一百零六件，其中土地纠纷三十八件，婚姻家庭纠纷二十七件，邻里纠纷二十二件，其他纠纷十九件。调处成功一百零一件，成功率95.3%。

三、信访工作

全年受理群众信访事项四十二件，均按期办结，按期办结率100%。

四、综合执法

乡综合执法中队立案查处违法建设案件十五件，结案十七件。

五、普法宣传

开展“法律进村”活动四十八场次。
"""
t = rep.text
rep.add(
    S(106, [38, 27, 22, 19], span(t, "矛盾纠纷一百零六件", "其他纠纷十九件")),
    B(101, 106, span(t, "矛盾纠纷一百零六件", "调处成功一百零一件"), "E"),
    R(101, 106, 95.3, span(t, "矛盾纠纷一百零六件", "成功率95.3%")),
    B(17, 15, span(t, "立案查处违法建设案件十五件", "结案十七件"), "E", bad="结案 17 > 立案 15 (结案 12 typed 17; the report states no carry-over)"),
)
rep.never("全年召开乡党政联席会议二十四次，研究重大事项三十六项", "meetings beside items")
rep.never("全乡十二个行政村", "villages")
rep.never("全年受理群众信访事项四十二件，均按期办结", "均 按期办结: 42 = 42 stated in words only")
