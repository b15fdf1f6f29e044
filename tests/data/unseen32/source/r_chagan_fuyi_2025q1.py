from common import C, E, R, Report, S, span
from u32 import addt, gr, pc, tgrid

rep = Report("chagan-fuyi-2025q1", "html", "查干市司法局", 2025,
             kind="查干市2025年一季度行政复议案件办理情况通报 (2025, 行政复议 季度通报, 吉林 city 司法局)",
             shape="HTML; a table of 县（市、区） with 新收/审结/维持/纠错/纠错率 and a 合计 row (T: column sums and the rate per row; a planted 西岭 rate), prose restating 合计 (H), 同比 growth (O), 审结 = 维持 + 驳回 + 纠错 + 调解和解 (O), 纠错 = 撤销 + 确认违法 + 责令履行 (F), 听证 and 建议书 (traps)")
body = [["东城区", "42", "38", "24", "5", pc(5, 38)], ["西岭区", "31", "27", "18", "3", "11.8"], ["柳河县", "26", "25", "15", "4", pc(4, 25)],
        ["白泉县", "19", "16", "11", "1", pc(1, 16)], ["合计", "118", "106", "68", "13", pc(13, 106)]]
tab, trels, rowt = tgrid(["县（市、区）", "新收案件（件）", "审结（件）", "维持（件）", "纠错（件）", "纠错率（%）"], body, "html", col_sums=(1, 2, 3, 4), rates=((5, 4, 2),))
for r in trels:
    if r.get("note"):
        r["note"] = f"西岭 3 / 27 = {pc(3, 27)}%, printed 11.8 (planted)"
rep.text = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>查干市2025年一季度行政复议案件办理情况通报</title></head><body>
<div class="art-title">查干市2025年一季度行政复议案件办理情况通报</div>
<div class="art-info">信息来源：市司法局　发布时间：2025-04-09　阅读：365</div>
<div class="art-body">
<p>各县（市、区）人民政府，市政府各部门：</p>
<p>现将2025年一季度全市行政复议案件办理情况通报如下。</p>
<p><strong>一、总体情况。</strong>一季度，全市各级行政复议机关新收行政复议案件118件，同比增长{gr(118, 90)}%；审结106件，其中维持68件、驳回9件、纠错13件、调解和解结案16件。纠错案件中，撤销7件、确认违法4件、责令履行2件，全市纠错率{pc(13, 106)}%。</p>
<p><strong>二、分地区情况。</strong></p>
{tab}
<p><strong>三、工作要求。</strong>一季度共组织听证5件，制发行政复议建议书3份。各地要落实行政复议决定书、意见书的履行监督，被纠错较多的地区要认真分析原因。</p>
</div></body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    E([118, 118], span(t, "新收行政复议案件118件", rowt[-1]), "H"),
    E([106, 106], span(t, "审结106件", rowt[-1]), "H"),
    C(118, float(gr(118, 90)), span(t, "新收行政复议案件118件", "增长" + gr(118, 90) + "%")),
    S(106, [68, 9, 13, 16], span(t, "审结106件", "调解和解结案16件")),
    S(13, [7, 4, 2], span(t, "纠错13件", "责令履行2件")),
    R(13, 106, float(pc(13, 106)), span(t, "审结106件", "全市纠错率" + pc(13, 106) + "%")),
)
rep.never("一季度共组织听证5件，制发行政复议建议书3份", "counts, no relation")
rep.never("阅读：365", "page furniture")
