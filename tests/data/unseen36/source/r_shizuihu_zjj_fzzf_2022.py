from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("shizuihu-zjj-fzzf-2022", "html", "石嘴湖市住房和城乡建设局", 2023,
             kind="石嘴湖市住房和城乡建设局2022年法治政府建设情况报告 (2023, 法治政府建设, 宁夏 市级 住建)",
             shape="HTML; 罚款 by 单位 类型 (F) with 较上年 and the previous printed (A), 施工许可 全程网办 share (C), 物业 投诉 同比 (O), 复议 outcomes (F), 应诉 败诉率 over 审结 (C), a table of 县（区） with 计划 / 完成 / 完成率 for 保障性租赁住房 and a 合计 row (T: column sums and the rate per row; a planted 完成 cell of 合计), prose restating (H); 欠薪 人数, 通知书 份数, 停工 as traps")
qx = [("大武口湖区", 620, 648), ("惠农湖区", 410, 415), ("平罗湖县", 380, 362), ("市本级", 290, 290)]
cs = [sum(q[1] for q in qx), sum(q[2] for q in qx)]
rows = [[a, b, c, pc(c, b)] for a, b, c in qx] + [["合计", n(cs[0]), n(cs[1] + 10), pc(cs[1], cs[0])]]
tab, trels, rowt = tgrid(["县（区）", "年度计划（套）", "实际筹集（套）", "完成率（%）"], rows, "html", col_sums=(1, 2), rates=((3, 2, 1),))
fk = [124.5, 158.7, 43.6]
FK = round(sum(fk), 1)
rep.text = f"""<div class="article">
<h1>石嘴湖市住房和城乡建设局2022年法治政府建设情况报告</h1>
<div class="info">时间：2023-02-14　来源：市住房和城乡建设局</div>
<p>2022年，市住房和城乡建设局认真落实《法治政府建设实施纲要（2021—2025年）》和自治区有关部署，扎实推进住房城乡建设领域法治建设。现将有关情况报告如下：</p>
<p><strong>一、严格规范行政执法</strong></p>
<p>全年共检查在建房屋建筑和市政工程项目284个次，下达整改通知书163份、局部停工通知书12份。立案查处建筑市场违法违规案件38件，罚款{FK}万元，较上年的287.4万元增长{gr(FK, 287.4)}%。其中对建设单位罚款{fk[0]}万元、施工单位{fk[1]}万元、监理单位{fk[2]}万元。</p>
<p>开展根治欠薪专项行动，为1,842名农民工追回工资2,368.4万元。</p>
<p><strong>二、深化“放管服”改革</strong></p>
<p>全年办理建筑工程施工许可146件，其中全程网办139件，占{pc(139, 146)}%。全年受理物业服务投诉{n(1047)}件，同比下降{gr(1047, 1198)}%。</p>
<p><strong>三、保障性住房建设</strong></p>
<p>全年计划筹集保障性租赁住房{n(cs[0])}套，实际筹集{n(cs[1])}套，完成率{pc(cs[1], cs[0])}%。各县（区）情况如下：</p>
{tab}
<p><strong>四、依法化解行政争议</strong></p>
<p>全年发生行政复议案件6件，其中维持4件、驳回1件、撤销1件。发生行政诉讼案件11件，已审结9件，其中败诉2件，败诉率{pc(2, 9)}%。</p>
<p><strong>五、下一步工作</strong></p>
<p>加快推进城镇老旧小区改造，2023年计划改造小区47个。</p>
</div>"""
t = rep.text
addt(rep, trels)
rep.add(
    S(FK, fk, span(t, f"罚款{FK}万元", f"监理单位{fk[2]}万元"), "F"),
    C(FK, float(gr(FK, 287.4)), span(t, f"罚款{FK}万元", f"增长{gr(FK, 287.4)}%"), "A", prev=287.4),
    R(139, 146, float(pc(139, 146)), span(t, "施工许可146件", f"占{pc(139, 146)}%"), "C"),
    C(1047, -float(gr(1047, 1198)), span(t, "投诉1,047件", f"下降{gr(1047, 1198)}%")),
    R(cs[1], cs[0], float(pc(cs[1], cs[0])), span(t, f"计划筹集保障性租赁住房{n(cs[0])}套", f"完成率{pc(cs[1], cs[0])}%"), "C"),
    E([cs[1], cs[1] + 10], span(t, f"实际筹集{n(cs[1])}套", rowt[-1]), "H", bad=f"the prose gives {cs[1]}, the table's 合计 prints {cs[1] + 10} (planted)"),
    S(6, [4, 1, 1], span(t, "行政复议案件6件", "撤销1件"), "F"),
    R(2, 9, float(pc(2, 9)), span(t, "已审结9件", f"败诉率{pc(2, 9)}%"), "C"),
)
rep.never("为1,842名农民工追回工资2,368.4万元", "persons and money")
rep.never("下达整改通知书163份、局部停工通知书12份", "notices beside projects")
rep.never("计划改造小区47个", "a plan")
