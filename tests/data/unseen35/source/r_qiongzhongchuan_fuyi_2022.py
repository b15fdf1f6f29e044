from common import C, E, R, Report, S, span
from u35 import addt, gr, pc, tgrid

rep = Report("qiongzhongchuan-fuyi-2022", "txt", "琼中川黎族苗族自治县司法局", 2023,
             kind="琼中川县2022年度行政复议与行政应诉工作报告 (2023, 行政复议 年度统计, 海南 县, old law)",
             shape="txt (no wrapping); a small space-aligned table of 被申请人 with 件数 and a 合计 row (T), 收到 = 受理 + 不予受理 + 告知 (F), 受理 + 上年结转 = 审结 + 结转 (F), 审结 by outcome with 分别 (B, planted: 维持 printed 25), 纠错 (F) and 纠错率 (C), 比上年 (A), 应诉: 一审 收案 and 审结, 败诉率 over 审结 (C), 出庭率 (C), 调解 share (C)")
rows = [["县政府工作部门", 28], ["乡镇人民政府", 11], ["合计", 39]]
tab, trels, rowt = tgrid(["被申请人", "受理件数"], rows, "txt", col_sums=(1,))
rep.text = f"""琼中川黎族苗族自治县2022年度行政复议与行政应诉工作报告

　　2022年，县司法局在县委、县政府的领导下，认真履行行政复议和行政应诉职责，现将有关情况报告如下。

　　一、行政复议工作情况

　　（一）案件受理。全年县政府共收到行政复议申请46件，比上年的37件增长{gr(46, 37)}%。经审查，受理39件，不予受理4件，告知向其他机关申请3件。按被申请人分：

{tab}

　　（二）案件审结。加上2021年结转的5件，全年需审理44件，已审结41件，结转至2023年3件。审结的41件中，维持、驳回、撤销、确认违法、终止分别为25件、6件、4件、2件、5件。撤销和确认违法共6件，纠错率为{pc(6, 41)}%。终止的5件中，经调解达成和解后申请人撤回申请的4件，占审结案件的{pc(4, 41)}%。

　　（三）案件特点。涉及土地征收和林地权属的案件17件，涉及行政处罚的12件，涉及政府信息公开的6件。

　　二、行政应诉工作情况

　　全年县政府及各部门新收一审行政诉讼案件58件，审结52件，其中败诉3件，败诉率{pc(3, 52)}%。行政机关负责人出庭应诉49件，出庭应诉率{pc(49, 52)}%。

　　三、存在的问题及下一步打算

　　乡镇执法人员法律素养有待提高，部分乡镇行政行为程序瑕疵较多。2023年，县司法局将组织乡镇执法人员培训2期。

　　琼中川黎族苗族自治县司法局
　　2023年1月16日
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(46, float(gr(46, 37)), span(t, "收到行政复议申请46件", f"增长{gr(46, 37)}%"), "A", prev=37),
    S(46, [39, 4, 3], span(t, "收到行政复议申请46件", "向其他机关申请3件"), "F"),
    E([39, 39], span(t, "受理39件", rowt[-1]), "H"),
    S(44, [39, 5], span(t, "受理39件", "全年需审理44件"), "F"),
    S(44, [41, 3], span(t, "全年需审理44件", "结转至2023年3件"), "F"),
    S(41, [25, 6, 4, 2, 5], span(t, "审结的41件中", "2件、5件"), "B", bad="25 + 6 + 4 + 2 + 5 = 42, 审结 41 (the planted 维持 25, true 24)"),
    S(6, [4, 2], span(t, "4件、2件、5件", "撤销和确认违法共6件"), "F"),
    R(6, 41, float(pc(6, 41)), span(t, "已审结41件", f"纠错率为{pc(6, 41)}%"), "C"),
    R(4, 41, float(pc(4, 41)), span(t, "已审结41件", f"占审结案件的{pc(4, 41)}%"), "C"),
    R(3, 52, float(pc(3, 52)), span(t, "审结52件", f"败诉率{pc(3, 52)}%"), "C"),
    R(49, 52, float(pc(49, 52)), span(t, "审结52件", f"出庭应诉率{pc(49, 52)}%"), "C"),
)
rep.never("涉及土地征收和林地权属的案件17件，涉及行政处罚的12件，涉及政府信息公开的6件", "a non-exhaustive list of fields")
rep.never("新收一审行政诉讼案件58件，审结52件", "cases received and closed: no sum")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('reconsideration.accepted', 39, '件', '受理39件')
rep.metric('reconsideration.closed', 41, '件', '已审结41件')
rep.metric('reconsideration.corrected', 6, '件', '撤销和确认违法共6件')
rep.metric('reconsideration.corrected_rate', 14.6, '%', '纠错率为14.6%')
rep.metric('litigation.count', 58, '件', '新收一审行政诉讼案件58件')
rep.metric('litigation.lost', 3, '件', '其中败诉3件')
rep.metric('litigation.lost_rate', 5.8, '%', '败诉率5.8%')
