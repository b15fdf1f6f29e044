from common import C, E, R, Report, S, span
from u35 import addt, gr, n, pc, tgrid

rep = Report("puchuanwan-qu-fuyi-2024", "html", "上海市浦川湾区司法局", 2025,
             kind="浦川湾区2024年度行政复议工作情况报告 (2025, 行政复议 年度统计, 上海 区, 2024 law)",
             shape="HTML; 新《行政复议法》 wording (调解、和解, 确认违法, 责令履行, 驳回复议请求); 收到 = 受理 + 不予受理 + 告知 + 补正 (F), 比上年 with the previous printed (A), a table by 被申请人 类别 with 受理 / 审结 / 维持 / 驳回 / 撤销 / 确认违法 / 责令履行 / 调解和解终止 and a 合计 row (T: 审结 = the outcomes per row, column sums), prose restating (H), 纠错率 and 调解和解率 over 审结 (C), 上年结转 + 受理 = 审结 + 结转 (F), 应诉 败诉率 (C), 出庭 率 (C)")
cats = [("区政府", 212, 205, 131, 28, 9, 6, 2, 29), ("区政府工作部门", 486, 471, 318, 47, 21, 14, 5, 66),
        ("街道办事处、镇人民政府", 158, 149, 84, 26, 8, 9, 3, 19), ("其他", 37, 35, 22, 6, 1, 1, 0, 5)]
cols = [sum(c[i] for c in cats) for i in range(1, 9)]
rows = [[c[0], *c[1:]] for c in cats] + [["合计", *cols]]
tab, trels, rowt = tgrid(["被申请人类别", "受理", "审结", "维持", "驳回复议请求", "撤销", "确认违法", "责令履行", "调解、和解后终止"],
                         rows, "html", col_sums=tuple(range(1, 9)), row_sums=((2, [3, 4, 5, 6, 7, 8]),))
acc, done = cols[0], cols[1]
fix = cols[4] + cols[5] + cols[6]
med = cols[7]
recv = acc + 64 + 38 + 17
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<h2>浦川湾区2024年度行政复议工作情况报告</h2>
<p>浦川湾区司法局　2025年2月12日</p>
<p>2024年是新修订的《中华人民共和国行政复议法》施行的第一年。区政府作为行政复议机关，统一行使行政复议职责，充分发挥行政复议化解行政争议的主渠道作用。现将全年工作情况报告如下。</p>
<h3>一、案件收结情况</h3>
<p>全年共收到行政复议申请{n(recv)}件，比上年的{n(786)}件增长{gr(recv, 786)}%。经审查，依法受理{acc}件，不予受理64件，告知向其他有权机关申请38件，申请人补正后未再提出申请17件。受理案件中，涉及房屋征收与补偿的142件、市场监管的118件、公安的206件。</p>
<p>加上2023年结转案件53件，全年共审结{done}件，结转至2025年继续审理{acc + 53 - done}件。审结案件中，维持{cols[2]}件，驳回复议请求{cols[3]}件，撤销{cols[4]}件，确认违法{cols[5]}件，责令履行{cols[6]}件，经调解、和解后终止{med}件。直接纠错{fix}件，纠错率{pc(fix, done)}%；调解、和解结案率{pc(med, done)}%。</p>
<h3>二、按被申请人分类情况</h3>
{tab}
<h3>三、行政应诉情况</h3>
<p>全年区政府及其部门作为被告的一审行政诉讼案件审结{n(612)}件，其中败诉27件，败诉率{pc(27, 612)}%；行政机关负责人出庭应诉{n(598)}件次，应出庭{n(612)}件次，出庭应诉率{pc(598, 612)}%。</p>
<h3>四、存在问题和下一步工作</h3>
<p>一是征收补偿类案件纠错率偏高；二是部分街镇执法程序不规范。2025年，将对纠错案件逐案制发行政复议意见书，全年制发意见书不少于20份（2024年制发14份）。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    C(recv, float(gr(recv, 786)), span(t, f"收到行政复议申请{n(recv)}件", f"增长{gr(recv, 786)}%"), "A", prev=786),
    S(recv, [acc, 64, 38, 17], span(t, f"收到行政复议申请{n(recv)}件", "未再提出申请17件"), "F"),
    S(done, [cols[2], cols[3], cols[4], cols[5], cols[6], med], span(t, f"共审结{done}件", f"后终止{med}件"), "F"),
    S(fix, [cols[4], cols[5], cols[6]], span(t, f"撤销{cols[4]}件", f"直接纠错{fix}件"), "F"),
    R(fix, done, float(pc(fix, done)), span(t, f"共审结{done}件", f"纠错率{pc(fix, done)}%"), "C"),
    R(med, done, float(pc(med, done)), span(t, f"共审结{done}件", f"结案率{pc(med, done)}%"), "C"),
    E([acc, acc], span(t, f"依法受理{acc}件", rowt[-1]), "H"),
    E([done, done], span(t, f"共审结{done}件", rowt[-1]), "H"),
    R(27, 612, float(pc(27, 612)), span(t, "审结612件", f"败诉率{pc(27, 612)}%"), "C"),
    R(598, 612, float(pc(598, 612)), span(t, "出庭应诉598件次", f"出庭应诉率{pc(598, 612)}%"), "C"),
)
rep.never("涉及房屋征收与补偿的142件、市场监管的118件、公安的206件", "a non-exhaustive list of fields")
rep.never("全年制发意见书不少于20份（2024年制发14份）", "a target beside last year's count")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 893, '件', '依法受理893件')
rep.metric('reconsideration.closed', 860, '件', '全年共审结860件')
rep.metric('reconsideration.corrected', 79, '件', '直接纠错79件')
rep.metric('reconsideration.corrected_rate', 9.2, '%', '纠错率9.2%')
rep.metric('litigation.lost', 27, '件', '其中败诉27件')
rep.metric('litigation.lost_rate', 4.4, '%', '败诉率4.4%')
