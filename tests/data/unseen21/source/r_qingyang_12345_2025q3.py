from common import B, C, E, R, Report, S, span
from tables import grid

rep = Report("qingyang-12345-2025q3", "html", "青阳区12345热线服务中心", 2025,
             kind="青阳区12345热线2025年第三季度诉求分析报告 (2025)",
             shape="HTML, quarter with 环比 over the previous quarter in brackets, 工单 + 咨询 without 其中, a table of 诉求类别 with 本季度, 占比, 上季度 and 环比 columns and a 合计 row (a planted 环比 cell), 同比 with no base, rates with no bases")
data = [["住房城乡建设", "9,874", "25.6", "9,102", "8.5"], ["城市管理", "7,236", "18.7", "6,418", "12.7"],
        ["市场监管", "5,418", "14.0", "5,736", "-5.5"], ["劳动和社会保障", "4,127", "10.7", "3,862", "6.9"],
        ["交通出行", "3,682", "9.5", "3,104", "16.8"], ["教育", "2,946", "7.6", "1,987", "48.3"],
        ["其他", "5,359", "13.9", "5,113", "4.8"], ["合计", "38,642", "100.0", "35,322", "9.4"]]
g, rows = grid(["诉求类别", "本季度（件）", "占比（%）", "上季度（件）", "环比（%）"], data, "html")
rep.text = f"""
<html><body>
<h3>青阳区12345热线2025年第三季度诉求分析报告</h3>
<p>一、总体情况</p>
<p>2025年第三季度，区12345热线共受理诉求38,642件，环比增长9.4%（二季度35,322件），同比下降3.1%。其中，工单类诉求24,186件，咨询类14,456件。工单类诉求已办结24,312件，工单办结率99.3%，群众满意率96.1%。</p>
<p>二、诉求分类情况</p>
{g}
<p>教育类诉求环比增长48.3%，主要是秋季开学期间学位、校车类诉求集中；市场监管类诉求环比下降，主要是预付式消费投诉减少。</p>
</body></html>
"""
t = rep.text


def num(s: str) -> float:
    return float(s.replace(",", ""))


rep.add(
    C(38642, 9.4, span(t, "共受理诉求38,642件", "二季度35,322件"), "A", prev=35322),
    S(38642, [24186, 14456], span(t, "共受理诉求38,642件", "咨询类14,456件"), "O"),
    S(38642, [num(r[1]) for r in data[:-1]], g, "T"),
    S(35322, [num(r[3]) for r in data[:-1]], g, "T"),
    E([38642, 38642], span(t, "共受理诉求38,642件", rows[-1]), "H"),
)
for i, r in enumerate(data[:-1]):
    rep.add(R(num(r[1]), 38642, num(r[2]), span(t, rows[i], rows[-1]), "T"))
    c = C(num(r[1]), num(r[4]), rows[i], "T", prev=num(r[3]))
    if r[0] == "交通出行":
        c["note"] = "(3,682 − 3,104) / 3,104 = 18.6%, printed 16.8%"
    rep.add(c)
rep.add(C(38642, 9.4, rows[-1], "T", prev=35322))
rep.never("同比下降3.1%", "last year's third quarter not printed")
rep.never("群众满意率96.1%", "base not printed")

rep.add(B(24312, 24186, span(t, "工单类诉求24,186件", "已办结24,312件"), "E", bad="办结 24,312 > 工单 24,186 (24,012 typed 24,312)"),
        R(24312, 24186, 99.3, span(t, "工单类诉求24,186件", "工单办结率99.3%"), "C", bad="24,312 / 24,186 = 100.5%, printed 99.3% (24,012 typed 24,312)"))
