from common import B, C, E, R, Report, S, span
from u34 import dl, gr, pc

rep = Report("jiangyin-xzys-2021", "txt", "江阴湾市人民政府办公室", 2022, wrap=30, page_every=15,
             page_style="第{n}页", header="",
             kind="江阴湾市2021年度行政机关负责人出庭应诉和行政诉讼案件情况报告 (2022, 行政应诉 统计, 江苏 县级市, PDF copy)",
             shape="PDF copy hard-wrapped at 30 with 第n页 footers; a space-aligned table of 应诉 by 单位类别 with 应出庭 / 负责人出庭 / 出庭率% / 败诉 and a 合计 row (T: column sums, the rate per row), prose restating (H), 同比 with the delta and 环比 (A), 分别 over 件/人次 (B), 败诉率 over a distant 审结 (C), a planted 合计 出庭率")
rows = [["市政府（含市政府办）", 46, 41], ["市级部门", 128, 126], ["镇（街道）", 97, 95], ["开发区管委会", 24, 24]]
for r in rows:
    r.append(pc(r[2], r[1]))
bs = [9, 7, 8, 1]
rows = [[*r, b] for r, b in zip(rows, bs, strict=False)]
rows.append(["合计", 295, 286, "97.3", 25])  # planted 97.3: 286 / 295 = 96.9
lines = ["单位类别  应出庭（件）  负责人出庭（件）  出庭率（%）  败诉（件）"] + ["  ".join(str(c) for c in r) for r in rows]
tab = "\n".join(lines)
rt = lines[1:]
t = f"""江阴湾市2021年度行政机关负责人出庭应诉和行政诉讼案件情况报告

为贯彻落实《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》，推动行政机关负责人出庭应诉常态化，现将2021年度全市行政诉讼案件及负责人出庭应诉情况报告如下。

一、行政诉讼案件总体情况
2021年，全市以各级行政机关为被告的一审行政诉讼案件共收案512件，同比增加64件，增长{gr(512, 448)}%；审结478件，其中行政机关败诉25件，败诉率{pc(25, 478)}%。下半年收案287件，环比上半年增加62件、增长{gr(287, 225)}%。

二、负责人出庭应诉情况
全年法院通知行政机关负责人出庭的案件295件，负责人实际出庭286件，出庭率96.9%，其中主要负责人出庭38件、分管负责人出庭248件。分单位类别情况如下：

{tab}

全年组织旁听庭审活动12场，参加旁听的机关工作人员1,036人次，分别为市级部门612人次、镇（街道）424人次。

三、存在的主要问题
一是部分单位出庭“出声”不到位；二是征地拆迁、社会保障领域败诉案件较为集中，占败诉案件的六成。

四、下一步工作
2022年，将把负责人出庭应诉率纳入法治政府建设考核，确保出庭率达到100%。

江阴湾市人民政府办公室
2022年2月15日
"""
rep.text = t
rep.add(
    S(295, [46, 128, 97, 24], span(tab, rt[0], rt[-1]), "T"),
    S(286, [41, 126, 95, 24], span(tab, rt[0], rt[-1]), "T"),
    S(25, bs, span(tab, rt[0], rt[-1]), "T"),
)
for i, r in enumerate(rows):
    rep.add(R(r[2], r[1], float(r[3]), rt[i], "T", bad="合计 286 / 295 = 96.9%, the table prints 97.3 (planted)" if i == 4 else None))
rep.add(
    C(512, dl(512, 448), span(t, "共收案512件", f"增长{gr(512, 448)}%"), "A", prev=448),
    B(478, 512, span(t, "共收案512件", "审结478件"), "E"),
    R(25, 478, float(pc(25, 478)), span(t, "审结478件", f"败诉率{pc(25, 478)}%"), "O"),
    C(287, dl(287, 225), span(t, "下半年收案287件", f"增长{gr(287, 225)}%"), "A", prev=225),
    B(287, 512, span(t, "共收案512件", "下半年收案287件"), "E"),
    R(286, 295, 96.9, span(t, "出庭的案件295件", "出庭率96.9%"), "O"),
    S(286, [38, 248], span(t, "负责人实际出庭286件", "分管负责人出庭248件"), "F"),
    E([25, 25], span(t, "行政机关败诉25件", rt[-1]), "H"),
    E([295, 295], span(t, "出庭的案件295件", rt[-1]), "H"),
    S(1036, [612, 424], span(t, "机关工作人员1,036人次", "镇（街道）424人次"), "B"),
)
rep.never("占败诉案件的六成", "a share in words over 领域 counts not printed")
rep.add(E([96.9, 97.3], span(t, "出庭率96.9%", rt[-1]), "H", bad="the prose gives 出庭率 96.9%, the table's 合计 row 97.3 (planted)"))
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('litigation.count', 512, '件', '一审行政诉讼案件共收案512件')
rep.metric('litigation.lost', 25, '件', '行政机关败诉25件')
rep.metric('litigation.lost_rate', 5.2, '%', '败诉率5.2%')
