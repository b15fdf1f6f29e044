from common import C, E, R, Report, S, span
from tables import grid

rep = Report("huyang-fuyi-2026q1", "html", "湖阳市司法局", 2026,
             kind="湖阳市2026年第一季度行政复议案件统计分析 (quarterly)",
             shape="HTML, 收到 with the previous value in brackets, 受理 with 市本级 share, a table of 案件类别 with 受理/占比 and a 合计 row whose shares add to 99.9 (a planted share), 审结 outcomes with 纠错率, persons-times beside cases")
tab, rt = grid(["案件类别", "受理（件）", "占比（%）"],
               [["行政处罚", "214", "40.7"], ["政府信息公开", "57", "10.8"], ["行政强制", "39", "7.4"],
                ["工伤认定", "66", "12.5"], ["行政不作为", "48", "9.7"], ["其他", "102", "19.4"], ["合计", "526", "100.0"]], "html")
rep.text = f"""
<html><body>
<h3>湖阳市2026年第一季度行政复议案件统计分析</h3>
<p>2026年第一季度，全市共收到行政复议申请587件，同比增长11.4%（上年同期527件）。依法受理526件，其中市本级受理183件，占34.8%。</p>
<p>一、受理案件类别分布</p>
{tab}
<p>二、审结情况</p>
<p>一季度共审结行政复议案件412件，其中维持247件、驳回38件、纠错71件、终止56件，纠错率17.2%。行政机关负责人参加复议听证23件次，行政复议决定履行率100%。</p>
</body></html>
"""
t = rep.text
tb = span(t, rt[0], rt[6])
rep.add(
    C(587, 11.4, span(t, "共收到行政复议申请587件", "上年同期527件"), "A", prev=527),
    R(183, 526, 34.8, span(t, "依法受理526件", "占34.8%")),
    S(526, [214, 57, 39, 66, 48, 102], tb, "T"),
    R(214, 526, 40.7, tb, "T"),
    R(57, 526, 10.8, tb, "T"),
    R(39, 526, 7.4, tb, "T"),
    R(66, 526, 12.5, tb, "T"),
    R(48, 526, 9.7, tb, "T", bad="48 / 526 = 9.1%, printed 9.7"),
    R(102, 526, 19.4, tb, "T"),
    S(412, [247, 38, 71, 56], span(t, "共审结行政复议案件412件", "终止56件")),
    R(71, 412, 17.2, span(t, "共审结行政复议案件412件", "纠错率17.2%"), "C"),
)
rep.add(E([526, 526], span(t, "依法受理526件", rt[6]), "H"),
        S(100.0, [40.7, 10.8, 7.4, 12.5, 9.7, 19.4], tb, "T", bad="40.7 + 10.8 + 7.4 + 12.5 + 9.7 + 19.4 = 100.5, 合计 printed 100.0 (行政不作为 9.1 typed 9.7)"))
rep.never(rt[6], "with the true 9.1 the 占比 column adds to 99.9 against a printed 100.0: rounding of shares, not an error")
rep.never("行政机关负责人参加复议听证23件次，行政复议决定履行率100%", "件次 and an unprinted base")
rep.never("共审结行政复议案件412件", "审结 in a quarter includes last year's carry-over: no part of 受理526")
