from common import C, R, Report, S, span
from u39 import gr, pc

rep = Report("jinzhongwan-zhen-xxgk-2020", "txt", "灵石湾县静升湾镇人民政府", 2021,
             kind="静升湾镇人民政府2020年政府信息公开工作年度报告 (2021, 政府信息公开, 山西 镇, 2019 template)",
             shape="txt copied from a web page; the 2019 national table written as prose lines: the outcomes one a line with sub-items after 其中 and 包括, 以上合计 after its parts (F; a planted 无法提供 total), the applicant split 自然人 + 法人 (F), 新收 + 上年结转 = 办结 + 结转 stated in words (F), 予以公开 share over the 合计 (C), 比上年 in 个百分点 for the share (a sum, O); 主动公开 by 栏目 after 分别 (B), 村务 公开 (F), 惠农 资金 万元 with a share (C) and 户均 (G); 村 counts and 面积 as traps")
new, old, done, fwd = 23, 1, 22, 2
rep.text = f"""静升湾镇人民政府2020年政府信息公开工作年度报告

发布日期：2021-01-26　　来源：静升湾镇人民政府　　浏览次数：412

　　本报告由静升湾镇人民政府根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2020年1月1日至12月31日。

　　一、总体情况

　　静升湾镇辖21个行政村、2个社区，总面积186.4平方公里。2020年，镇政府在县政府门户网站“乡镇信息公开”专栏发布信息486条，分别为机构概况类34条、财政预决算类52条、惠农补贴类138条、脱贫攻坚类97条、工作动态类165条。

　　村务公开方面，全镇23个村（社区）全年公开村级事务1,842项，其中党务公开316项、村务公开1,107项、财务公开419项。

　　惠农资金方面，全年发放各类惠农补贴资金1,286.37万元，其中耕地地力保护补贴812.46万元，占{pc(812.46, 1286.37)}%；惠及农户5,926户，户均{pc(1286.37, 5926, 0, 10000)}元。

　　二、主动公开政府信息情况

　　本年新制作并公开规范性文件0件；本年处理行政处罚决定14件，较上年增加5件。

　　三、收到和处理政府信息公开申请情况

　　（一）收到申请情况。2020年本镇新收政府信息公开申请{new}件，比上年的16件增长{gr(new, 16)}%。其中自然人提出19件，法人或其他组织提出4件（商业企业3件、其他组织1件）。上年结转申请1件。

　　（二）办理结果情况。
　　1.予以公开12件；
　　2.部分公开3件；
　　3.不予公开1件，为保护第三方合法权益；
　　4.无法提供5件，其中本机关不掌握相关政府信息4件、没有现成信息需要另行制作2件；
　　5.不予处理1件，为重复申请；
　　6.其他处理0件。
　　以上合计办结{done}件，予以公开占{pc(12, done)}%，较上年提高4.3个百分点（上年为{float(pc(12, done)) - 4.3:.1f}%）。

　　（三）结转情况。新收{new}件加上年结转{old}件，共{new + old}件，本年办结{done}件，结转下年度继续办理{fwd}件。

　　四、政府信息公开行政复议、行政诉讼情况

　　2020年，本镇未发生因政府信息公开引起的行政复议和行政诉讼。

　　五、存在的主要问题及改进情况

　　一是部分村务公开栏内容陈旧，全镇仍有4个村的公开栏未完成更换；二是工作人员业务能力有待提高。2021年计划组织培训2次。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。

　　静升湾镇人民政府
　　2021年1月26日
"""
t = rep.text
pshare = float(pc(12, done))
rep.add(
    S(486, [34, 52, 138, 97, 165], span(t, "发布信息486条", "工作动态类165条"), "B"),
    S(1842, [316, 1107, 419], span(t, "公开村级事务1,842项", "财务公开419项"), "F"),
    R(812.46, 1286.37, float(pc(812.46, 1286.37)), span(t, "惠农补贴资金1,286.37万元", f"占{pc(812.46, 1286.37)}%"), "C"),
    R(1286.37, 5926, int(pc(1286.37, 5926, 0, 10000)), span(t, "惠农补贴资金1,286.37万元", f"户均{pc(1286.37, 5926, 0, 10000)}元"), "G", per=10000),
    C(new, float(gr(new, 16)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 16)}%"), "A", prev=16),
    S(new, [19, 4], span(t, f"新收政府信息公开申请{new}件", "法人或其他组织提出4件"), "F"),
    S(4, [3, 1], span(t, "法人或其他组织提出4件", "其他组织1件"), "F"),
    S(5, [4, 2], span(t, "无法提供5件", "另行制作2件"), "F", bad="4 + 2 = 6, the text prints 无法提供5件 (the planted 另行制作 2, true 1)"),
    S(done, [12, 3, 1, 5, 1, 0], span(t, "1.予以公开12件", f"以上合计办结{done}件"), "F"),
    R(12, done, pshare, span(t, "1.予以公开12件", f"予以公开占{pc(12, done)}%"), "C"),
    S(pshare, [round(pshare - 4.3, 1), 4.3], span(t, f"予以公开占{pc(12, done)}%", f"上年为{pshare - 4.3:.1f}%"), "O"),
    S(new + old, [new, old], span(t, f"新收{new}件加上年结转{old}件", f"共{new + old}件"), "F"),
    S(new + old, [done, fwd], span(t, f"共{new + old}件", f"继续办理{fwd}件"), "F"),
)
rep.never("辖21个行政村、2个社区", "counts of villages (the 23 村（社区） is their sum but a count of places)")
rep.never("总面积186.4平方公里", "an area")
rep.never("浏览次数：412", "page furniture")
rep.never("较上年增加5件", "last year's 处罚 count is not printed; a plain delta")
rep.never("计划组织培训2次", "a plan")
rep.metric("disclosure.proactive", 486, "条", "发布信息486条")
rep.metric("disclosure.requests", new, "件", f"本镇新收政府信息公开申请{new}件")
rep.metric("disclosure.carried_in", old, "件", "上年结转申请1件")
rep.metric("disclosure.closed", done, "件", f"本年办结{done}件")
rep.metric("disclosure.carried_forward", fwd, "件", f"结转下年度继续办理{fwd}件")
rep.metric("penalties.count", 14, "件", "本年处理行政处罚决定14件")
