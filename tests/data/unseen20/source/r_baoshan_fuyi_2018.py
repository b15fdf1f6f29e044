from common import B, C, E, R, Report, S, span
from tables import grid

rep = Report("baoshan-fuyi-2018", "html", "宝山县人民政府法制办公室", 2019,
             kind="宝山县2018年度行政复议工作情况报告 (2019)",
             shape="HTML, 收到 = 受理 + 不予受理 + 转送, 审理 = 受理 + 结转, 审结 by outcome after a colon and 尚未审结, 纠错 by meaning, 撤回 ≤ 终止, last year's level in brackets, an HTML table by 被申请人 with 占比 (a planted share), 案审会 beside cases")
body = [["县公安局", 24, "30.8"], ["县自然资源局", 17, "21.8"], ["县人社局", 11, "14.1"], ["乡镇人民政府", 15, "19.8"],
        ["其他部门", 11, "14.1"], ["合计", 78, "100"]]
tab, rows = grid(["被申请人", "受理件数", "占比（%）"], body, "html")
rep.text = """
<html><body>
<h3>宝山县2018年度行政复议工作情况报告</h3>
<p>2018年县政府共收到行政复议申请86件，比2017年（67件）增长26.4%。经审查，受理78件，不予受理5件，转送有关机关3件。加上2017年结转4件，全年共审理82件。</p>
<p>全年审结75件：维持43件，驳回9件，撤销8件，变更1件，确认违法4件，终止10件；尚未审结7件。撤销、变更和确认违法共纠错13件，纠错率17.3%。在终止的案件中，经调解后申请人主动撤回申请7件。县政府行政复议委员会全年召开案审会12次。</p>
<p>受理案件按被申请人分布如下：</p>
""" + tab + """
</body></html>
"""
t = rep.text
reg = span(t, rows[0], rows[5])
rep.add(
    C(86, 26.4, span(t, "收到行政复议申请86件", "增长26.4%"), "A", prev=67, bad="(86 - 67) / 67 = 28.4%, printed 26.4%"),
    S(86, [78, 5, 3], span(t, "收到行政复议申请86件", "转送有关机关3件"), "F"),
    S(82, [78, 4], span(t, "受理78件", "共审理82件"), "E"),
    S(75, [43, 9, 8, 1, 4, 10], span(t, "全年审结75件", "终止10件"), "F"),
    S(82, [75, 7], span(t, "共审理82件", "尚未审结7件"), "E"),
    S(13, [8, 1, 4], span(t, "撤销8件", "共纠错13件"), "H"),
    R(13, 75, 17.3, span(t, "全年审结75件", "纠错率17.3%"), "C"),
    B(7, 10, span(t, "终止10件", "撤回申请7件"), "D"),
    S(78, [24, 17, 11, 15, 11], reg, "T"),
    E([78, 78], span(t, "受理78件", rows[5]), "H"),
    R(24, 78, 30.8, reg, "T"), R(17, 78, 21.8, reg, "T"), R(11, 78, 14.1, span(t, rows[2], rows[5]), "T"),
    R(15, 78, 19.8, reg, "T", bad="15 / 78 = 19.2%, printed 19.8"),
    R(11, 78, 14.1, span(t, rows[4], rows[5]), "T"),
)
rep.never("尚未审结7件。撤销、变更和确认违法共纠错13件", "7 beside 7 撤回: equal by chance, different things")
rep.never("全年召开案审会12次", "meetings beside cases")
rep.never("<td>100</td>", "the share column adds to 100.6 with the planted cell; 100 is printed as a convention")
