from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("qilichuan-zfsj-2024", "md", "兰州湾市七里川区司法局", 2025,
             kind="七里川区2024年度行政执法数据统计分析报告 (2025, 行政执法统计年报, 甘肃 区)",
             shape="Markdown; 'X件中' openers: 处罚 by 种类 (F) and 罚款 by 金额区间 (F, planted), a table of 执法单位 with 处罚 / 罚没款（万元） / 法制审核 / 听证 and a 合计 row (T: four column sums; a planted 罚没款 cell), prose restating (H), 罚没款 较上年 with the previous printed (A), 案卷评查 问题 share (C), 法制审核 inside 处罚 (E); 执法证 and 主体 counts, 评查 分数 as traps")
dw = [("区市场监督管理局", 486, 312.46, 97, 4), ("区综合行政执法局", 812, 186.32, 61, 2), ("区生态环境分局", 74, 268.5, 74, 3),
      ("区应急管理局", 63, 94.8, 63, 1), ("其他区直部门（14个）", 219, 126.74, 88, 2), ("街道（9个）", 208, 21.6, 12, 0)]
cs = [sum(d[1] for d in dw), round(sum(d[2] for d in dw), 2), sum(d[3] for d in dw), sum(d[4] for d in dw)]
rows = [[a, b, c, d, e] for a, b, c, d, e in dw] + [["合计", n(cs[0]), cs[1], cs[2], cs[3]]]
rows[2][2] = 286.5
tab, trels, rowt = tgrid(["执法单位", "行政处罚（件）", "罚没款（万元）", "法制审核（件）", "听证（件）"], rows, "md", col_sums=(1, 2, 3, 4))
P, M, F, H = cs
zl = [1514, 236, 58, 9, 45]
rep.text = f"""# 七里川区2024年度行政执法数据统计分析报告

七里川区司法局　2025年2月10日

按照《甘肃省行政执法公示办法》和区委全面依法治区委员会办公室工作安排，区司法局对全区2024年度行政执法数据进行了汇总分析。全区现有行政执法主体38个、持证执法人员1,126人。

## 一、行政处罚情况

全区2024年作出行政处罚决定{n(P)}件，罚没款{M}万元，较上年的{n(1132.58, 2)}万元下降{gr(M, 1132.58)}%。

{n(P)}件处罚决定中，罚款{n(zl[0])}件、警告{zl[1]}件、没收违法所得{zl[2]}件、责令停产停业{zl[3]}件、暂扣或吊销许可证件{zl[4]}件。罚款的{n(zl[0])}件中，罚款金额在1万元以下的{n(1206)}件，1万元至5万元区间的241件，5万元以上的76件。

## 二、分单位情况

{tab}

## 三、“三项制度”落实情况

全年经法制审核的行政处罚案件{F}件，举行听证{H}件。区司法局组织开展行政执法案卷评查，抽查案卷186卷，发现问题案卷23卷，占抽查案卷的{pc(23, 186)}%，平均得分87.6分。

## 四、下一步工作

推动街道综合执法规范化，力争2025年街道法制审核覆盖率明显提高。
"""
t = rep.text
addt(rep, trels)
from common import B
rep.add(
    C(M, -float(gr(M, 1132.58)), span(t, f"罚没款{M}万元", f"下降{gr(M, 1132.58)}%"), "A", prev=1132.58),
    S(P, zl, span(t, f"{n(P)}件处罚决定中", f"许可证件{zl[4]}件"), "F"),
    S(zl[0], [1206, 241, 76], span(t, f"罚款的{n(zl[0])}件中", "5万元以上的76件"), "F",
      bad="1,206 + 241 + 76 = 1,523, the total prints 1,514 (5万元以上 67 typed 76)"),
    E([P, P], span(t, f"行政处罚决定{n(P)}件", rowt[-1]), "H"),
    E([F, F], span(t, rowt[-1], f"行政处罚案件{F}件"), "H"),
    B(F, P, span(t, f"行政处罚决定{n(P)}件", f"行政处罚案件{F}件"), "E"),
    R(23, 186, float(pc(23, 186)), span(t, "抽查案卷186卷", f"占抽查案卷的{pc(23, 186)}%"), "C"),
)
rep.never("行政执法主体38个、持证执法人员1,126人", "bodies and staff")
rep.never("平均得分87.6分", "a score")
