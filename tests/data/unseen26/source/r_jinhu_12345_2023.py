from common import C, E, R, Report, S, span
from u26 import addt, tgrid

rep = Report("jinhu-12345-2023", "txt", "金湖市12345政务服务便民热线", 2024, enc="utf-16", dest="enc",
             kind="金湖市12345热线2023年度运行情况报告 (2024, 12345 annual)",
             shape="UTF-16 .txt with BOM; 受理 in 万件 with 同比 and last year in brackets, 来电 + 网络 = 受理 (F), a space-aligned table by 区县 of 工单/办结/办结率 and a 合计 row (a planted 办结 cell), prose restating the 合计 (H), 知识库 条 beside 件, 接通率 over calls not printed")
rows = [["金城区", "18,426", "18,212", 98.8], ["湖滨区", "14,682", "14,498", 98.7], ["东湾县", "9,846", "9,614", 97.6],
        ["西岭县", "7,218", "7,106", 98.4], ["合计", "50,172", "49,430", 98.5]]
rows[2][2] = "9,641"
tab, trels, rowt = tgrid(["区县", "派发工单（件）", "办结（件）", "办结率（%）"], rows, "txt", col_sums=(1, 2),
                         note="18,212 + 14,498 + 9,641 + 7,106 = 49,457, 合计 printed 49,430 (东湾县 9,614 with digits swapped)")
rep.text = f"""
金湖市12345热线2023年度运行情况报告

一、总体运行

2023年，市12345热线受理群众诉求126.84万件，同比增长7.2%（2022年为118.32万件）。其中电话来电98.62万件，网络渠道28.22万件。人工接通率96.4%。热线知识库累计收录政策知识12,864条。

二、工单派发和办结

全年向区县派发工单50,172件，办结49,430件，办结率98.5%。分区县情况：

{tab}

三、下一步工作

进一步提升工单办理质效。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(1268400, 7.2, span(t, "受理群众诉求126.84万件", "118.32万件"), "A", prev=1183200),
    S(1268400, [986200, 282200], span(t, "受理群众诉求126.84万件", "网络渠道28.22万件")),
    R(49430, 50172, 98.5, span(t, "派发工单50,172件", "办结率98.5%")),
    E([50172, 50172], span(t, "派发工单50,172件", "合计  50,172"), "H"),
)
for i in range(5):
    a, b = int(rows[i][1].replace(",", "")), int(rows[i][2].replace(",", ""))
    rep.add(R(b, a, rows[i][3], rowt[i], "T", bad="9,641 / 9,846 = 97.9%, printed 97.6 (the cell with digits swapped)" if i == 2 else None))
rep.never("人工接通率96.4%", "a rate over calls not printed")
rep.never("政策知识12,864条", "条 beside 件")
