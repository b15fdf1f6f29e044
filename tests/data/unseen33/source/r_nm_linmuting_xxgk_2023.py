from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, pdf_table, tot6

rep = Report("nm-linmuting-xxgk-2023", "txt", "内蒙古自治区林牧厅", 2024, wrap=34, page_every=26,
             page_style="第{n}页", header="内蒙古自治区林牧厅2023年政府信息公开工作年度报告",
             kind="内蒙古自治区林牧厅2023年政府信息公开工作年度报告 (2024, 政府信息公开, 省级 厅 with 下属单位)",
             shape="PDF copy wrapped at 34 with 第n页 footers and a running header; 厅机关 + 下属单位 counts (F), 主动公开 by 单位 (厅机关 + 下属单位, F) with 比上年 (A), the national table space-aligned, long row labels broken over two lines (T; a planted 其他处理 cell), 依申请 by 厅机关 and 下属单位 (F), 予以公开 比例 (C), 复议 (T) and 诉讼 in prose (H), 收费 0")
lv = {"gk": [31, 4, 1, 0, 2, 0], "bf": [9, 2, 0, 0, 0, 0], "n2": [1, 0, 0, 0, 0, 0], "n4": [2, 1, 0, 0, 0, 0],
      "n5": [1, 0, 0, 0, 0, 0], "w1": [14, 2, 0, 1, 0, 0], "w2": [3, 0, 0, 0, 0, 0], "c1": [6, 0, 0, 0, 0, 0],
      "c4": [4, 0, 0, 0, 0, 0], "o1": [3, 0, 0, 0, 0, 0]}
data = gk(lv, old=[2, 0, 0, 0, 0, 0], fwd=[3, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt", typo={("o1", 6): 4}, note="逾期不补正 总计 3 printed 4: its row and the 总计 column break (the prose gives 其他处理3件)")
tab = pdf_table(tab, 18)  # the PDF copy breaks the long row labels
fy, frels = fy_table([2, 1, 0, 1], [1, 0, 0, 1], [1, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
gkn = sum(lv["gk"])
rep.text = f"""内蒙古自治区林牧厅2023年政府信息公开工作年度报告

　　本报告由内蒙古自治区林牧厅根据《中华人民共和国政府信息公开条例》编制，内容涵盖厅机关及所属事业单位。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。

　　一、总体情况

　　（一）基本情况。本报告汇总范围为厅机关（含14个内设处室）和下属单位共23个，其中厅机关1个、直属事业单位16个、厅属企业6个。全厅共有政务公开工作人员58名，其中专职12名、兼职46名。

　　（二）主动公开。全年主动公开政府信息3,846条，比上年增加412条，增长{gr(3846, 3846 - 412)}%。其中厅机关公开2,184条，下属单位公开1,662条。在厅门户网站发布政策解读47篇，其中负责同志解读9篇、图解22篇、专家解读16篇。召开新闻发布会8场，答复网民留言326件，平均办理时长3.6个工作日。

　　（三）依申请公开。全年新收政府信息公开申请{new}件，上年结转2件，合计{new + 2}件。其中厅机关受理{new - 9}件，下属单位受理9件。全年办结{tot}件，结转下年度继续办理3件。办结件中予以公开{gkn}件，占{pc(gkn, tot)}%；部分公开11件；不予公开5件；无法提供20件；不予处理10件；其他处理3件。申请内容主要集中在草原征占用审核、林木采伐许可、野生动物致害补偿等方面。

　　（四）平台建设。完成厅门户网站适老化和无障碍改造，全年网站访问量412.6万人次。

　　二、主动公开政府信息情况

　　本年制发行政规范性文件7件，废止3件，现行有效42件。行政许可处理决定2,916件，其中草原征占用审核审批418件、林木采伐许可2,498件。行政处罚决定64件，罚没金额386.2万元。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　全年因政府信息公开被申请行政复议4件，结果维持2件、结果纠正1件、尚未审结1件；被提起行政诉讼3件，其中未经复议直接起诉2件，复议后起诉1件。

　　五、存在的主要问题及改进情况

　　一是下属单位公开工作发展不平衡，6个厅属企业中有2个未按期更新；二是部分答复文书说理不够充分。2024年将对下属单位开展全覆盖检查。

　　六、其他需要报告的事项

　　本年度全厅未收取信息处理费。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(23, [1, 16, 6], span(t, "下属单位共23个", "厅属企业6个"), "F"),
    S(58, [12, 46], span(t, "政务公开工作人员58名", "兼职46名"), "F"),
    C(3846, float(gr(3846, 3846 - 412)), span(t, "主动公开政府信息3,846条", f"增长{gr(3846, 3846 - 412)}%"), "A", prev=3846 - 412),
    S(3846, [2184, 1662], span(t, "主动公开政府信息3,846条", "下属单位公开1,662条"), "F"),
    S(47, [9, 22, 16], span(t, "政策解读47篇", "专家解读16篇"), "F"),
    E([new, new], span(t, f"全年新收政府信息公开申请{new}件", rt["new"]), "H"),
    S(new, [new - 9, 9], span(t, f"全年新收政府信息公开申请{new}件", "下属单位受理9件"), "F"),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
    S(new + 2, [tot, 3], span(t, f"合计{new + 2}件", "结转下年度继续办理3件"), "H"),
    R(gkn, tot, float(pc(gkn, tot)), span(t, f"全年办结{tot}件", f"占{pc(gkn, tot)}%"), "C"),
    S(tot, [gkn, 11, 5, 20, 10, 3], span(t, f"全年办结{tot}件", "其他处理3件"), "F"),
    S(2916, [418, 2498], span(t, "行政许可处理决定2,916件", "林木采伐许可2,498件"), "F"),
    S(4, [2, 1, 1], span(t, "被申请行政复议4件", "尚未审结1件"), "F"),
    S(3, [2, 1], span(t, "被提起行政诉讼3件", "复议后起诉1件"), "F"),
)
rep.never("平均办理时长3.6个工作日", "an average over unprinted durations")
rep.never("罚没金额386.2万元", "no per-case figure is stated")
# (added after the never-tuned run: the prose's 其他处理3件 is the sum of the three (六) rows of the 总计 column)
rep.add(S(3, [4, 0, 0], span(t, "其他处理3件", rt["o3"]), "H",
          bad="the prose gives 其他处理3件, the table's (六) rows print 4 + 0 + 0 in the 总计 column (the planted cell)"))
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 3846, '条', '全年主动公开政府信息3,846条')
rep.metric('disclosure.interpretations', 47, '篇', '在厅门户网站发布政策解读47篇')
rep.metric('disclosure.requests', 88, '件', '全年新收政府信息公开申请88件')
rep.metric('disclosure.carried_in', 2, '件', '上年结转2件')
rep.metric('disclosure.closed', 87, '件', '全年办结87件')
rep.metric('disclosure.carried_forward', 3, '件', '结转下年度继续办理3件')
rep.metric('normative_docs.issued', 7, '件', '本年制发行政规范性文件7件')
rep.metric('penalties.count', 64, '件', '行政处罚决定64件')
rep.metric('penalties.amount', 386.2, '万元', '罚没金额386.2万元')
rep.metric('reconsideration.count', 4, '件', '全年因政府信息公开被申请行政复议4件')
rep.metric('litigation.count', 3, '件', '被提起行政诉讼3件')
