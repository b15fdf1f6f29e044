from common import C, E, Report, S, span

rep = Report("baishui-zhen-xxgk-2012", "txt", "青阳县白水镇人民政府", 2013, enc="gbk", dest="enc", wrap=30,
             kind="白水镇人民政府2012年政府信息公开工作年度报告 (2013, old template)",
             shape="GBK .txt wrapped at 30; the pre-2019 template in short numbered lines: 主动公开 by 类别 without 其中, 依申请 with 答复 by kind, 收费 in 元, 村 and 户 beside 条, 2011 and 2012 in one sentence, a planted 类别 sum")
rep.text = """
白水镇人民政府2012年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》和县政府办公室的统一部署，现将我镇2012年政府信息公开工作情况报告如下：

一、主动公开政府信息情况

2012年，我镇共主动公开政府信息358条，较2011年的296条增加62条，增长20.9%。具体为：
1.机构概况、领导分工等信息21条；
2.政策文件及规范性文件43条；
3.财政收支、"三公"经费等财务信息76条；
4.新农合、低保、五保等民生信息129条；
5.新农村建设、土地征收等重点工作信息82条；
6.其他信息16条。

全镇14个行政村、3,826户均建立了村务公开栏，镇村两级公开栏共17块。低保户186户，全部在村公开栏张榜公示，公示率100%。

二、依申请公开政府信息情况

全年共受理申请7件，2011年、2012年分别为4件、7件。7件申请中，当场答复3件，延期答复1件，其余3件均在15个工作日内答复。答复结果：同意公开5件，信息不存在1件，不属于本机关公开范围1件。

三、收费及减免情况

全年未收取任何费用，依申请提供复印件共计42页，按规定免收复印费21元。

四、行政复议和行政诉讼情况

未发生因政府信息公开引起的行政复议、行政诉讼案件。

五、存在的问题和改进措施

部分村公开内容更新不及时。2013年将每季度对14个行政村公开栏检查一次。
"""
t = rep.text
p1 = span(t, "共主动公开政府信息358条", "其他信息16条")
p2 = span(t, "7件申请中", "不属于本机关公开范围1件")
rep.add(
    C(358, 20.9, span(t, "共主动公开政府信息358条", "20.9%"), "A", prev=296),
    S(358, [296, 62], span(t, "共主动公开政府信息358条", "增加62条"), "A"),
    S(358, [21, 43, 76, 129, 82, 16], p1, "F", bad="21 + 43 + 76 + 129 + 82 + 16 = 367, printed 358 (财务信息 67 with digits swapped)"),
    S(7, [3, 1, 3], p2, "O"),
    S(7, [5, 1, 1], p2, "F"),
    E([7, 7], span(t, "全年共受理申请7件", "7件申请中"), "H"),
)
rep.never("2011年、2012年分别为4件、7件", "two years' figures in one sentence, no sum between them")
rep.never("镇村两级公开栏共17块", "boards of town and villages: 17 − 14 = 3 town boards is not printed")
rep.never("3,826户均建立了村务公开栏", "households beside villages and boards")
rep.never("依申请提供复印件共计42页，按规定免收复印费21元", "pages beside 元: a per-page fee (0.5元) not stated as a rate")
