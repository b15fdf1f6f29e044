"""澧阳市 12345 热线 2025 年上半年通报 (HTML, a table of counts and shares that add to 100.1)."""
from common import C, R, Report, S, span
from tables import grid

cats = [("城乡建设", 38369), ("市场监管", 28162), ("劳动社保", 22151), ("交通运输", 19718),
        ("教育", 15458), ("卫生健康", 13200), ("其他", 41369)]
shares = ["21.5", "15.8", "12.4", "11.1", "8.7", "7.4", "23.2"]
total = sum(c for _, c in cats)
rows = [[n, f"{c:,}", s] for (n, c), s in zip(cats, shares, strict=False)] + [["合计", f"{total:,}", "100.0"]]
table, rt = grid(["诉求类别", "受理量（件）", "占比（%）"], rows, "html")

rep = Report("liyang-12345-2025h1", "html", "澧阳市人民政府办公室", 2025)
rep.text = f"""
<html><head><meta charset="utf-8"></head><body>
<h2>关于2025年上半年12345政务服务便民热线运行情况的通报</h2>
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>2025年1—6月，市12345热线共受理群众诉求17.84万件，同比下降3.2%，1—6月分别受理26,814件、24,392件、31,570件、30,226件、32,481件、33,007件。按全市常住人口412.6万人计，每万人诉求量432.4件。转办工单10.26万件，按期办结10.09万件，按期办结率98.3%。</p>
<p>从诉求类别看，城乡建设类诉求最多，具体如下：</p>
{table}
<p>注：占比数据经四舍五入，合计可能不等于100%。</p>
</body></html>
"""
t = rep.text
body = "".join(rt)
rep.add(
    S(total, [c for _, c in cats], body, "T"),
    *[R(c, total, float(s), rt[i] + "".join(rt[i + 1:]), "T") for i, ((_, c), s) in enumerate(zip(cats, shares, strict=False))],
    S(100.0, [float(s) for s in shares], body, "T", approx=True),
    S(total, [26814, 24392, 31570, 30226, 32481, 33007], span(t, "1—6月分别受理", rt[-1]), "B",
      bad="26814 + 24392 + 31570 + 30226 + 32481 + 33007 = 178490, the table's 合计 178,427 (31,507 typed 31,570)"),
    C(178400, -3.2, "共受理群众诉求17.84万件，同比下降3.2%", "O"),
    R(178400, 4126000, 432.4, "共受理群众诉求17.84万件，同比下降3.2%，1—6月分别受理26,814件、24,392件、31,570件、30,226件、32,481件、33,007件。按全市常住人口412.6万人计，每万人诉求量432.4件", "G", per=10000),
    R(100900, 102600, 98.3, "转办工单10.26万件，按期办结10.09万件，按期办结率98.3%"),
)
rep.never("共受理群众诉求17.84万件", "the table's 178,427 rounded to 万: a restatement within rounding")
