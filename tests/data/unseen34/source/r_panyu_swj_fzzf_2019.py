from common import B, C, E, R, Report, S, span
from u34 import addt, dl, gr, pc, tgrid

rep = Report("panyu-swj-fzzf-2019", "txt", "国家税务总局广州市番湾区税务局", 2020,
             kind="国家税务总局广州市番湾区税务局2019年度法治税务建设工作报告 (2020, 法治政府建设, 广东 区 税务局)",
             shape="txt (no wrapping); a tab-separated table (copied from Word) of 减税降费 by 税种 with 减免额（亿元） / 占比% and a 合计 row (T: column sum, the share per row over 合计; a planted 占比), prose restating (H), 行政处罚 with 户次/万元 (F), 同比 with the previous (A), 复议 (B), 公职律师 (a trap)")
rows = [["增值税", "48.26"], ["个人所得税", "21.37"], ["企业所得税", "9.85"], ["社会保险费", "14.62"], ["其他税费", "3.14"]]
T = round(sum(float(r[1]) for r in rows), 2)
for r in rows:
    r.append(pc(float(r[1]), T))
rows[2][2] = "11.1"  # planted: 9.85 / 97.24 = 10.1
rows.append(["合计", f"{T:.2f}", "100.0"])
tab, trels, rt = tgrid(["税费种", "减免额（亿元）", "占比（%）"], rows, "tsv", col_sums=(1,), rates=((2, 1, 1),))
trels = [r for r in trels if not (r["kind"] == "ratio" and r["numerator"] == r["denominator"] and r["denominator"] != T)]
# the rate column is over the 合计, not over the row itself: rebuild the share relations by hand
trels = [r for r in trels if r["kind"] != "ratio"]
from common import R as _R
from grids import mark
for i, r in enumerate(rows[:-1]):
    trels.append(mark(_R(float(r[1]), T, float(r[2]), rt[i] + "\n" + "\n".join(rt[i + 1:]), "T"),
                      "9.85 / 97.24 = 10.1%, the table prints 11.1 (planted)"))
t = f"""国家税务总局广州市番湾区税务局2019年度法治税务建设工作报告

　　2019年，我局在省局、市局党委和区委、区政府的领导下，以习近平新时代中国特色社会主义思想为指导，认真落实法治政府和法治税务建设各项部署，为全区经济高质量发展营造了良好的税收法治环境。

　　一、落实减税降费，依法组织收入
　　全年组织税收收入（不含海关代征）312.48亿元，同比增长{gr(312.48, 296.05)}%（上年为296.05亿元）。全年新增减税降费{T:.2f}亿元，分税费种情况如下：

{tab}

　　二、规范税务执法行为
　　（一）全面推行“三项制度”。全年公示行政执法信息2.37万条，全过程记录执法音像资料1,846小时，重大执法决定法制审核29件。
　　（二）规范行政处罚。全年作出税务行政处罚5,816户次、罚款金额2,184.6万元，其中简易程序处罚5,402户次、罚款164.3万元，一般程序处罚414户次、罚款2,020.3万元。
　　（三）推进税务稽查。全年稽查立案128户，结案121户，查补收入4.36亿元，入库3.92亿元，入库率{pc(3.92, 4.36)}%。

　　三、化解涉税争议
　　全年收到税务行政复议申请14件，受理12件，分别为维持8件、撤销2件、变更1件、终止1件；不予受理2件。发生行政诉讼案件4件，均胜诉。全局公职律师23人，占在职干部总数的2.6%。

　　四、下一步工作
　　2020年，我局将继续落实减税降费政策，推进执法“首违不罚”，争取实现复议案件纠错率下降。

　　国家税务总局广州市番湾区税务局
　　2020年3月6日
"""
rep.text = t
addt(rep, trels)
rep.add(
    C(312.48, dl(312.48, 296.05), span(t, "税收收入（不含海关代征）312.48亿元", "上年为296.05亿元"), "A", prev=296.05),
    E([T, T], span(t, f"新增减税降费{T:.2f}亿元", rt[-1]), "H"),
    S(5816, [5402, 414], span(t, "行政处罚5,816户次", "一般程序处罚414户次"), "F"),
    S(2184.6, [164.3, 2020.3], span(t, "罚款金额2,184.6万元", "2,020.3万元"), "F"),
    B(121, 128, span(t, "稽查立案128户", "结案121户"), "E"),
    R(3.92, 4.36, float(pc(3.92, 4.36)), span(t, "查补收入4.36亿元", f"入库率{pc(3.92, 4.36)}%"), "O"),
    S(14, [12, 2], span(t, "复议申请14件", "不予受理2件"), "H"),
    S(12, [8, 2, 1, 1], span(t, "受理12件", "终止1件"), "B"),
)
rep.never("公职律师23人，占在职干部总数的2.6%", "over 在职干部 not printed")
rep.never("执法音像资料1,846小时", "hours, no relation")
# the 占比 column against its 100.0: 100.9 with the planted 11.1 (99.9 with the true 10.1, within rounding)
rep.add(S(100.0, [float(r[2]) for r in rows[:-1]], span(tab, rt[0], rt[-1]), "T",
          bad="the 占比 cells add to 100.9 with the planted 11.1 of 企业所得税, the 合计 row prints 100.0"))
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('enforcement.publicized', 23700, '条', '全年公示行政执法信息2.37万条')
rep.metric('decisions.legal_review', 29, '件', '重大执法决定法制审核29件')
rep.metric('penalties.count', 5816, '户次', '全年作出税务行政处罚5,816户次')
rep.metric('penalties.amount', 2184.6, '万元', '全年作出税务行政处罚5,816户次、罚款金额2,184.6万元')
rep.metric('penalties.simple_procedure.count', 5402, '户次', '其中简易程序处罚5,402户次')
rep.metric('penalties.simple_procedure.amount', 164.3, '万元', '简易程序处罚5,402户次、罚款164.3万元')
rep.metric('penalties.general_procedure.count', 414, '户次', '一般程序处罚414户次')
rep.metric('penalties.general_procedure.amount', 2020.3, '万元', '一般程序处罚414户次、罚款2,020.3万元')
rep.metric('reconsideration.accepted', 12, '件', '全年收到税务行政复议申请14件，受理12件')
rep.metric('litigation.count', 4, '件', '发生行政诉讼案件4件')
rep.metric('staff.public_lawyers', 23, '人', '全局公职律师23人')
