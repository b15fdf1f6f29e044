from common import B, C, E, R, Report, S, span
from u25 import addt, tgrid

rep = Report("yunjiang-12345-2022", "txt", "云江市12345政务服务便民热线管理中心", 2023, enc="utf-16", dest="enc",
             kind="云江市12345政务服务便民热线2022年度工作报告 (2023, 12345 annual)",
             shape="UTF-16 .txt with BOM; 受理 in 万件 by channel with 其中, 直接答复 + 转办 = 受理 (H), 按时办结率 over 转办 (C), 满意率 over 回访, a space-aligned table by 诉求类别 in 万件 with 占比 and 合计 (a planted share), 日均 over 365 days not printed, 接通率 over calls not printed")
cats = [("城乡建设", "38.64", "20.7"), ("市场监管", "26.48", "14.2"), ("交通运输", "22.16", "11.9"), ("劳动社保", "18.92", "10.7"),
        ("教育卫生", "16.38", "8.8"), ("公共安全", "12.46", "6.7"), ("其他", "51.38", "27.6"), ("合计", "186.42", "100.0")]
tab, trels, rt = tgrid(["诉求类别", "件数（万件）", "占比（%）"], [list(c) for c in cats], "txt")
region = tab[tab.index(rt[0]):]
trels.append(S(1864200, [round(float(c[1]) * 10000) for c in cats[:-1]], region, "T"))
r = S(100.0, [float(c[2]) for c in cats[:-1]], region, "T")
r["note"] = "20.7 + 14.2 + 11.9 + 10.7 + 8.8 + 6.7 + 27.6 = 100.6, 合计 printed 100.0 (劳动社保 10.1 typed 10.7)"
trels.append(r)
for i, (n, v, s) in enumerate(cats[:-1]):
    r = R(round(float(v) * 10000), 1864200, float(s), tab[tab.index(rt[i]):], "T")
    if n == "劳动社保":
        r["note"] = "18.92 / 186.42 = 10.1%, printed 10.7 (planted typo)"
    trels.append(r)
rep.text = f"""
云江市12345政务服务便民热线2022年度工作报告

一、总体情况

2022年，市12345热线全年受理群众诉求186.42万件，同比增长12.4%，日均受理5,107件，电话接通率93.8%。其中电话渠道142.36万件，网络渠道（网站、微信、APP）44.06万件。

受理的诉求中，直接答复118.26万件，转办承办单位68.16万件。转办件按时办结67.21万件，按时办结率98.6%。全年回访42.18万件，满意40.58万件，满意率96.2%。

二、诉求分类

{tab}

三、下一步工作

持续推进热线归并，提升一次办结率。
"""
t = rep.text
a = span(t, "全年受理群众诉求186.42万件", "网络渠道（网站、微信、APP）44.06万件")
b = span(t, "直接答复118.26万件", "满意率96.2%")
rep.add(
    C(1864200, 12.4, a),
    S(1864200, [1423600, 440600], a),
    S(1864200, [1182600, 681600], span(t, "全年受理群众诉求186.42万件", "转办承办单位68.16万件"), "H"),
    B(672100, 681600, b, "E"),
    R(672100, 681600, 98.6, b, "C"),
    B(405800, 421800, b, "E"),
    R(405800, 421800, 96.2, b),
    E([1864200, 1864200], span(t, "全年受理群众诉求186.42万件", rt[7]), "H"),
)
addt(rep, trels)
rep.never("日均受理5,107件，电话接通率93.8%", "日均 over 365 days and 接通率 over calls, neither printed")
