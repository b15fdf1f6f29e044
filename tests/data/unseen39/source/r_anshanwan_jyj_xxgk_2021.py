from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u39 import addt, gk, gr, n, pc, tot6, tgrid

rep = Report("anshanwan-jyj-xxgk-2021", "txt", "鞍山湾市铁东河区教育局", 2022,
             kind="铁东河区教育局2021年政府信息公开工作年度报告 (2022, 政府信息公开, 辽宁 区 部门, 2021 template)",
             shape="txt copied from a web page; the 2021 national table space-aligned (T; 结转下年度 2; a planted 予以公开 总计), the 复议/诉讼 table (T), a space-aligned table of 学段 with 学校 / 在校生 / 招生 and a 合计 row (T: column sums; a planted 在校生 合计), prose: 主动公开 parts after 其中 with the total first (F), 招生 信息 share (C), 资助 金额 with 人均 (G), 依申请 with the delta and % (A), 办结 restated (H), 同比 (O); 电话 and 校区 as traps")
lv = {"gk": [33, 0, 0, 0, 0, 2], "bf": [4, 0, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0], "w1": [12, 0, 0, 0, 0, 1],
      "c1": [7, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]}
data = gk(lv, fwd=[2, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt", typo={("gk", 6): 36})
fyt, frels = fy_table([0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
st = [("幼儿园", 46, 9842, 3318), ("小学", 21, 26471, 4306), ("初中", 9, 12385, 4127), ("九年一贯制学校", 3, 4196, 598)]
S1, S2, S3 = (sum(x[i] for x in st) for i in (1, 2, 3))
rows = [[x[0], str(x[1]), n(x[2]), n(x[3])] for x in st] + [["合计", str(S1), n(S2 + 90), n(S3)]]
stab, srels, srt = tgrid(["学段", "学校（所）", "在校生（人）", "招生（人）"], rows, "txt", col_sums=(1, 2, 3))
rep.text = f"""铁东河区教育局2021年政府信息公开工作年度报告

来源：铁东河区教育局　　发布时间：2022-01-25

　　本报告依据《中华人民共和国政府信息公开条例》要求编制，统计期限为2021年1月1日至12月31日。

　　一、总体情况

　　（一）主动公开。2021年，我局在区政府网站“教育信息公开”专栏主动公开信息1,052条，其中招生入学信息236条、学生资助信息118条、教育收费信息74条、校园安全信息167条、教育动态信息457条。招生入学信息占{pc(236, 1052)}%，是群众关注度最高的内容。

　　全区各级各类学校基本情况如下：

{stab}

　　学生资助方面，全年发放各类学生资助资金486.72万元，同比增长{gr(486.72, 451.36)}%，受助学生4,318人次，人均{pc(486.72, 4318, 0, 10000)}元。

　　（二）依申请公开。全年新收政府信息公开申请{new}件，比上年增加{new - 48}件，增长{gr(new, 48)}%，主要涉及学区划分、民办学校收费和教师招聘。本年办结{tot}件，结转下年度继续办理2件。

　　（三）平台建设。完成全区82所学校（幼儿园）信息公开专栏的统一改版。

　　二、主动公开政府信息情况

　　行政规范性文件：本年制发1件，废止0件，现行有效7件。
　　行政许可：本年处理决定数量38件（民办学校办学许可）。
　　行政处罚：本年处理决定数量2件。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fyt}

　　五、存在的主要问题及改进情况

　　一是学校层面公开内容不够规范；二是部分学校一校多址（全区共有校区97个），公开栏设置不统一。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。咨询电话：0412-2368810。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
addt(rep, srels)
rep.add(
    S(1052, [236, 118, 74, 167, 457], span(t, "主动公开信息1,052条", "教育动态信息457条"), "F"),
    R(236, 1052, float(pc(236, 1052)), span(t, "主动公开信息1,052条", f"招生入学信息占{pc(236, 1052)}%"), "C"),
    C(486.72, float(gr(486.72, 451.36)), span(t, "学生资助资金486.72万元", f"同比增长{gr(486.72, 451.36)}%")),
    R(486.72, 4318, int(pc(486.72, 4318, 0, 10000)), span(t, "学生资助资金486.72万元", f"人均{pc(486.72, 4318, 0, 10000)}元"), "G", per=10000),
    C(new, float(gr(new, 48)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 48)}%"), "O"),
    S(new, [tot, 2], span(t, f"新收政府信息公开申请{new}件", "结转下年度继续办理2件"), "F"),
    E([tot, tot], span(t, f"本年办结{tot}件", rt["tot"]), "H"),
)
rep.never("受助学生4,318人次", "人次, in the 人均 only")
rep.never("82所学校（幼儿园）", "a count of schools, not the table's 79 (a different scope)")
rep.never("校区97个", "a count of sites")
rep.never("现行有效7件", "a stock")
rep.never("0412-2368810", "a phone number")
rep.metric("disclosure.proactive", 1052, "条", "主动公开信息1,052条")
rep.metric("disclosure.requests", new, "件", f"全年新收政府信息公开申请{new}件")
rep.metric("disclosure.closed", tot, "件", f"本年办结{tot}件")
rep.metric("disclosure.carried_forward", 2, "件", "结转下年度继续办理2件")
rep.metric("normative_docs.issued", 1, "件", "本年制发1件")
