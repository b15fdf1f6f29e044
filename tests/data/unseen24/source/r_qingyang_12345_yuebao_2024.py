from common import B, C, E, R, Report, S, span  # noqa: F401
from tables import grid

rep = Report("qingyang-12345-yuebao-2024", "html", "青阳市12345热线办公室", 2024,
             kind="青阳市12345热线2024年3月运行情况通报（月报） (2024, monthly)",
             shape="HTML; 3月 with 环比 and 同比, 一季度 累计 = 1-2月 + 3月 (H), channels without 其中, a table by 区县 with 受理 and 占比 (a planted 受理 cell breaking the sum and its share; no share 合计, the true shares add to 99.9) and 按时办结率/满意率 over bases not printed, 热点 and 重复来电 shares of the month's total")
tab, rt = grid(["区县", "受理量（件）", "占比（%）", "按时办结率（%）", "满意率（%）"],
               [["城东区", "14,206", "26.9", "98.6", "95.2"], ["城西区", "11,842", "22.4", "97.9", "94.8"],
                ["高新区", "8,651", "16.3", "99.1", "96.3"], ["青阳县", "10,427", "19.7", "96.8", "93.6"],
                ["临水县", "7,726", "14.6", "97.2", "94.1"], ["合计", "52,816", "—", "97.9", "94.9"]], "html")
rep.text = f"""<html><head><meta charset="utf-8"><title>青阳市12345热线2024年3月运行情况通报</title></head><body>
<h2>青阳市12345热线2024年3月运行情况通报</h2>
<p>一、总体情况。3月份热线共受理诉求52,816件，环比增长18.6%，同比下降4.2%。1-2月累计受理89,784件，一季度累计受理14.26万件。</p>
<p>二、受理渠道。电话来电38,412件，微信小程序8,216件，政府网站3,126件，其他渠道3,062件，电话来电占72.7%。</p>
<p>三、各区县受理情况。</p>
{tab}
<p>四、热点诉求。本月供暖诉求4,126件，占7.8%；重复来电6,214件，占受理总量的11.8%。</p>
</body></html>
"""
t = rep.text
rows = span(t, rt[0], rt[5])
shares = [(14206, 26.9), (11842, 22.4), (8651, 16.3), (10427, 19.7), (7726, 14.6)]
rels = [
    C(52816, -4.2, span(t, "受理诉求52,816件", "同比下降4.2%")),
    S(142600, [89784, 52816], span(t, "受理诉求52,816件", "一季度累计受理14.26万件"), "H"),
    S(52816, [38412, 8216, 3126, 3062], span(t, "受理诉求52,816件", "其他渠道3,062件"), "F"),
    S(52816, [14206, 11842, 8651, 10427, 7726], rows, "T", bad="14,206 + 11,842 + 8,651 + 10,427 + 7,726 = 52,852, 合计 printed 52,816 (高新区 8,615 with digits swapped)"),
]
for n, p in shares:
    if n == 8651:
        rels.append(R(n, 52816, p, rows, "T", bad="8,651 / 52,816 = 16.4%, printed 16.3 (the share of the true 8,615)"))
    else:
        rels.append(R(n, 52816, p, rows, "T"))
rels += [
    E([52816, 52816], span(t, "受理诉求52,816件", rt[5]), "H"),
    R(4126, 52816, 7.8, span(t, "受理诉求52,816件", "占7.8%"), "C"),
    R(6214, 52816, 11.8, span(t, "受理诉求52,816件", "受理总量的11.8%"), "C"),
]
rep.add(*rels)
rep.never("3月份热线共受理诉求52,816件，环比增长18.6%", "环比 against February, whose figure is not printed alone (1-2月 is two months)")
rep.never("<td>26.9</td>", "the shares add to 99.9 by rounding; no share 合计 printed")
rep.never("<td>98.6</td><td>95.2</td>", "按时办结率 and 满意率 over bases not printed; the 合计 rates are weighted")

rep.add(R(38412, 52816, 72.7, span(t, "受理诉求52,816件", "电话来电占72.7%"), "C"))
