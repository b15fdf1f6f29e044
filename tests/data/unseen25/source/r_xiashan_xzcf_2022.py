from common import B, C, E, R, Report, S, span

rep = Report("xiashan-xzcf-2022", "txt", "霞山市司法局", 2023, wrap=35, page_every=13, page_style="第 {n} 页",
             header="霞山市2022年度行政处罚案件统计分析",
             kind="霞山市2022年度行政处罚案件统计分析 (2023, 行政处罚 by 领域)",
             shape="PDF copy wrapped at 35 with 第 n 页 footers and a running header; 处罚 by 领域 as list lines with 件 and 罚没款 (a 罚没款 part with digits swapped that 1.86亿元 cannot show: 18,564.0万元 rounds to 1.86亿元), totals in 亿元 beside 万元, two overlapping breakdowns (领域, 程序; a planted 程序 part), shares, the previous year in brackets, 听证 均 (H), 纠错率 over all decisions")
areas = [("市场监管", 4268, "6,214.6"), ("生态环境", 862, "4,126.8"), ("交通运输", 3146, "2,836.2"),
         ("城市管理", 2418, "1,246.3"), ("应急管理", 486, "2,826.4"), ("其他", 1306, "1,313.7")]
cn = "一二三四五六"
lines = "\n".join(f"（{cn[i]}）{n}领域{c:,}件，罚没款{m}万元；" for i, (n, c, m) in enumerate(areas))
rep.text = f"""
霞山市2022年度行政处罚案件统计分析

一、总体情况

2022年，全市行政执法机关共作出行政处罚决定12,486件，较上年（11,342件）增长10.1%；罚没款合计1.86亿元，较上年下降6.4%。按程序分，简易程序5,624件，普通程序6,826件。

二、分领域情况

{lines}

市场监管领域案件数占全市的34.2%，生态环境领域罚没款占全市的22.2%。

三、程序规范

作出较大数额罚款决定312件，当事人申请听证46件，均已举行听证，共举行听证46场。经行政复议被纠错的处罚决定9件，纠错率0.07%。
"""
t = rep.text
whole = span(t, "共作出行政处罚决定12,486件", "其他领域1,306件，罚没款1,313.7万元")
rep.add(
    C(12486, 10.1, whole, "A", prev=11342),
    C(18600, -6.4, span(t, "罚没款合计1.86亿元", "下降6.4%")),
    S(12486, [5624, 6826], whole, "F", bad="5,624 + 6,826 = 12,450, printed 12,486 (普通程序 6,862 with digits swapped)"),
    S(12486, [a[1] for a in areas], whole, "F"),
    S(18600, [float(a[2].replace(",", "")) for a in areas], whole, "F", approx=True),
    R(4268, 12486, 34.2, span(t, "共作出行政处罚决定12,486件", "市场监管领域案件数占全市的34.2%"), "C"),
    R(4126.8, 18600, 22.2, span(t, "罚没款合计1.86亿元", "罚没款占全市的22.2%"), "C"),
    B(46, 312, span(t, "较大数额罚款决定312件", "申请听证46件"), "E"),
    E([46, 46], span(t, "申请听证46件", "共举行听证46场"), "H"),
    R(9, 12486, 0.07, span(t, "共作出行政处罚决定12,486件", "纠错率0.07%"), "C"),
)
rep.never("按程序分，简易程序5,624件", "程序 and 领域 are two breakdowns of the same 12,486; no sum across them")
