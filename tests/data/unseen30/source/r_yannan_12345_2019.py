from common import C, E, R, Report, S, span
from u30 import addt, pct, tgrid

rep = Report("yannan-12345-2019", "txt", "雁南市政务服务热线管理办公室", 2020, enc="utf-16", dest="enc",
             kind="雁南市12345政务服务便民热线2019年工作总结 (2020, 12345 热线)",
             shape="UTF-16 .txt with BOM copied from a web page; 受理 by 渠道 with a change, 直接办理 share, 转办 = 受理 − 直接办理 as a sum (H), a space-aligned table of 转办/按时办结/按时办结率 by 县区 with a 合计 row (T; a planted 合计 rate), prose restating the 合计 (H), 满意率 and 接通率 (traps)")
rows_ = [("市直部门", 48626, 47218), ("雁城区", 36842, 35286), ("南塘区", 28462, 27648), ("东湖县", 12486, 12018),
         ("西岭县", 9862, 9486)]
ta, tb = sum(r[1] for r in rows_), sum(r[2] for r in rows_)
body = [[n, f"{a:,}", f"{b:,}", pct(b, a)] for n, a, b in rows_] + [["合计", f"{ta:,}", f"{tb:,}", "69.5"]]
tab, trels, rowt = tgrid(["承办单位", "转办（件）", "按时办结（件）", "按时办结率（%）"], body, "txt", col_sums=(1, 2),
                         rates=((3, 2, 1),))
for r in trels:
    if r.get("note"):
        r["note"] = f"{tb:,} / {ta:,} = {pct(tb, ta)}%, printed 69.5 (planted)"
direct = 268420
acc = direct + ta
rep.text = f"""雁南市12345政务服务便民热线2019年工作总结

　　2019年，市政务服务热线管理办公室按照国务院办公厅关于政务热线归并的工作要求，完成全市31条政务服务热线整合，形成“12345一号响应”工作格局。

　　一、受理情况

　　全年热线共受理群众来电来信{acc:,}件，比上年增长18.6%。其中热线电话受理{acc - 62486:,}件，网站、微信和手机客户端受理62,486件。热线直接办理{direct:,}件，占受理总量的{pct(direct, acc)}%；转办承办单位{ta:,}件。

　　二、转办办理情况

　　各承办单位转办件按时办结情况如下：

{tab}

　　全年转办的{ta:,}件中按时办结{tb:,}件，按时办结率{pct(tb, ta)}%。

　　三、服务质量

　　全年热线接通率96.2%，群众满意率95.4%。开展“热线+网格”联动处置，化解群众急难问题1,286件。

　　四、2020年工作计划

　　持续推进热线与110、119等应急热线联动，力争按时办结率达到97%以上。

雁南市政务服务热线管理办公室
2020年1月10日
"""
t = rep.text
rep.add(
    C(acc, 18.6, span(t, f"受理群众来电来信{acc:,}件", "增长18.6%")),
    S(acc, [acc - 62486, 62486], span(t, f"受理群众来电来信{acc:,}件", "手机客户端受理62,486件")),
    R(direct, acc, float(pct(direct, acc)), span(t, f"受理群众来电来信{acc:,}件", f"占受理总量的{pct(direct, acc)}%"), "C"),
    S(acc, [direct, ta], span(t, f"受理群众来电来信{acc:,}件", f"转办承办单位{ta:,}件"), "H"),
    E([ta, ta], span(t, f"转办承办单位{ta:,}件", rowt[-1])),
    E([tb, tb], span(t, rowt[-1], f"按时办结{tb:,}件")),
    R(tb, ta, float(pct(tb, ta)), span(t, f"全年转办的{ta:,}件中", f"按时办结率{pct(tb, ta)}%")),
)
addt(rep, trels)
rep.never("全年热线接通率96.2%，群众满意率95.4%", "over unprinted counts")
rep.never("化解群众急难问题1,286件", "not a part of a printed total")
rep.never("完成全市31条政务服务热线整合", "lines")
