from common import C, E, R, Report, S, span
from tables import gk_table
from u35 import addt, gk, gr, pc, tot6, tsv_rows

rep = Report("xingtaiwan-ybj-xxgk-2025", "docx", "邢川市医疗保障局", 2026, dest="enc",
             kind="邢川市医疗保障局2025年政府信息公开工作年度报告 (2026, 政府信息公开, 河北 市级部门, .docx)",
             shape=".docx; the national table as a Word table (T), prose: 主动公开 by 类别 with 分别 (B), 医保 基金 支出 with 其中 (F) and shares (C), 定点 机构 检查 (F), 追回 资金 (F), 依申请 with 上年结转 and 结转 (F), 比上年 (A), 予以公开 share (C), 参保 率 (a trap), 复议 0")
lv = {"gk": [26, 2, 0, 0, 0, 0], "bf": [7, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0], "w1": [14, 1, 0, 0, 0, 0],
      "w2": [2, 0, 0, 0, 0, 0], "c1": [9, 0, 0, 0, 0, 0], "c2": [3, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[2, 0, 0, 0, 0, 0], fwd=[1, 0, 0, 0, 0, 0])
tsv, trels, rt = gk_table(data, "tsv")
rep.docx_blocks = [tsv_rows(tsv)]
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""邢川市医疗保障局2025年政府信息公开工作年度报告
根据《中华人民共和国政府信息公开条例》，现公布邢川市医疗保障局2025年政府信息公开工作年度报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。
一、总体情况
（一）主动公开。全年在市政府门户网站和局网站主动公开政府信息586条，分别为政策法规47条、医保待遇112条、基金监管96条、医药价格和招采158条、经办服务121条、工作动态52条。
全年全市基本医疗保险基金支出68.42亿元，其中职工医保基金支出31.86亿元、城乡居民医保基金支出36.56亿元，城乡居民医保基金支出占{pc(36.56, 68.42)}%。全市基本医疗保险参保人数642.3万人，参保率稳定在95%以上。
全年检查定点医药机构4,126家，其中定点医疗机构1,873家、定点零售药店2,253家；处理违规机构612家，追回医保基金4,862.5万元，其中追回定点医疗机构4,104.8万元、定点零售药店757.7万元。
（二）依申请公开。全年新收政府信息公开申请{new}件，比上年的59件增长{gr(new, 59)}%；上年结转2件，办结{tot}件，结转下年度1件。办结件中予以公开28件，占{pc(28, tot)}%；部分公开7件；不予公开3件；无法提供17件；不予处理12件；其他处理1件。
（三）政府信息管理。全年审核拟公开信息603条。
（四）平台建设。“邢川医保”微信公众号全年推送信息418条，关注人数38.6万人。
二、主动公开政府信息情况
本年制发规范性文件4件，废止3件，现行有效22件。行政处罚决定27件。
三、收到和处理政府信息公开申请情况
@@TABLE 0
四、政府信息公开行政复议、行政诉讼情况
本年度未发生因政府信息公开引起的行政复议和行政诉讼。
五、存在的主要问题及改进情况
医药价格信息更新频次不高。2026年将按月公开集中带量采购中选结果执行情况。
六、其他需要报告的事项
本年度未收取信息处理费。医保服务热线：0319-12393。"""
t = rep.text.replace("@@TABLE 0", tsv)
addt(rep, trels)
rep.add(
    S(586, [47, 112, 96, 158, 121, 52], span(t, "主动公开政府信息586条", "工作动态52条"), "B"),
    S(68.42, [31.86, 36.56], span(t, "基金支出68.42亿元", "城乡居民医保基金支出36.56亿元"), "F"),
    R(36.56, 68.42, float(pc(36.56, 68.42)), span(t, "基金支出68.42亿元", f"占{pc(36.56, 68.42)}%"), "C"),
    S(4126, [1873, 2253], span(t, "定点医药机构4,126家", "定点零售药店2,253家"), "F"),
    S(4862.5, [4104.8, 757.7], span(t, "追回医保基金4,862.5万元", "定点零售药店757.7万元"), "F"),
    C(new, float(gr(new, 59)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 59)}%"), "A", prev=59),
    S(tot, [28, 7, 3, 17, 12, 1], span(t, f"办结{tot}件", "其他处理1件"), "F"),
    R(28, tot, float(pc(28, tot)), span(t, f"办结{tot}件", f"占{pc(28, tot)}%"), "C"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"办结{tot}件", rt["tot"]), "H"),
)
rep.never("参保率稳定在95%以上", "the base (应参保) is not printed")
rep.never("处理违规机构612家", "institutions handled, not a part of the checks")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 586, '条', '主动公开政府信息586条')
rep.metric('disclosure.requests', 67, '件', '全年新收政府信息公开申请67件')
rep.metric('disclosure.carried_in', 2, '件', '上年结转2件')
rep.metric('disclosure.closed', 68, '件', '办结68件')
rep.metric('disclosure.carried_forward', 1, '件', '结转下年度1件')
rep.metric('normative_docs.issued', 4, '件', '本年制发规范性文件4件')
rep.metric('penalties.count', 27, '件', '行政处罚决定27件')
