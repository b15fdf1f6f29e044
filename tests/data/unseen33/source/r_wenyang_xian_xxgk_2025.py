from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tot6, tsv_rows

rep = Report("wenyang-xian-xxgk-2025", "docx", "汶阳县人民政府办公室", 2026, dest="enc",
             kind="汶阳县2025年政府信息公开工作年度报告 (2026, 政府信息公开, 县 whole county, .docx)",
             shape=".docx; the national table as a Word table (T; a planted 无法提供 cell of 商业企业), prose: 主动公开 by 领域 with 分别 (B), 政策解读 (F), 依申请 with 上年结转/结转下年 (H), 予以公开 share (C), 同比 (O), 乡镇 and 部门 申请 (F), 复议/诉讼 as prose and a Word table (T)")
lv = {"gk": [63, 12, 0, 1, 2, 1], "bf": [14, 3, 0, 0, 0, 0], "n3": [1, 0, 0, 0, 0, 0], "n4": [5, 1, 0, 0, 0, 0],
      "n6": [3, 0, 0, 0, 0, 0], "w1": [27, 4, 0, 0, 1, 0], "w2": [4, 1, 0, 0, 0, 0], "w3": [2, 0, 0, 0, 0, 0],
      "c1": [9, 0, 0, 0, 0, 0], "c2": [6, 1, 0, 0, 0, 0], "o1": [7, 0, 0, 0, 0, 0]}
data = gk(lv, old=[5, 1, 0, 0, 0, 0], fwd=[6, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "tsv", typo={("w1", 1): 7}, note="本机关不掌握 商业企业 4 printed 7: its row and the 商业企业 column break")
fy, frels = fy_table([4, 2, 0, 1], [3, 1, 0, 0], [1, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
gkn = sum(lv["gk"])
rep.docx_blocks = [tsv_rows(tab)]
rep.text = f"""汶阳县2025年政府信息公开工作年度报告
本报告由汶阳县人民政府办公室根据《中华人民共和国政府信息公开条例》和全县各乡镇（街道）、县政府各部门年度报告汇总编制。本报告电子版可在汶阳县人民政府网站（www.wenyang.gov.cn）下载。
一、总体情况
（一）主动公开。2025年全县主动公开政府信息15,842条，同比增长{gr(15842, 14371)}%。按领域分，财政预决算、重大建设项目、公共资源配置、社会救助、生态环境五个重点领域分别公开2,416条、1,208条、3,862条、1,574条和942条，合计10,002条，占主动公开总量的{pc(10002, 15842)}%。全年开展政策解读124篇，其中文字解读58篇、图文解读41篇、视频解读25篇。
（二）依申请公开。全年新收政府信息公开申请{new}件，同比增长{gr(new, 142)}%；上年结转6件，全年应办理{new + 6}件。全年办结{tot}件，结转下年度继续办理6件。其中县政府本级收到申请23件，县政府部门收到{new - 23 - 38}件，乡镇（街道）收到38件。办结件中予以公开{gkn}件，占{pc(gkn, tot)}%；部分公开17件；无法提供39件，主要是申请人要求提供的信息本机关不掌握。
（三）政府信息管理。全年开展公开前保密审查1.86万条次，未发生泄密事件。
二、收到和处理政府信息公开申请情况
@@TABLE 0
三、政府信息公开行政复议、行政诉讼情况
全年因政府信息公开被申请行政复议7件，结果维持4件、结果纠正2件、尚未审结1件；被提起行政诉讼5件，其中未经复议直接起诉4件、复议后起诉1件。
四、存在的主要问题及改进情况
部分乡镇公开专栏栏目设置不统一，依申请公开答复时限把握不严，有2件答复超期。2026年将推行依申请公开“一案一档”管理。
五、其他需要报告的事项
本年度全县未收取信息处理费。
汶阳县人民政府办公室
2026年1月28日
"""
flat = rep.text.replace("@@TABLE 0", tab)
addt(rep, trels)
rep.add(
    C(15842, float(gr(15842, 14371)), span(flat, "主动公开政府信息15,842条", f"同比增长{gr(15842, 14371)}%")),
    S(10002, [2416, 1208, 3862, 1574, 942], span(flat, "分别公开2,416条", "合计10,002条"), "B"),
    R(10002, 15842, float(pc(10002, 15842)), span(flat, "主动公开政府信息15,842条", f"占主动公开总量的{pc(10002, 15842)}%"), "C"),
    S(124, [58, 41, 25], span(flat, "政策解读124篇", "视频解读25篇"), "F"),
    C(new, float(gr(new, 142)), span(flat, f"全年新收政府信息公开申请{new}件", f"同比增长{gr(new, 142)}%")),
    E([new, new], span(flat, f"全年新收政府信息公开申请{new}件", rt["new"]), "H"),
    S(new + 6, [new, 6], span(flat, f"全年新收政府信息公开申请{new}件", f"全年应办理{new + 6}件"), "F"),
    S(new + 6, [tot, 6], span(flat, f"全年应办理{new + 6}件", "结转下年度继续办理6件"), "H"),
    S(new, [23, new - 61, 38], span(flat, f"全年新收政府信息公开申请{new}件", "乡镇（街道）收到38件"), "F"),
    E([tot, tot], span(flat, f"全年办结{tot}件", rt["tot"]), "H"),
    R(gkn, tot, float(pc(gkn, tot)), span(flat, f"全年办结{tot}件", f"占{pc(gkn, tot)}%"), "C"),
    S(7, [4, 2, 1], span(flat, "被申请行政复议7件", "尚未审结1件"), "F"),
    S(5, [4, 1], span(flat, "被提起行政诉讼5件", "复议后起诉1件"), "F"),
)
rep.never("有2件答复超期", "no rate stated")
rep.never("保密审查1.86万条次", "条次 of a review, not the 15,842 published")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 15842, '条', '2025年全县主动公开政府信息15,842条')
rep.metric('disclosure.interpretations', 124, '篇', '全年开展政策解读124篇')
rep.metric('disclosure.requests', 168, '件', '全年新收政府信息公开申请168件')
rep.metric('disclosure.carried_in', 6, '件', '上年结转6件')
rep.metric('disclosure.closed', 168, '件', '全年办结168件')
rep.metric('disclosure.carried_forward', 6, '件', '结转下年度继续办理6件')
rep.metric('reconsideration.count', 7, '件', '全年因政府信息公开被申请行政复议7件')
rep.metric('litigation.count', 5, '件', '被提起行政诉讼5件')
