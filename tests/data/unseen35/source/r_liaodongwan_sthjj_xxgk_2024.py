from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, pdf_table, tot6

rep = Report("liaodongwan-sthjj-xxgk-2024", "txt", "辽东湾市生态环境局", 2025, wrap=34, page_every=26,
             page_style="第 {n} 页", header="辽东湾市生态环境局2024年政府信息公开工作年度报告",
             kind="辽东湾市生态环境局2024年政府信息公开工作年度报告 (2025, 政府信息公开, 辽宁 市级部门)",
             shape="PDF copy wrapped at 34 with 第 n 页 footers and a running header; the national table space-aligned with long labels broken over two lines (T; 上年结转 2, a planted 部分公开 cell of 社会公益组织), prose: 新收 + 结转 = 办结 + 结转 (F), applicants by type (F), 主动公开 by 类别 with 分别 (B), 环评 审批 公开 (F), 行政处罚 案件 with 比上年 (A), 予以公开 share (C), 分局 counts (F), 优良天数 比例 over 366 days (a trap)")
lv = {"gk": [14, 3, 0, 2, 0, 0], "bf": [4, 2, 0, 2, 0, 0], "n4": [1, 1, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
      "w1": [9, 1, 0, 0, 0, 0], "w2": [2, 0, 0, 0, 0, 0], "c1": [3, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0],
      "o3": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[2, 0, 0, 0, 0, 0], fwd=[1, 0, 0, 1, 0, 0])
tab, trels, rt = gk_table(data, "txt", typo={("bf", 3): 3})
tab = pdf_table(tab)
rt = {k: pdf_table(v) for k, v in rt.items()}
fy, frels = fy_table([2, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
dn = data["new"]
rep.text = f"""辽东湾市生态环境局2024年政府信息公开工作年度报告

　　本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。本报告电子版可在辽东湾市人民政府门户网站和辽东湾市生态环境局网站查阅和下载。

　　一、总体情况

　　（一）主动公开情况。2024年，我局主动公开政府信息1,276条，分别为机构职能12条、政策文件41条、环境质量信息366条、建设项目环评信息428条、行政执法信息297条、工作动态132条。其中建设项目环评信息包括环评文件受理公示154条、拟审批公示139条、审批决定公告135条。全市2024年空气质量优良天数为318天，优良天数比例为86.9%，比上年提高2.1个百分点。

　　全年作出环境行政处罚决定87件，比上年的104件下降{gr(87, 104)}%，罚没款金额1,164.5万元，处罚决定书全部在作出之日起7个工作日内公开。局属6个区县分局和2个直属分局全部设立公开专栏，8个分局全年公开信息2,914条。

　　（二）依申请公开情况。全年新收政府信息公开申请{new}件，其中自然人{dn[0]}件、商业企业{dn[1]}件、社会公益组织{dn[3]}件。上年结转2件，合计需办理{new + 2}件；本年办结{tot}件，结转下年度继续办理2件。办结的申请中，予以公开19件，部分公开8件，两项合计27件，占{pc(27, tot)}%。

　　（三）政府信息管理情况。严格落实信息发布前保密审查，全年审查拟公开信息1,302条，未发生泄密事件。

　　（四）平台建设情况。局网站全年访问量48.6万人次，“辽东湾生态环境”微信公众号发布信息612条。

　　（五）监督保障情况。将政务公开纳入局机关各处室和分局年度考核，考核权重为3%。

　　二、主动公开政府信息情况

　　本年制发行政规范性文件2件，废止1件，现行有效11件。行政许可286件，行政处罚87件，行政强制4件。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　五、存在的主要问题及改进情况

　　一是部分分局环境执法信息公开的时效性不足；二是依申请公开答复文书的说理性有待加强。2025年将建立分局公开情况月通报制度。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。本年度收到人大代表建议11件、政协委员提案14件，均已办结。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(1276, [12, 41, 366, 428, 297, 132], span(t, "主动公开政府信息1,276条", "工作动态132条"), "B"),
    S(428, [154, 139, 135], span(t, "环评信息428条", "审批决定公告135条"), "F"),
    C(87, -float(gr(87, 104)), span(t, "行政处罚决定87件", f"下降{gr(87, 104)}%"), "A", prev=104),
    S(new, [dn[0], dn[1], dn[3]], span(t, f"新收政府信息公开申请{new}件", f"社会公益组织{dn[3]}件"), "F"),
    S(new + 2, [new, 2], span(t, f"新收政府信息公开申请{new}件", f"合计需办理{new + 2}件"), "F"),
    S(new + 2, [tot, 2], span(t, f"合计需办理{new + 2}件", "继续办理2件"), "F"),
    S(27, [19, 8], span(t, "予以公开19件", "两项合计27件"), "F"),
    R(27, tot, float(pc(27, tot)), span(t, f"本年办结{tot}件", f"占{pc(27, tot)}%"), "C"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"本年办结{tot}件", rt["tot"]), "H"),
    E([87, 87], span(t, "行政处罚决定87件", "行政处罚87件"), "H"),
)
rep.never("优良天数为318天，优良天数比例为86.9%", "over 366 days of a leap year: the base is not printed")
rep.never("比上年提高2.1个百分点", "last year's rate is not printed")
rep.never("8个分局全年公开信息2,914条", "the 分局's own items, not part of the 局's 1,276")
rep.never("审查拟公开信息1,302条", "items reviewed, not items published")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 1276, '条', '我局主动公开政府信息1,276条')
rep.metric('penalties.count', 87, '件', '全年作出环境行政处罚决定87件')
rep.metric('penalties.amount', 1164.5, '万元', '罚没款金额1,164.5万元')
rep.metric('disclosure.requests', 49, '件', '全年新收政府信息公开申请49件')
rep.metric('disclosure.carried_in', 2, '件', '上年结转2件')
rep.metric('disclosure.closed', 49, '件', '本年办结49件')
rep.metric('disclosure.carried_forward', 2, '件', '结转下年度继续办理2件')
rep.metric('normative_docs.issued', 2, '件', '本年制发行政规范性文件2件')
