from common import B, C, E, R, Report, S, span
from u34 import addt, dl, gr, pc, tgrid

rep = Report("liuyang-zjj-fzzf-2024", "md", "浏川市住房和城乡建设局", 2025,
             kind="浏川市住房和城乡建设局2024年法治政府建设工作报告 (2025, 法治政府建设, 湖南 县级市 住建局)",
             shape="Markdown; a table of 行政处罚 by 对象 with 2024 件数 / 罚款（万元） / 2023 件数 / 增减（件） and a 合计 row (T: column sums, 增减 = 2024 − 2023 per row written as a sum), prose: 同比 with deltas for two figures in one sentence (A), 自建房 安全 排查 funnel (E), 保障性住房 (F), 分别 over a list spanning clauses (B), a share over a distant 总量 (C), a planted 增减 cell of 物业服务企业 (its row and the 增减 column break)")
rows = [["建设单位", 31, "146.2", 24], ["施工单位", 58, "211.7", 61], ["监理单位", 17, "38.4", 12], ["房地产开发企业", 22, "97.5", 19], ["物业服务企业", 14, "12.6", 9]]
for r in rows:
    r.append(("+" if r[1] >= r[3] else "-") + str(abs(r[1] - r[3])))
rows[4][4] = "+6"  # planted: 14 − 9 = 5
rows.append(["合计", 142, "506.4", 125, "+17"])
tab, trels, rt = tgrid(["处罚对象", "2024年（件）", "罚款（万元）", "2023年（件）", "增减（件）"], rows, "md", col_sums=(1, 2, 3))
t = f"""# 浏川市住房和城乡建设局2024年法治政府建设工作报告

浏川市住房和城乡建设局　2025年1月27日

2024年，市住建局深入学习贯彻习近平法治思想和党的二十届三中全会精神，围绕“安全住建、法治住建、效能住建”目标，依法履行住房和城乡建设管理职责。

## 一、加强法治建设组织领导

局党组全年专题研究法治建设工作5次，制定年度法治建设工作计划、领导干部应知应会法律法规清单和普法责任清单；主要负责人年终述法，班子成员旁听庭审1次。

## 二、严格规范公正文明执法

全年作出行政处罚决定142件、罚款506.4万元，同比分别增加17件、增长{gr(142, 125)}%和增加63.8万元、增长{gr(506.4, 442.6)}%。分对象情况如下：

{tab}

全年组织房屋市政工程安全生产检查418次，检查在建项目1,286个次，下发整改通知书372份，责令局部停工整改46个。

## 三、扎实开展自建房安全专项整治

全市共排查经营性自建房2.18万栋，初步判定存在安全隐患的1,364栋，经鉴定为C、D级危房的287栋，已完成整治284栋，整治率{pc(284, 287)}%；其中拆除重建61栋、加固维修198栋、停用并落实管控25栋。

## 四、依法推进住房保障

全年筹集保障性租赁住房1,860套，其中新建1,240套、改建620套；发放城镇住房保障租赁补贴3,416户、1,037.2万元，享受补贴家庭占全市城镇低收入住房困难家庭总数（5,126户）的{pc(3416, 5126)}%。

## 五、存在问题和下一步打算

执法人员数量与监管任务不匹配；部分乡镇自建房隐患整治进度偏慢。2025年，我局将确保C、D级危房“动态清零”。

浏川市住房和城乡建设局
"""
rep.text = t
addt(rep, trels)
for i, r in enumerate(rows):
    rel = S(r[1], [r[3], int(r[4])], rt[i], "T")
    if i == 4:
        rel["note"] = "物业服务企业 14 − 9 = 5, the 增减 cell prints +6 (planted)"
    rep.add(rel)
rep.add(
    E([142, 142], span(t, "行政处罚决定142件", rt[-1]), "H"),
    E([506.4, 506.4], span(t, "罚款506.4万元", rt[-1]), "H"),
    C(142, dl(142, 125), span(t, "行政处罚决定142件", f"增长{gr(142, 125)}%和"), "A", prev=125),
    C(506.4, dl(506.4, 442.6), span(t, "罚款506.4万元", f"增长{gr(506.4, 442.6)}%。"), "A", prev=442.6),
    B(287, 1364, span(t, "安全隐患的1,364栋", "危房的287栋"), "E"),
    B(1364, 21800, span(t, "经营性自建房2.18万栋", "安全隐患的1,364栋"), "E"),
    R(284, 287, float(pc(284, 287)), span(t, "危房的287栋", f"整治率{pc(284, 287)}%"), "O"),
    S(284, [61, 198, 25], span(t, "已完成整治284栋", "管控25栋"), "F"),
    S(1860, [1240, 620], span(t, "保障性租赁住房1,860套", "改建620套"), "F"),
    R(3416, 5126, float(pc(3416, 5126)), span(t, "租赁补贴3,416户", f"{pc(3416, 5126)}%"), "C"),
)
rep.never("检查在建项目1,286个次，下发整改通知书372份，责令局部停工整改46个", "项目 个次, 通知书 份 and 停工 个: not parts")
rep.never("3,416户、1,037.2万元", "户 beside 万元: a per-户 amount is not stated")
# the 增减 column against its 合计 +17: the planted +6 makes it 18
rep.add(S(17, [int(r[4]) for r in rows[:-1]], span(tab, rt[0], rt[-1]), "T",
          bad="the 增减 column adds to 18 with the planted +6 of 物业服务企业, 合计 prints +17"))
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('penalties.count', 142, '件', '全年作出行政处罚决定142件')
rep.metric('penalties.amount', 506.4, '万元', '全年作出行政处罚决定142件、罚款506.4万元')
rep.metric('housing.rental_subsidy.households', 3416, '户', '发放城镇住房保障租赁补贴3,416户')
rep.metric('housing.rental_subsidy.amount', 1037.2, '万元', '发放城镇住房保障租赁补贴3,416户、1,037.2万元')
