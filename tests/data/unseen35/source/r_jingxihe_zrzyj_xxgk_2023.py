from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("jingxihe-zrzyj-xxgk-2023", "txt", "靖西河县自然资源局", 2024,
             kind="靖西河县自然资源局2023年政府信息公开工作年度报告 (2024, 政府信息公开, 广西 县 部门)",
             shape="txt copied from a web page; the national table space-aligned with group labels on their own lines, 上年结转 1 (T; a planted 不予公开 第三方 cell of 商业企业), prose: 征地 信息 公开 with 分别 (B), 不动产 登记 (F), 主动公开 (F), 新收 + 结转 = 办结 (F), 申请 比上年 (A), 予以公开 + 部分公开 share (C), 复议 1 诉讼 2 (T) restated (H)")
lv = {"gk": [16, 3, 0, 0, 0, 0], "bf": [5, 1, 0, 0, 0, 0], "n4": [2, 2, 0, 0, 0, 0], "n7": [1, 0, 0, 0, 0, 0],
      "w1": [10, 2, 0, 0, 0, 0], "w3": [2, 0, 0, 0, 0, 0], "c1": [4, 0, 0, 0, 0, 0], "c5": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[1, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt", typo={("n4", 1): 1})
fy, frels = fy_table([1, 0, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
dn = data["new"]
ok = 19 + 6
rep.text = f"""靖西河县自然资源局2023年政府信息公开工作年度报告

　　根据《中华人民共和国政府信息公开条例》和县人民政府办公室有关要求，靖西河县自然资源局编制了2023年政府信息公开工作年度报告。报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。

　　一、总体情况

　　（一）主动公开。全年通过县人民政府门户网站主动公开政府信息{218 + 96 + 64 + 41}条，其中征地信息218条、规划信息96条、矿产资源信息64条、其他信息41条。公开的征地信息中，征收土地预公告72条、征地补偿安置方案公告74条、征收土地公告72条，分别涉及集体土地2,364.8亩、2,412.5亩和2,364.8亩。

　　全年办理不动产登记业务18,426件，其中首次登记2,138件、转移登记9,874件、抵押登记5,016件、变更及其他登记1,398件，登记结果均通过不动产登记信息查询系统向权利人公开。

　　（二）依申请公开。全年新收政府信息公开申请{new}件，比上年的34件增长{gr(new, 34)}%，其中自然人{dn[0]}件、商业企业{dn[1]}件；加上2022年结转1件，全年办结{tot}件，无结转下年度申请。办结件中，予以公开19件，部分公开6件，合计{ok}件，占办结总数的{pc(ok, tot)}%；不予公开5件；无法提供14件；不予处理5件。申请内容主要集中在征地补偿（占六成左右）和不动产登记信息。

　　（三）政府信息管理。局办公室负责信息公开日常工作，全年审核拟公开信息431条。

　　（四）平台建设和监督保障。全年开展政务公开培训2期，培训干部86人次。

　　二、主动公开政府信息情况

　　本年制发规范性文件0件。作出行政许可决定327件，行政处罚决定41件，行政强制决定3件。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　全年因政府信息公开被申请行政复议1件，结果维持；被提起行政诉讼2件，其中维持1件、尚未审结1件。

　　五、存在的主要问题及改进情况

　　征地信息“三公告”公开时间衔接不够紧密，部分公告发布晚于规定时限。2024年将建立征地信息发布台账。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。联系电话：0776-6221 485。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(419, [218, 96, 64, 41], span(t, "主动公开政府信息419条", "其他信息41条"), "F"),
    S(218, [72, 74, 72], span(t, "征地信息218条", "征收土地公告72条"), "F"),
    S(18426, [2138, 9874, 5016, 1398], span(t, "不动产登记业务18,426件", "变更及其他登记1,398件"), "F"),
    C(new, float(gr(new, 34)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 34)}%"), "A", prev=34),
    S(new, [dn[0], dn[1]], span(t, f"新收政府信息公开申请{new}件", f"商业企业{dn[1]}件"), "F"),
    S(tot, [new, 1], span(t, f"新收政府信息公开申请{new}件", f"全年办结{tot}件"), "F"),
    S(ok, [19, 6], span(t, "予以公开19件", f"合计{ok}件"), "F"),
    R(ok, tot, float(pc(ok, tot)), span(t, f"全年办结{tot}件", f"占办结总数的{pc(ok, tot)}%"), "C"),
    S(tot, [19, 6, 5, 14, 5], span(t, f"全年办结{tot}件", "不予处理5件"), "F"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
    S(2, [1, 1], span(t, "被提起行政诉讼2件", "尚未审结1件"), "F"),
)
rep.never("分别涉及集体土地2,364.8亩、2,412.5亩和2,364.8亩", "areas of three notices of the same land: not a sum")
rep.never("占六成左右", "a rough share with no count")
rep.never("行政许可决定327件", "licences, not applications")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 419, '条', '主动公开政府信息419条')
rep.metric('disclosure.requests', 48, '件', '全年新收政府信息公开申请48件')
rep.metric('disclosure.carried_in', 1, '件', '加上2022年结转1件')
rep.metric('disclosure.closed', 49, '件', '全年办结49件')
rep.metric('normative_docs.issued', 0, '件', '本年制发规范性文件0件')
rep.metric('penalties.count', 41, '件', '行政处罚决定41件')
rep.metric('reconsideration.count', 1, '件', '全年因政府信息公开被申请行政复议1件')
rep.metric('litigation.count', 2, '件', '被提起行政诉讼2件')
