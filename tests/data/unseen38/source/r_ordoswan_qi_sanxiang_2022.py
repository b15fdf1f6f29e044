from fill import block
from common import E, R, Report, S, span
from u38 import addt, pc, pdf_table, tgrid

rep = Report("ordoswan-qi-sanxiang-2022", "txt", "鄂尔多斯湾市准格尔川旗司法局", 2023, wrap=34, page_every=22,
             header="准格尔川旗2022年度行政执法数据公示", page_style="第{n}页",
             kind="准格尔川旗2022年度行政执法数据公示（行政执法“三项制度”） (2023, 三项制度 公示, 内蒙古 旗)",
             shape="PDF copy wrapped at 34 with 第n页 footers and a running header; a space-aligned table of 执法部门 whose long names wrap onto a second line (PDF copy) with 许可 / 处罚 / 检查 / 强制 / 合计 and a 合计 row (T: column sums and row sums; a planted 行政检查 of 旗市场监督管理局), prose: 执法决定 total with the kinds (F) and shares (C), 罚没款 by 部门 (F), 法制审核 (F) with 重大 share (C), 全过程记录 (C), 公示 (F), restatement of the 合计 (H); 执法证 and 平台 counts as traps")
units = [("旗市场监督管理局", 2846, 412, 1318, 37), ("旗生态环境分局", 96, 58, 412, 9), ("旗应急管理局", 64, 121, 886, 14),
         ("旗城市管理综合行政执法局", 318, 906, 1442, 21), ("旗自然资源局", 1270, 47, 288, 6), ("旗交通运输综合行政执法大队", 512, 633, 974, 48),
         ("各苏木乡镇综合行政执法队", 0, 264, 731, 3)]
rows = [[u, str(a), str(b), str(c), str(e), str(a + b + c + e)] for u, a, b, c, e in units]
T = [sum(x[i] for x in units) for i in range(1, 5)]
rows.append(["合计", *map(str, T), str(sum(T))])
rows[0][3] = "1381"
tab, trels, rowt = tgrid(["执法部门", "行政许可", "行政处罚", "行政检查", "行政强制", "合计"], rows, "txt",
                         col_sums=(1, 2, 3, 4, 5), row_sums=((5, (1, 2, 3, 4)),),
                         note="the printed 行政检查 1381 of 旗市场监督管理局 (true 1318) breaks its row and the column (planted)")
tab = pdf_table(tab, width=10)
A, P, C_, Q = T
ALL = sum(T)
rep.text = f"""准格尔川旗2022年度行政执法数据公示

根据《内蒙古自治区行政执法公示办法》和旗全面推行行政执法“三项制度”工作要求，现将2022年度全旗行政执法数据公示如下。本公示数据来源于旗行政执法综合管理监督平台，统计截至2022年12月31日，全旗持有效行政执法证件人员共计1,046人。

一、行政执法决定总体情况

2022年，全旗各行政执法主体共作出行政执法决定{ALL}件。其中，行政许可{A}件，占{pc(A, ALL)}%；行政处罚{P}件，占{pc(P, ALL)}%；行政检查{C_}件，占{pc(C_, ALL)}%；行政强制{Q}件，占{pc(Q, ALL)}%。

二、分部门情况

{tab}

三、罚没款情况

全旗行政处罚罚没款共计1,786.52万元，其中旗市场监督管理局412.36万元、旗生态环境分局538.90万元、旗应急管理局263.15万元、旗城市管理综合行政执法局126.44万元、其他单位445.67万元。

四、法制审核和全过程记录

全年提交法制审核的行政执法决定共486件，其中重大行政执法决定93件，占{pc(93, 486)}%，一般执法决定经法制审核393件。对{P}件行政处罚决定实行全过程记录，音像记录{1587}件，音像记录率{pc(1587, P)}%。

五、执法信息公示

通过“双公示”平台公示行政许可和行政处罚信息{A + P}条，其中行政许可{A}条、行政处罚{P}条。

六、工作开展情况

{block(rep.name, 8, "全旗各行政执法机关")}

准格尔川旗司法局
2023年1月20日
"""
t = rep.text
addt(rep, trels)
rep.add(S(ALL, [A, P, C_, Q], span(t, f"行政执法决定{ALL}件", f"行政强制{Q}件"), "F"))
for v in (A, P, C_, Q):
    rep.add(R(v, ALL, float(pc(v, ALL)), span(t, f"行政执法决定{ALL}件", f"占{pc(v, ALL)}%"), "C"))
rep.add(
    S(1786.52, [412.36, 538.90, 263.15, 126.44, 445.67], span(t, "罚没款共计1,786.52万元", "其他单位445.67万元"), "F"),
    S(486, [93, 393], span(t, "执法决定共486件", "法制审核393件"), "F"),
    R(93, 486, float(pc(93, 486)), span(t, "执法决定共486件", f"占{pc(93, 486)}%"), "C"),
    R(1587, P, float(pc(1587, P)), span(t, f"对{P}件行政处罚决定", f"音像记录率{pc(1587, P)}%"), "C"),
    S(A + P, [A, P], span(t, f"处罚信息{A + P}条", f"行政处罚{P}条"), "F"),
    E([ALL, ALL], span(t, f"行政执法决定{ALL}件", rowt[-1]), "H"),
    E([P, P], span(t, f"行政处罚{P}件", rowt[-1]), "H"),
)
rep.metric("decisions.total", ALL, "件", f"共作出行政执法决定{ALL}件")
rep.metric("penalties.count", P, "件", f"行政处罚{P}件")
rep.metric("penalties.amount", 1786.52, "万元", "罚没款共计1,786.52万元")
rep.metric("decisions.legal_review", 486, "件", "提交法制审核的行政执法决定共486件")
rep.metric("decisions.major", 93, "件", "重大行政执法决定93件")
rep.metric("enforcement.publicized", A + P, "条", f"处罚信息{A + P}条")
rep.never("执法证件人员共计1,046人", "a count of staff")
rep.never("2022年12月31日", "a date")
