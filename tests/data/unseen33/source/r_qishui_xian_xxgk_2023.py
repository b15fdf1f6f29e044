from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tot6

rep = Report("qishui-xian-xxgk-2023", "txt", "淇水县人民政府", 2024,
             kind="淇水县人民政府2023年政府信息公开工作年度报告 (2024, 政府信息公开, a 县 for the whole county)",
             shape="txt copied from a web page (no wrapping); 主动公开 by channel with a non-exhaustive 其中 (a trap) and 政务新媒体 分别, the national 申请 table space-aligned with group labels on their own lines (T: row sums, the 总计 column, 新收 + 上年结转 = 总计 + 结转 restated in prose), 予以公开 share of 办结 (C), 申请 with 比上年 delta (A), 复议/诉讼 table (T) and prose sum (H), 收费 0, 乡镇 and 部门 counts (F)")
lv = {"gk": [41, 6, 0, 1, 0, 2], "bf": [7, 1, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0], "n6": [1, 0, 0, 0, 0, 0],
      "w1": [18, 2, 0, 0, 1, 0], "w3": [3, 0, 0, 0, 0, 0], "c1": [4, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0],
      "o1": [5, 0, 0, 0, 0, 0]}
data = gk(lv, old=[3, 0, 0, 0, 0, 0], fwd=[4, 1, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt")
new, tot = sum(data["new"]), tot6(lv)
fy, frels = fy_table([3, 1, 0, 1], [2, 0, 0, 1], [0, 0, 0, 0], "txt")
gkn = sum(lv["gk"])
rep.text = f"""淇水县人民政府2023年政府信息公开工作年度报告

发布机构：淇水县人民政府办公室　　发布日期：2024-01-26　　索引号：41XXXX-02-2024-0007

　　本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告格式的要求，由淇水县人民政府办公室汇总全县22个县政府部门和11个乡镇（街道）共33个单位的年度报告编制而成。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请与淇水县人民政府办公室联系（地址：淇水县人民路116号，邮编：456450，电话：0392-6212345）。

　　一、总体情况

　　2023年，全县各级行政机关坚持以公开为常态、不公开为例外，围绕重点领域信息公开、政策解读和回应关切等方面扎实推进政务公开工作。

　　（一）主动公开。全年通过县政府门户网站主动公开政府信息4,862条，其中机构职能类126条、政策文件类318条、财政预决算类542条、重点领域信息2,316条。通过“淇水发布”微信公众号发布信息1,284条，通过政务微博发布信息966条，两者合计{1284 + 966:,}条。召开新闻发布会12场，开展政策解读86篇，其中图文解读52篇、视频解读21篇、政策问答13篇。

　　（二）依申请公开。全年共收到政府信息公开申请{new}件，比上年增加{new - 77}件，增长{gr(new, 77)}%；上年结转申请3件，合计需办理{new + 3}件。全年办结{tot}件，结转下年度继续办理5件。办结的申请中，予以公开{gkn}件，占{pc(gkn, tot)}%；部分公开8件；本机关不掌握相关政府信息21件，占{pc(21, tot)}%。全年未收取任何信息处理费。

　　（三）政府信息管理。全年清理规范性文件64件，其中继续有效51件、修改8件、废止5件。

　　（四）平台建设。县政府门户网站全年访问量286.4万人次，日均访问7,846人次。

　　二、主动公开政府信息情况

　　本年制发规章0件；制发规范性文件14件，废止5件，现行有效规范性文件93件。行政许可处理决定3,412件，行政处罚决定1,078件，行政强制146件。行政事业性收费金额1,862.4万元。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　全年因政府信息公开被申请行政复议5件，其中结果维持3件、结果纠正1件、尚未审结1件；被提起行政诉讼3件，其中结果维持2件、尚未审结1件。

　　五、存在的主要问题及改进情况

　　一是部分乡镇公开栏目更新不及时；二是政策解读形式较为单一。2024年，我县将加强督促检查，全年开展政务公开培训不少于2次。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。办理人大代表建议78件、政协提案112件，办复率均为100%。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    E([new, new], span(t, f"全年共收到政府信息公开申请{new}件", rt["new"]), "H"),
    C(new, float(gr(new, 77)), span(t, f"全年共收到政府信息公开申请{new}件", f"增长{gr(new, 77)}%"), "A", prev=77),
    S(new + 3, [new, 3], span(t, f"全年共收到政府信息公开申请{new}件", f"合计需办理{new + 3}件"), "F"),
    S(new + 3, [tot, 5], span(t, f"合计需办理{new + 3}件", "结转下年度继续办理5件"), "H"),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
    E([5, 5], span(t, "结转下年度继续办理5件", rt["fwd"]), "H"),
    R(gkn, tot, float(pc(gkn, tot)), span(t, f"全年办结{tot}件", f"占{pc(gkn, tot)}%"), "C"),
    R(21, tot, float(pc(21, tot)), span(t, f"全年办结{tot}件", f"占{pc(21, tot)}%"), "C"),
    S(2250, [1284, 966], span(t, "发布信息1,284条", "两者合计2,250条")),
    S(86, [52, 21, 13], span(t, "开展政策解读86篇", "政策问答13篇"), "F"),
    S(64, [51, 8, 5], span(t, "清理规范性文件64件", "废止5件"), "F"),
    S(5, [3, 1, 1], span(t, "被申请行政复议5件", "尚未审结1件"), "F"),
    E([5, 5], span(t, fy, "被申请行政复议5件"), "H"),
    S(33, [22, 11], span(t, "22个县政府部门", "共33个单位"), "F"),
)
rep.never("其中机构职能类126条、政策文件类318条、财政预决算类542条、重点领域信息2,316条", "a non-exhaustive 其中: the four kinds add to 3,302, not 4,862")
rep.never("现行有效规范性文件93件", "a stock, not 制发 − 废止 of the year")
rep.never("日均访问7,846人次", "over a number of days not printed (and 访问量 rounded to 万)")
rep.never("办复率均为100%", "rates without printed 办复 counts")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 4862, '条', '全年通过县政府门户网站主动公开政府信息4,862条')
rep.metric('disclosure.interpretations', 86, '篇', '开展政策解读86篇')
rep.metric('disclosure.requests', 98, '件', '全年共收到政府信息公开申请98件')
rep.metric('disclosure.carried_in', 3, '件', '上年结转申请3件')
rep.metric('disclosure.closed', 96, '件', '全年办结96件')
rep.metric('disclosure.carried_forward', 5, '件', '结转下年度继续办理5件')
rep.metric('normative_docs.issued', 14, '件', '制发规范性文件14件')
rep.metric('normative_docs.cleanup.reviewed', 64, '件', '全年清理规范性文件64件')
rep.metric('normative_docs.cleanup.amended', 8, '件', '修改8件')
rep.metric('penalties.count', 1078, '件', '行政处罚决定1,078件')
rep.metric('reconsideration.count', 5, '件', '全年因政府信息公开被申请行政复议5件')
rep.metric('litigation.count', 3, '件', '被提起行政诉讼3件')
