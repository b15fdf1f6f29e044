from common import C, E, R, Report, S, span
from tables import fy_table
from u39 import addt, gk19, gr, pc

rep = Report("wanninghe-xian-xxgk-2020", "txt", "万宁河县人民政府办公室", 2021, enc="gbk", dest="enc",
             kind="万宁河县人民政府2020年政府信息公开工作年度报告 (2021, 政府信息公开, 海南 县, 2019 template, GBK)",
             shape="GBK txt; the 2019 national table space-aligned with group labels on their own lines (T; 上年结转 2; a planted 部分公开 自然人 cell), the 复议/诉讼 table (T), prose: 主动公开 by 类别 as '一是…二是…三是…' (F) with the total last, 疫情防控 信息 share (C), 依申请 with the applicant parts after 分别 (B), 比上年 (A), 办结 restated (H), 旅游 投诉 公开 (F); 岛屿 and 海岸线 as traps")
lv = {"gk": [46, 6, 0, 0, 0, 2], "bf": [8, 1, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0], "n8": [1, 0, 0, 0, 0, 0],
      "w1": [17, 2, 0, 0, 0, 0], "w2": [4, 0, 0, 0, 0, 0], "c1": [6, 1, 0, 0, 0, 0], "c3": [1, 0, 0, 0, 0, 0],
      "oth": [2, 0, 0, 0, 0, 0]}
tab, trels, rt, full = gk19(lv, "txt", old=[2, 0, 0, 0, 0, 0], typo={("bf", 0): 9})
fyt, frels = fy_table([1, 0, 0, 0], [1, 0, 1, 0], [0, 0, 0, 0], "txt")
new, tot = full["new"][6], full["tot"][6]
nat, biz, oth = full["new"][0], full["new"][1], full["new"][5]
rep.text = f"""万宁河县人民政府2020年政府信息公开工作年度报告

　　本报告根据《中华人民共和国政府信息公开条例》规定编制，数据统计期限为2020年1月1日至2020年12月31日。县政府门户网站网址：www.wanninghe.gov.cn。

　　一、总体情况

　　2020年，县政府办公室统筹疫情防控和经济社会发展信息公开，全年主动公开政府信息2,937条。一是公开疫情防控信息874条，包括每日疫情通报、复工复产政策和防控指引；二是公开自贸港建设政策及解读信息326条；三是公开财政预决算、重大项目、脱贫攻坚等重点领域信息1,105条；四是公开政务动态信息632条。疫情防控信息占全年主动公开信息的{pc(874, 2937)}%。

　　旅游投诉处理结果公开方面，全年公开处理结果219件，其中涉及景区的84件、酒店民宿的71件、旅行社及导游的64件。

　　全年新收政府信息公开申请{new}件，自然人、商业企业和其他组织分别提出{nat}件、{biz}件和{oth}件；比上年的{new - 14}件增加14件，增长{gr(new, new - 14)}%。加上2019年结转的2件，全年办结{tot}件。

　　二、主动公开政府信息情况

　　规章：本年新制作0件，本年新公开0件，对外公开总数量0件。
　　规范性文件：本年新制作5件，本年新公开5件，对外公开总数量62件。
　　行政许可：上一年项目数量287项，本年增/减-12项，处理决定数量6,128件。
　　行政处罚：上一年项目数量945项，本年增/减+21项，处理决定数量537件。
　　行政事业性收费：上一年项目数量19项，本年增/减-2项，收费金额864.3万元。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fyt}

　　五、存在的主要问题及改进情况

　　我县陆域面积1,883.5平方公里，海岸线109公里，所辖12个乡镇公开专栏建设水平不一。下一步将对乡镇专栏实行月度通报。

　　六、其他需要报告的事项

　　无。

　　万宁河县人民政府办公室
　　2021年1月28日
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(2937, [874, 326, 1105, 632], span(t, "主动公开政府信息2,937条", "政务动态信息632条"), "F"),
    R(874, 2937, float(pc(874, 2937)), span(t, "主动公开政府信息2,937条", f"的{pc(874, 2937)}%"), "C"),
    S(219, [84, 71, 64], span(t, "公开处理结果219件", "旅行社及导游的64件"), "F"),
    S(new, [nat, biz, oth], span(t, f"新收政府信息公开申请{new}件", f"{oth}件"), "B"),
    C(new, float(gr(new, new - 14)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, new - 14)}%"), "A", prev=new - 14),
    S(tot, [new, 2], span(t, f"新收政府信息公开申请{new}件", f"全年办结{tot}件"), "F"),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
)
rep.never("对外公开总数量62件", "a stock, not 新制作 + 新公开")
rep.never("上一年项目数量287项，本年增/减-12项", "this year's count of items is not printed")
rep.never("海岸线109公里", "a length")
rep.never("所辖12个乡镇", "a count of places")
rep.metric("disclosure.proactive", 2937, "条", "全年主动公开政府信息2,937条")
rep.metric("disclosure.requests", new, "件", f"全年新收政府信息公开申请{new}件")
rep.metric("disclosure.carried_in", 2, "件", "2019年结转的2件")
rep.metric("disclosure.closed", tot, "件", f"全年办结{tot}件")
rep.metric("penalties.count", 537, "件", "处理决定数量537件")
