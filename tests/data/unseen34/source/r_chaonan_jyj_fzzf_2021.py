from common import B, C, E, R, Report, S, span
from u34 import addt, dl, gr, pc, tgrid

rep = Report("chaonan-jyj-fzzf-2021", "html", "汕州市潮南湾区教育局", 2022,
             kind="潮南湾区教育局2021年法治政府建设年度报告 (2022, 法治政府建设, 广东 区 教育局)",
             shape="HTML; a table of 校外培训机构 治理 by 镇街 with 机构数 / 压减 / 压减率% and a 合计 row (T: column sums, the rate per row), prose: 规范性文件 审查 (F), 法治副校长 配备率 over 学校 (C), 分别 over 人/人次/所 (B), 同比 with the delta (A), 投诉 funnel (E), a 万元 sum")
rows = [["峡山街道", 46, 31], ["两英镇", 38, 24], ["陈店镇", 29, 19], ["司马浦镇", 22, 15], ["其他镇", 37, 26]]
for r in rows:
    r.append(pc(r[2], r[1]))
rows.append(["合计", sum(r[1] for r in rows), sum(r[2] for r in rows), ""])
rows[-1][3] = pc(rows[-1][2], rows[-1][1])
tab, trels, rt = tgrid(["镇（街道）", "学科类培训机构（家）", "已压减（家）", "压减率（%）"], rows, "html", col_sums=(1, 2), rates=((3, 2, 1),))
T1, T2 = rows[-1][1], rows[-1][2]
t = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>潮南湾区教育局2021年法治政府建设年度报告</title></head>
<body>
<div class="crumb">首页 &gt; 政务公开 &gt; 法治政府建设</div>
<h2>潮南湾区教育局2021年法治政府建设年度报告</h2>
<p class="info">发布时间：2022-01-24　浏览次数：1086</p>
<p>2021年，区教育局认真贯彻落实中央、省、市关于法治政府建设的决策部署，以推进依法治教、依法治校为主线，各项工作取得新成效。</p>
<h3>一、推进依法行政的主要举措</h3>
<p>（一）健全制度体系。全年制定和修订规范性文件及重要制度9件，均经合法性审查，其中规范性文件3件、内部管理制度6件，向区司法局报备规范性文件3件，报备率100%。</p>
<p>（二）落实“双减”政策。全区共有学科类校外培训机构{T1}家，至年底已压减{T2}家，压减率{pc(T2, T1)}%，各镇（街道）情况如下：</p>
{tab}
<p>全年开展校外培训联合执法检查86次，出动执法人员512人次，检查机构194家次，责令整改41家，立案查处无证办学3宗、罚款合计12.6万元。</p>
<p>（三）推进学校法治建设。全区中小学和幼儿园共264所，聘任法治副校长（辅导员）238名，配备率{pc(238, 264)}%；开展宪法晨读、模拟法庭等活动1,420场次、参与师生13.6万人次，较上年增加2.4万人次，增长{gr(13.6, 11.2)}%。</p>
<h3>二、行政执法与监督</h3>
<p>全年受理教育类投诉举报372件，已办结368件，分别为查实并处理129件、部分属实87件、不属实152件，办结率{pc(368, 372)}%；其余4件正在调查核实。区教育局无行政复议和行政诉讼案件。</p>
<p>全年安排普法和依法治校专项经费86.5万元，其中教师法治培训32.8万元、学生普法活动41.2万元、法律顾问服务12.5万元。</p>
<h3>三、存在问题及下一步打算</h3>
<p>部分学校章程修订滞后。2022年，我局计划完成全部264所学校章程核准，力争法治副校长配备率达到100%。</p>
<p>潮南湾区教育局<br>2022年1月20日</p>
</body></html>"""
rep.text = t
addt(rep, trels)
rep.add(
    S(9, [3, 6], span(t, "重要制度9件", "内部管理制度6件"), "F"),
    E([T1, T1], span(t, f"学科类校外培训机构{T1}家", rt[-1]), "H"),
    E([T2, T2], span(t, f"已压减{T2}家", rt[-1]), "H"),
    R(T2, T1, float(pc(T2, T1)), span(t, f"学科类校外培训机构{T1}家", f"压减率{pc(T2, T1)}%"), "O"),
    R(238, 264, float(pc(238, 264)), span(t, "中小学和幼儿园共264所", f"配备率{pc(238, 264)}%"), "C"),
    C(13.6, dl(13.6, 11.2), span(t, "参与师生13.6万人次", f"增长{gr(13.6, 11.2)}%"), "A", prev=11.2),
    S(368, [129, 87, 152], span(t, "已办结368件", "不属实152件"), "B"),
    R(368, 372, float(pc(368, 372)), span(t, "受理教育类投诉举报372件", f"办结率{pc(368, 372)}%"), "O"),
    S(372, [368, 4], span(t, "受理教育类投诉举报372件", "其余4件"), "H"),
    S(86.5, [32.8, 41.2, 12.5], span(t, "专项经费86.5万元", "12.5万元"), "F"),
    B(41, 194, span(t, "检查机构194家次", "责令整改41家"), "E"),
)
rep.never("出动执法人员512人次，检查机构194家次", "人次 and 家次: different units, not parts")
rep.never("报备率100%", "3 over 3, a rate whose base is the same printed figure; not a separate share")
rep.never("浏览次数：1086", "page furniture")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('inspections.staff_deployed', 512, '人次', '出动执法人员512人次')
rep.metric('cases.filed', 3, '宗', '立案查处无证办学3宗')
rep.metric('penalties.amount', 12.6, '万元', '罚款合计12.6万元')
rep.metric('education.schools', 264, '所', '全区中小学和幼儿园共264所')
rep.metric('publicity.participants', 136000, '人次', '参与师生13.6万人次')
rep.metric('complaints.received', 372, '件', '全年受理教育类投诉举报372件')
rep.metric('complaints.resolved', 368, '件', '已办结368件')
rep.metric('complaints.resolved_rate', 98.9, '%', '办结率98.9%')
