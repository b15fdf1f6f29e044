from common import C, E, R, Report, S, span
from tables import gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("zixiwan-xiang-xxgk-2022", "txt", "铅川县紫溪湾乡人民政府", 2023,
             kind="紫溪湾乡人民政府2022年政府信息公开工作年度报告 (2023, 政府信息公开, 江西 乡)",
             shape="txt copied from a Word file: the national table with tab-separated cells (T), a 乡 with five applications, 主动公开 by 栏目 (F) and by 村 (F), 惠民 资金 一卡通 发放 with 分别 (B, one planted total), 脱贫 人口 监测 (traps), 申请 比上年 持平 (A), 予以公开 share (C), 复议/诉讼 stated 0 in prose")
lv = {"gk": [2, 0, 0, 0, 0, 0], "w1": [2, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "tsv")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""紫溪湾乡人民政府2022年政府信息公开工作年度报告

　　本报告依据《中华人民共和国政府信息公开条例》编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。

　　一、总体情况

　　2022年，我乡在铅川县人民政府门户网站“乡镇专栏”主动公开信息186条，其中工作动态74条、通知公告39条、惠农补贴48条、人事信息25条。全乡9个行政村、1个社区全年通过村（居）务公开栏公开信息412条，其中紫溪村58条、湾里村47条，其余8个村（社区）共307条。

　　全年通过“一卡通”发放惠民惠农补贴资金1,262.38万元，分别为耕地地力保护补贴386.52万元、城乡居民最低生活保障金415.60万元、特困人员救助供养金108.74万元、困难残疾人生活补贴和重度残疾人护理补贴96.18万元、高龄津贴63.34万元、其他补贴191.00万元。

　　全乡纳入防止返贫动态监测户27户96人，脱贫户1,146户4,318人。

　　全年收到政府信息公开申请{new}件，与上年（5件）持平，增长{gr(new, 5)}%。办结{tot}件，其中予以公开2件，占{pc(2, tot)}%；本机关不掌握相关政府信息2件；信访举报投诉类申请1件，已转乡综治中心办理。

　　二、主动公开政府信息情况

　　本年度我乡未制发规范性文件。作出行政处罚决定3件（均为森林防火类），无行政许可和行政强制事项。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

　　本年度我乡未发生因政府信息公开申请引起的行政复议和行政诉讼，行政复议和行政诉讼数量均为0。

　　五、存在的主要问题及改进情况

　　政务公开专职人员少，村级公开栏内容更新不及时。2023年将为9个行政村和1个社区各确定1名信息员。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。乡党政办电话：0793-5021 736。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(186, [74, 39, 48, 25], span(t, "主动公开信息186条", "人事信息25条"), "F"),
    S(412, [58, 47, 307], span(t, "公开信息412条", "共307条"), "F"),
    S(1262.38, [386.52, 415.60, 108.74, 96.18, 63.34, 191.00], span(t, "补贴资金1,262.38万元", "其他补贴191.00万元"), "B",
      bad="the six items add to 1,261.38, the total prints 1,262.38 (planted)"),
    C(new, 0.0, span(t, f"收到政府信息公开申请{new}件", f"增长{gr(new, 5)}%"), "A", prev=5),
    S(tot, [2, 2, 1], span(t, f"办结{tot}件", "信访举报投诉类申请1件"), "F"),
    R(2, tot, float(pc(2, tot)), span(t, f"办结{tot}件", f"占{pc(2, tot)}%"), "C"),
    E([new, new], span(t, f"收到政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"办结{tot}件", rt["tot"]), "H"),
)
rep.never("防止返贫动态监测户27户96人，脱贫户1,146户4,318人", "households and persons: no relation")
rep.never("9个行政村、1个社区", "places, not a relation asked for")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 186, '条', '主动公开信息186条')
rep.metric('disclosure.requests', 5, '件', '全年收到政府信息公开申请5件')
rep.metric('disclosure.closed', 5, '件', '办结5件')
rep.metric('penalties.count', 3, '件', '作出行政处罚决定3件')
