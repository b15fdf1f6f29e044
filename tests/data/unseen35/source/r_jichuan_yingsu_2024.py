from common import E, R, Report, S, span
from u35 import addt, n, pc, tgrid

rep = Report("jichuan-yingsu-2024", "txt", "吉川市司法局", 2025, wrap=35, page_every=24, page_style="— {n} —",
             header="吉川市2024年度行政应诉工作情况通报",
             kind="吉川市2024年度行政应诉工作情况通报 (2025, 行政应诉 年度统计, 江西 市)",
             shape="PDF copy wrapped at 35 with — n — footers and a running header; 收案 = 新收 + 旧存 (F), 审结 by 结案方式 with 分别 (B), 败诉 = 判决撤销 + 确认违法 + 责令履行 + 变更 (F) and 败诉率 over 审结 (C) with its 个百分点 fall from last year's printed rate (a sum), a space-aligned table of 县（市、区） with 审结 / 败诉 / 败诉率 / 出庭 / 出庭率 and a 合计 row (T: column sums and both rates per row), prose restating (H), 复议机关 共同被告 share (C)")
co = [("吉州湾区", 186, 7, 184), ("青原湾区", 94, 3, 94), ("井冈山川市", 62, 1, 61), ("吉安川县", 118, 5, 115), ("吉水川县", 87, 2, 87),
      ("泰和川县", 103, 6, 101), ("永丰川县", 71, 2, 70), ("其他6县", 312, 9, 308), ("市直部门", 226, 8, 223)]
cs = [sum(c[i] for c in co) for i in (1, 2, 3)]
rows = [[a, b, c, pc(c, b), d, pc(d, b)] for a, b, c, d in co] + [["合计", cs[0], cs[1], pc(cs[1], cs[0]), cs[2], pc(cs[2], cs[0])]]
tab, trels, rowt = tgrid(["地区（单位）", "审结", "败诉", "败诉率（%）", "负责人出庭", "出庭率（%）"], rows, "txt",
                         col_sums=(1, 2, 4), rates=((3, 2, 1), (5, 4, 1)))
D, L = cs[0], cs[1]
way = [612, 284, 225, L, D - 612 - 284 - 225 - L]
lr = pc(L, D)
d = f"{4.7 - float(lr):.1f}"
rep.text = f"""吉川市2024年度行政应诉工作情况通报

　　各县（市、区）人民政府，市政府各部门：

　　为进一步推动行政机关负责人出庭应诉，提升依法行政水平，现将2024年度全市行政应诉工作情况通报如下。

　　一、案件基本情况

　　2024年，全市各级行政机关作为被告的一审行政诉讼案件共收案{n(1386)}件，其中新收{n(1224)}件、上年旧存162件。全年审结{n(D)}件，以判决驳回诉讼请求、裁定驳回起诉、原告撤诉、行政机关败诉、其他方式结案的分别为612件、284件、225件、{L}件、{way[4]}件。

　　行政机关败诉的{L}件中，判决撤销或部分撤销的21件，判决确认违法的15件，判决责令履行法定职责的6件，判决变更的1件。全市一审行政诉讼败诉率为{lr}%，较2023年的4.7%下降{d}个百分点。

　　全年以复议机关为共同被告的案件168件，占审结案件的{pc(168, D)}%。

　　二、各地区、各部门应诉情况

{tab}

　　从上表看，吉州湾区审结案件186件，居全市首位，败诉率{pc(7, 186)}%；井冈山川市败诉率最低。

　　三、存在的问题

　　一是征收拆迁类案件败诉较多，占败诉案件的四成以上；二是个别单位负责人“出庭不出声”。

　　四、工作要求

　　各地各部门要把行政机关负责人出庭应诉情况纳入法治政府建设考核，出庭应诉率低于95%的单位要作出书面说明。

　　吉川市司法局
　　2025年2月20日
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(1386, [1224, 162], span(t, "共收案1,386件", "上年旧存162件"), "F"),
    S(D, way, span(t, f"全年审结{n(D)}件", f"{way[4]}件。"), "B"),
    S(L, [21, 15, 6, 1], span(t, f"行政机关败诉的{L}件", "判决变更的1件"), "F"),
    R(L, D, float(lr), span(t, f"全年审结{n(D)}件", f"败诉率为{lr}%"), "C"),
    S(float(lr), [4.7, -float(d)], span(t, f"败诉率为{lr}%", f"下降{d}个百分点")),
    R(168, D, float(pc(168, D)), span(t, f"全年审结{n(D)}件", f"占审结案件的{pc(168, D)}%"), "C"),
    E([D, D], span(t, f"全年审结{n(D)}件", rowt[-1]), "H"),
    R(7, 186, float(pc(7, 186)), span(t, rowt[0], f"败诉率{pc(7, 186)}%"), "H"),
)
rep.never("占败诉案件的四成以上", "a rough share with no count")
rep.never("出庭应诉率低于95%", "a threshold")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('litigation.count', 1386, '件', '一审行政诉讼案件共收案1,386件')
rep.metric('litigation.lost', 43, '件', '行政机关败诉的43件')
rep.metric('litigation.lost_rate', 3.4, '%', '全市一审行政诉讼败诉率为3.4%')
