from common import B, E, R, Report, S, span
from tables import gk_table
from u25 import addt, pdf_row, pdf_table

rep = Report("beiling-daxue-xxgk-2022", "txt", "北岭大学", 2022, wrap=33, page_every=16,
             page_style="— {n} —", header="北岭大学2021-2022学年信息公开工作年度报告",
             kind="北岭大学2021-2022学年信息公开工作年度报告 (2022, 高校)",
             shape="PDF copy wrapped at 33 with — n — footers and a running header; the national table copied from a PDF with long row labels wrapped over two lines, carry-in 2, carry-out 2, a planted 自然人 总计 cell, 总计 14 = 新收 14 by chance; 清单 50 of 50 (H), 招生 计划 ≥ 录取 ≥ 报到 with 报到率, 生源 without 其中 (planted), 就业率 over 毕业生")
data = {"new": [11, 2, 1, 0, 0, 0], "old": [2, 0, 0, 0, 0, 0],
        "gk": [6, 1, 1, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "n6": [1, 0, 0, 0, 0, 0],
        "w1": [2, 1, 0, 0, 0, 0], "fwd": [2, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("tot", 0): 12}, note="自然人 总计 11 printed 12 (planted typo)")
gk = pdf_table(gk)
rep.text = f"""
北岭大学2021-2022学年信息公开工作年度报告

一、概述

本学年，学校通过信息公开网、校园网主页和各二级单位网站主动公开信息1,286条。《高等学校信息公开事项清单》所列10大类50项信息，学校已全部公开50项。

二、主动公开情况

2022年本科招生计划4,200人，实际录取4,186人，报到4,121人，报到率98.4%。录取的4,186人中，省内生源2,614人，省外生源1,527人。

2022届毕业生4,532人，已就业4,133人，就业率91.2%。

三、依申请公开情况

本学年收到信息公开申请14件，上学年结转2件，全年共办理16件，其中本学年内办结14件，结转下学年2件。办结的14件中，予以公开8件，部分公开2件，不予公开1件，无法提供3件。

{gk}

四、存在的不足和改进措施

二级单位网站更新频率不一，少数栏目长期未更新。下一学年将纳入年度考核。
"""
t = rep.text
a = span(t, "本科招生计划4,200人", "报到率98.4%")
b = span(t, "本学年收到信息公开申请14件", "无法提供3件")
rep.add(
    E([50, 50], span(t, "所列10大类50项信息", "已全部公开50项"), "H"),
    B(4186, 4200, a, "E"),
    B(4121, 4186, a, "E"),
    R(4121, 4186, 98.4, a, "C"),
    S(4186, [2614, 1527], span(t, "录取的4,186人中", "省外生源1,527人"), "F",
      bad="2,614 + 1,527 = 4,141, printed 4,186 (省外 1,572 with digits swapped)"),
    R(4133, 4532, 91.2, span(t, "毕业生4,532人", "就业率91.2%")),
    S(16, [14, 2], b, "H"),
    S(16, [14, 2], span(t, "全年共办理16件", "结转下学年2件"), "H"),
    S(14, [8, 2, 1, 3], span(t, "办结的14件中", "无法提供3件"), "F"),
    E([14, 14], span(t, "收到信息公开申请14件", pdf_row(rows["new"])), "H"),
)
addt(rep, trels)
rep.never("本学年内办结14件", "办结 14 = 新收 14 by chance (2 carried in, 2 carried out)")
rep.never("主动公开信息1,286条", "no breakdown printed")
