from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u39 import addt, gk, gr, n, pc, tot6

rep = Report("linyihe-sfj-xxgk-2022", "txt", "临沂河市司法局", 2023, wrap=36, page_every=18, page_style="— {n} —",
             kind="临沂河市司法局2022年政府信息公开工作年度报告 (2023, 政府信息公开, 山东 市级部门, 2021 template)",
             shape="PDF copy wrapped at 36 with — n — footers; the 2021 national table space-aligned (T; 上年结转 3, 结转下年度 2; consistent), the 复议/诉讼 table (T), prose: 主动公开 with shares stated before the parts (C), 法律援助 案件 by 类型 (F) with 同比 (O), 人民调解 成功率 over 受理 (C), 公证 (F), 依申请 parts after 分别 (B), 新收 + 结转 balance (F), 比上年 with the previous (A); 律所 and 律师 counts as traps")
lv = {"gk": [24, 2, 0, 0, 1, 0], "bf": [7, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0], "n7": [2, 0, 0, 0, 0, 0],
      "w1": [13, 1, 0, 0, 0, 0], "w2": [2, 0, 0, 0, 0, 0], "c1": [5, 0, 0, 0, 0, 0], "c4": [1, 0, 0, 0, 0, 0],
      "o1": [2, 0, 0, 0, 0, 0]}
data = gk(lv, old=[3, 0, 0, 0, 0, 0], fwd=[2, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt")
fyt, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
nat, biz, law = data["new"][0], data["new"][1], data["new"][4]
aid = [("民事案件", 4126), ("刑事案件", 2317), ("行政案件", 86)]
A = sum(a[1] for a in aid)
rep.text = f"""临沂河市司法局2022年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》，现公布临沂河市司法局2022年政府信息公开工作年度报告。本报告所列数据统计期限自2022年1月1日起至2022年12月31日止。

　　一、总体情况

　　（一）主动公开。全年主动公开政府信息1,673条。从结构看，法律服务信息占{pc(612, 1673)}%，普法宣传信息占{pc(538, 1673)}%，其余为机构职能、规划计划和政务动态信息。具体为法律服务信息612条、普法宣传信息538条、机构职能及规划计划信息97条、政务动态信息426条。

　　全年办理法律援助案件{n(A)}件，同比增长{gr(A, 6187)}%，其中民事案件{n(4126)}件、刑事案件{n(2317)}件、行政案件{86}件；为受援人挽回经济损失1.37亿元。全市共有律师事务所112家、执业律师1,846人。

　　全市人民调解组织全年受理矛盾纠纷18,462件，调解成功18,027件，调解成功率{pc(18027, 18462)}%。全市公证机构办理公证事项23,518件，其中国内民事公证17,264件、涉外公证4,931件、经济类公证1,323件。

　　（二）依申请公开。全年新收政府信息公开申请{new}件，其中自然人、商业企业、法律服务机构分别提出{nat}件、{biz}件、{law}件，比上年的{new - 7}件增长{gr(new, new - 7)}%。上年结转3件，本年办结{tot}件，结转下年度2件。

　　二、主动公开政府信息情况

　　行政规范性文件本年制发2件，废止1件，现行有效11件。行政许可本年处理决定数量426件。行政处罚本年处理决定数量9件。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fyt}

　　五、存在的主要问题及改进情况

　　法律服务信息的公开主要以文字为主，查询不够便捷。2023年将上线“法律服务地图”，覆盖全市112家律师事务所和157个公共法律服务工作站（室）。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。

　　临沂河市司法局
　　2023年1月19日
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(1673, [612, 538, 97, 426], span(t, "主动公开政府信息1,673条", "政务动态信息426条"), "F"),
    R(612, 1673, float(pc(612, 1673)), span(t, "主动公开政府信息1,673条", "法律服务信息612条"), "C"),
    R(538, 1673, float(pc(538, 1673)), span(t, "主动公开政府信息1,673条", "普法宣传信息538条"), "C"),
    S(A, [4126, 2317, 86], span(t, f"法律援助案件{n(A)}件", "行政案件86件"), "F"),
    C(A, float(gr(A, 6187)), span(t, f"法律援助案件{n(A)}件", f"同比增长{gr(A, 6187)}%")),
    R(18027, 18462, float(pc(18027, 18462)), span(t, "受理矛盾纠纷18,462件", f"调解成功率{pc(18027, 18462)}%"), "C"),
    S(23518, [17264, 4931, 1323], span(t, "公证事项23,518件", "经济类公证1,323件"), "F"),
    S(new, [nat, biz, law], span(t, f"新收政府信息公开申请{new}件", f"{law}件"), "B"),
    C(new, float(gr(new, new - 7)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, new - 7)}%"), "A", prev=new - 7),
    S(new, [tot, 2, -3], span(t, f"新收政府信息公开申请{new}件", "结转下年度2件"), "F"),
    E([tot, tot], span(t, f"本年办结{tot}件", rt["tot"]), "H"),
)
rep.never("律师事务所112家、执业律师1,846人", "counts of firms and lawyers")
rep.never("挽回经济损失1.37亿元", "a sum in no relation")
rep.never("157个公共法律服务工作站（室）", "a count of sites")
rep.never("现行有效11件", "a stock")
rep.metric("disclosure.proactive", 1673, "条", "全年主动公开政府信息1,673条")
rep.metric("disclosure.requests", new, "件", f"全年新收政府信息公开申请{new}件")
rep.metric("disclosure.carried_in", 3, "件", "上年结转3件")
rep.metric("disclosure.closed", tot, "件", f"本年办结{tot}件")
rep.metric("disclosure.carried_forward", 2, "件", "结转下年度2件")
rep.metric("normative_docs.issued", 2, "件", "行政规范性文件本年制发2件")
rep.metric("penalties.count", 9, "件", "行政处罚本年处理决定数量9件")
