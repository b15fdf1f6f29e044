from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("binxi-scjgj-xxgk-2021", "txt", "天津市滨西区市场监督管理局", 2022, enc="gbk", dest="enc",
             kind="天津市滨西区市场监督管理局2021年政府信息公开工作年度报告 (2022, 政府信息公开, 天津 区 部门, GBK)",
             shape="GBK .txt (no wrapping); the national table space-aligned (T; a planted 予以公开 商业企业 cell), applications from 自然人, 商业企业, 法律服务机构 (F), prose: 主动公开 by 类别 with 分别 (B), 抽查 结果 公示 (F), 行政处罚 with 罚没 amounts (F), 申请 比上年 (A), 予以公开 share (C), 复议 (T), 市场主体 stocks as traps")
lv = {"gk": [11, 4, 0, 0, 1, 0], "bf": [3, 1, 0, 0, 0, 0], "n4": [2, 1, 0, 0, 0, 0], "n7": [1, 0, 0, 0, 0, 0],
      "w1": [8, 2, 0, 0, 0, 0], "c1": [5, 0, 0, 0, 0, 0], "c3": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "txt", typo={("gk", 1): 6})
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
dn = data["new"]
rep.text = f"""天津市滨西区市场监督管理局2021年政府信息公开工作年度报告

　　本报告按照《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自2021年1月1日起至2021年12月31日止。

　　一、总体情况

　　（一）主动公开。2021年，我局在区政府网站主动公开政府信息1,318条，分别为行政许可信息642条、行政处罚信息187条、“双随机、一公开”抽查结果219条、食品安全抽检信息176条、工作动态94条。全年开展“双随机、一公开”抽查任务38批次，检查市场主体2,190户，抽查结果全部公示，其中未发现问题1,846户、发现问题已责令整改296户、列入经营异常名录48户。

　　全年办结行政处罚案件187件，罚没款合计634.72万元，其中罚款521.36万元、没收违法所得113.36万元。截至年底，全区实有市场主体8.46万户，其中企业3.12万户。

　　（二）依申请公开。全年收到政府信息公开申请{new}件，比上年的52件下降{gr(new, 52)}%，其中自然人{dn[0]}件、商业企业{dn[1]}件、法律服务机构{dn[4]}件，全部在法定期限内答复。办结{tot}件，其中予以公开16件，占{pc(16, tot)}%；部分公开4件；不予公开4件；无法提供10件；不予处理6件。

　　（三）政府信息管理。完成对现行有效的9件规范性文件的清理。

　　（四）平台建设。局官方微信“滨西市场监管”全年推送信息1,027条。

　　二、主动公开政府信息情况

　　本年制发规范性文件1件，废止2件，现行有效9件。行政许可642件，行政处罚187件，行政强制（查封扣押）15件。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　五、存在的主要问题及改进情况

　　一是抽检信息公开的格式不够统一；二是依申请公开答复告知书的法律依据引用不够准确。2022年将统一抽检信息公开模板。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。咨询电话：022-2539 6120。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(1318, [642, 187, 219, 176, 94], span(t, "主动公开政府信息1,318条", "工作动态94条"), "B"),
    S(2190, [1846, 296, 48], span(t, "检查市场主体2,190户", "经营异常名录48户"), "F"),
    S(634.72, [521.36, 113.36], span(t, "罚没款合计634.72万元", "没收违法所得113.36万元"), "F"),
    E([187, 187], span(t, "行政处罚信息187条", "行政处罚案件187件"), "H"),
    C(new, -float(gr(new, 52)), span(t, f"收到政府信息公开申请{new}件", f"下降{gr(new, 52)}%"), "A", prev=52),
    S(new, [dn[0], dn[1], dn[4]], span(t, f"收到政府信息公开申请{new}件", f"法律服务机构{dn[4]}件"), "F"),
    S(tot, [16, 4, 4, 10, 6], span(t, f"办结{tot}件", "不予处理6件"), "F"),
    R(16, tot, float(pc(16, tot)), span(t, f"办结{tot}件", f"占{pc(16, tot)}%"), "C"),
    E([new, new], span(t, f"收到政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"办结{tot}件", rt["tot"]), "H"),
)
rep.never("全区实有市场主体8.46万户，其中企业3.12万户", "a stock with a non-exhaustive 其中")
rep.never("抽查任务38批次", "batches")
rep.never("推送信息1,027条", "another channel overlapping the website")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 1318, '条', '我局在区政府网站主动公开政府信息1,318条')
rep.metric('inspections.random_tasks', 38, '批次', '全年开展“双随机、一公开”抽查任务38批次')
rep.metric('penalties.count', 187, '件', '全年办结行政处罚案件187件')
rep.metric('penalties.amount', 634.72, '万元', '罚没款合计634.72万元')
rep.metric('disclosure.requests', 40, '件', '全年收到政府信息公开申请40件')
rep.metric('disclosure.closed', 40, '件', '办结40件')
rep.metric('normative_docs.issued', 1, '件', '本年制发规范性文件1件')
