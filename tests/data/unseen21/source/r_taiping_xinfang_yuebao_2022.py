from common import B, C, E, R, Report, S, span

rep = Report("taiping-xinfang-yuebao-2022", "txt", "太平区信访局", 2022, half=True,
             kind="太平区2022年8月信访情况通报 (2022)",
             shape="txt with half-width punctuation; a month with 环比 over the previous month in brackets, channels without 其中 (来访 in 批次), 集体访 ≤ 来访 in 批次 and 人次, 1-7月 + 8月 = 1-8月 across sentences (planted), a space-aligned table of 街道 with 件次, 办结 and 按期办结 and a 合计 row, 按期办结率 over the table's 合计 row")
rows = [
    "街道        信访件次    办结    按期办结",
    "东关街道       96        93        91",
    "西关街道       88        86        86",
    "南湖街道      121       118       115",
    "北山街道       63        60        58",
    "区直部门       44        41        41",
    "合计          412       398       391",
]
tab = "\n".join(rows)
rep.text = f"""
太平区2022年8月信访情况通报

一、总体情况

8月份,全区信访总量412件次,环比下降6.8%(7月442件次),同比下降11.2%。8月信访件中,网上信访263件次,来信38件次,来访111批次。来访111批次、287人次,其中集体访9批次148人次。

1-8月全区累计信访3,268件次,同比下降9.1%;1-7月累计2,874件次。

二、各街道情况

{tab}

8月份全区办结信访事项398件,按期办结率98.2%。
"""
t = rep.text
rep.add(
    C(412, -6.8, span(t, "全区信访总量412件次", "7月442件次"), "A", prev=442),
    S(412, [263, 38, 111], span(t, "全区信访总量412件次", "来访111批次"), "F"),
    B(9, 111, span(t, "来访111批次、287人次", "集体访9批次"), "D"),
    B(148, 287, span(t, "来访111批次、287人次", "148人次"), "D"),
    S(3268, [2874, 412], span(t, "全区信访总量412件次", "1-7月累计2,874件次"), "H",
      bad="2,874 + 412 = 3,286, 1-8月 printed 3,268 (digits swapped)"),
    S(412, [96, 88, 121, 63, 44], tab, "T"),
    S(398, [93, 86, 118, 60, 41], tab, "T"),
    S(391, [91, 86, 115, 58, 41], tab, "T"),
    E([412, 412], span(t, "全区信访总量412件次", rows[6]), "H"),
    E([398, 398], span(t, rows[6], "办结信访事项398件"), "H"),
    R(391, 398, 98.2, span(t, rows[6], "按期办结率98.2%"), "C"),
)
rep.never("同比下降11.2%", "last year's August not printed")
rep.never("同比下降9.1%", "no previous value printed")
rep.never(rows[2], "办结 86 equals 按期办结 86: a bound that holds with equality")
