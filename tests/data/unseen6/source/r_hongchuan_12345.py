"""泓川市 2023 12345热线年度运行报告: HTML, <p> and a hot-topic <table> (万件, 占比)."""

NAME = "hongchuan-12345-2023"
EXT = "html"
FMT: dict = {}
ROWS = [("城乡建设", "21.36", "11.5%"), ("交通运输", "16.82", "9.4%"), ("劳动和社会保障", "14.27", "7.7%"),
        ("市场监管", "12.94", "6.9%"), ("教育", "9.48", "5.1%"), ("前五位合计", "74.87", "40.2%")]
TABLE = "<table>\n<tr><th>位次</th><th>诉求领域</th><th>数量（万件）</th><th>占受理总量比重</th></tr>\n" + "".join(
    f"<tr><td>{i + 1 if i < 5 else ''}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for i, (a, b, c) in enumerate(ROWS)
) + "</table>\n"
CHUNKS = ["""<html><head><meta charset="utf-8"><title>泓川市12345政务服务便民热线2023年度运行情况报告</title></head>
<body>
<h1>泓川市12345政务服务便民热线2023年度运行情况报告</h1>
<p><strong>一、总体情况。</strong>2023年，12345热线共受理群众诉求186.42万件，日均5,107件，同比增长11.3%。其中电话渠道126.85万件，网络渠道（含微信、APP、网站）59.57万件。热线20秒接通率96.8%。</p>
<p><strong>二、办理情况。</strong>热线直接解答108.36万件，占58.1%；转派承办单位办理78.06万件，占41.9%。转派工单中，按期办结76.12万件，按期办结率97.5%。</p>
<p><strong>三、回访评价。</strong>全年回访工单42.18万件，群众评价满意和基本满意的40.96万件，满意率97.1%。</p>
<p><strong>四、诉求热点。</strong>受理量居前五位的诉求领域见下表。涉企诉求8.63万件，同比下降4.6%。</p>
""", TABLE, """</body></html>
"""]


def row(name: str) -> str:
    a, b, c = next(r for r in ROWS if r[0] == name)
    return f"<td>{a}</td><td>{b}</td><td>{c}</td>"


RELS = [
    dict(id="r1", kind="change", current=1864200, percent=11.3, q=("186.42万件", "增长11.3%"), pattern="O"),
    dict(id="r2", kind="sum", total=1864200, parts=[1268500, 595700], q=("186.42万件", "59.57万件"), pattern="O"),
    dict(id="r3", kind="sum", total=1864200, parts=[1083600, 780600], q=("186.42万件", "78.06万件"), pattern="H"),
    dict(id="r4", kind="ratio", numerator=1083600, denominator=1864200, percent=58.1, q=("186.42万件", "占58.1%"),
         pattern="C"),
    dict(id="r5", kind="ratio", numerator=780600, denominator=1864200, percent=41.9, q=("186.42万件", "占41.9%"),
         pattern="C"),
    dict(id="r6", kind="ratio", numerator=761200, denominator=780600, percent=97.5, q=("78.06万件", "按期办结率97.5%"),
         pattern="C"),
    dict(id="r7", kind="ratio", numerator=409600, denominator=421800, percent=97.1, q=("回访工单42.18万件", "满意率97.1%"),
         pattern="O"),
    dict(id="r8", kind="bound", smaller=421800, larger=780600, q=("78.06万件", "回访工单42.18万件"), pattern="E"),
    dict(id="r9", kind="change", current=86300, percent=-4.6, q=("涉企诉求8.63万件", "下降4.6%"), pattern="O"),
]
for i, (name, n, p) in enumerate(ROWS):
    RELS.append(dict(id=f"t{i + 1}", kind="ratio", numerator=round(float(n) * 10000), denominator=1864200,
                     percent=float(p.rstrip("%")), q=("186.42万件", row(name)), pattern="T",
                     **({"holds": False, "why": "16.82 / 186.42 = 9.02%"} if name == "交通运输" else {})))
RELS.append(dict(id="t7", kind="sum", total=748700, parts=[213600, 168200, 142700, 129400, 94800],
                 q=(row("城乡建设"), row("前五位合计")), pattern="T"))
NC = [
    ("日均5,107件", "per day over 365 days, not printed"),
    ("20秒接通率96.8%", "base not printed"),
    ("<td>1</td>", "ranks"),
]
