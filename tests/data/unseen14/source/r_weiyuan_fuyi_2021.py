from common import C, R, Report, S, span
from tables import grid

rep = Report("weiyuan-fuyi-2021", "html", "苇原市司法局", 2022,
             kind="苇原市2021年行政复议案件统计分析报告 (2022)",
             shape="HTML with a one-column statistics table (上年结转, 收到 其中 受理/不予受理/告知, 审结 by outcome with a planted 确认违法 cell, 结转下年), prose with a change, 市/县 split, shares by 领域 over 收到, 纠错率 over 审结, 复议后起诉 share; balance 结转 + 受理 = 审结 + 结转下年 with no printed total")
rows = [["上年结转", 27], ["本年收到申请", 514], ["其中：受理", 468], ["不予受理", 31], ["告知", 15], ["本年审结", 472],
        ["其中：维持", 318], ["驳回", 46], ["撤销", 38], ["变更", 2], ["确认违法", 21], ["责令履行", 5],
        ["其他（终止）", 51], ["结转下年", 23]]
tab, rt = grid(["项目", "件数"], rows, "html")
rep.text = f"""
<html><body>
<h2>苇原市2021年行政复议案件统计分析报告</h2>
<p>一、总体情况。2021年，全市各级行政复议机关共收到行政复议申请514件，同比增长18.4%。其中，市政府收到203件，县（市、区）政府收到311件。案件主要集中在公安（187件，占36.4%）、自然资源（92件，占17.9%）、人力资源社会保障（64件，占12.5%）等领域。</p>
<p>二、统计数据。全市行政复议案件办理情况见下表。</p>
{tab}
<p>三、办理质量。全年直接纠错57件，纠错率12.1%。审结案件中，申请人不服复议决定提起行政诉讼73件，占审结数的15.5%。</p>
<p>四、队伍建设。全市行政复议工作人员52人，人均办结案件9.1件。</p>
</body></html>
"""
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(
    S(514, [468, 31, 15], t[t.index(rt[1]):t.index(rt[4]) + len(rt[4])], "T"),
    S(472, [318, 46, 38, 2, 21, 5, 51], t[t.index(rt[5]):t.index(rt[12]) + len(rt[12])], "T",
      bad="318 + 46 + 38 + 2 + 21 + 5 + 51 = 481, printed 472 (确认违法 12 with digits swapped)"),
    C(514, 18.4, sp("收到行政复议申请514件", "同比增长18.4%")),
    S(514, [203, 311], sp("收到行政复议申请514件", "收到311件")),
    R(187, 514, 36.4, sp("收到行政复议申请514件", "占36.4%"), "C"),
    R(92, 514, 17.9, sp("收到行政复议申请514件", "占17.9%"), "C"),
    R(64, 514, 12.5, sp("收到行政复议申请514件", "占12.5%"), "C"),
    R(57, 472, 12.1, t[t.index(rt[5]):t.index("纠错率12.1%") + 9], "C"),
    R(73, 472, 15.5, t[t.index(rt[5]):t.index("审结数的15.5%") + 9], "C"),
)
rep.never("上年结转", "27 + 468 = 472 + 23 (495): a balance whose total is not printed")
rep.never("全年直接纠错57件", "撤销 + 变更 + 确认违法 + 责令履行 by meaning, but the table's 确认违法 is the planted cell")

# ---- more relations ----
from common import C, R, S, span  # noqa: F811
t = rep.text
sp = lambda a, b: span(t, a, b)  # noqa: E731
rep.add(R(472, 52, 9.1, t[t.index(rt[5]):t.index("9.1件") + 4], "G", per=1))
