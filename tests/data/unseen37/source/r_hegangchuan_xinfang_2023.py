from common import B, C, E, R, Report, S, span
from u37 import addt, n, pc, tgrid

rep = Report("hegangchuan-xinfang-2023", "txt", "鹤岗川市信访局", 2024,
             kind="鹤岗川市2023年信访工作情况通报 (2024, 信访 年度统计, 黑龙江 市)",
             shape="txt copied from a web page; 信访总量 in a heading line with 来信 / 来访 / 网上信访 in a list (F), 来访 批次 and 人次 (a trap), 集体访 批次 ≤ 来访 批次 (E), 同比 for many figures in one sentence (B), 按期受理率 / 及时答复率 / 满意率 (C), 网上信访 share (C) with its 个百分点 rise over last year's printed share (a sum, O), a space-aligned table of 县（区） with 信访量 / 按期受理 / 按期受理率 / 办结 and a 合计 row (T: column sums and the rate per row; a planted 合计 of 办结), prose restating (H), 问题 by 领域 '一是…二是…三是' with shares (C, one planted); 接访 领导 人次 and 12345 as traps")
ds = [("向阳湾区", 1126, 1118, 1094), ("工农川区", 842, 835, 819), ("南山河区", 617, 611, 596), ("兴安湾区", 438, 436, 427),
      ("萝北川县", 526, 520, 508), ("绥滨河县", 391, 389, 381)]
T = [sum(d[i] for d in ds) for i in (1, 2, 3)]
rows = [[d[0], n(d[1]), n(d[2]), pc(d[2], d[1]), n(d[3])] for d in ds] + [["合计", n(T[0]), n(T[1]), pc(T[1], T[0]), n(T[2] + 10)]]
tab, trels, rowt = tgrid(["县（区）", "信访量（件次）", "按期受理（件次）", "按期受理率（%）", "办结（件次）"], rows, "txt", col_sums=(1, 2, 4), rates=((3, 2, 1),))
tot = T[0]
letter, visit, web = 612, 1147, tot - 612 - 1147
rep.text = f"""鹤岗川市2023年信访工作情况通报

鹤岗川市信访局　　2024年1月19日

　　2023年，全市各级信访部门坚持和发展新时代“枫桥经验”，深入推进信访工作法治化，信访形势总体平稳。

　　一、信访总量情况

　　全年全市信访总量{n(tot)}件次，同比下降6.4%。其中：
　　来信{letter}件次；
　　来访{n(visit)}件次（{n(3218)}人次）；
　　网上信访{n(web)}件次。

　　来信、来访和网上信访同比分别下降12.1%、9.8%和增长1.6%。来访中集体访46批次，同比减少11批次。网上信访占信访总量的{pc(web, tot)}%，比上年的52.7%提高{round(float(pc(web, tot)) - 52.7, 1)}个百分点，“网上信访成为主渠道”的格局进一步巩固。

　　二、办理质效

　　全市信访事项按期受理{n(T[1])}件次，按期受理率{pc(T[1], tot)}%；应答复事项{n(3812)}件次，及时答复{n(3776)}件次，及时答复率{pc(3776, 3812)}%；参评事项{n(2906)}件次，满意{n(2734)}件次，满意率{pc(2734, 2906)}%。市级领导接访下访128人次，化解信访积案37件。

　　（一）网上信访。全市开通网上信访平台端口{n(312)}个，覆盖市、县、乡三级；网上信访事项平均办理周期{21}天，比上年缩短4天。群众通过手机端提交的网上信访{n(1692)}件次，占网上信访的{pc(1692, web)}%。

　　（二）联合接访。市群众来访接待中心全年接待来访群众{n(1426)}人次，其中人社、住建、自然资源等{9}个部门派员进驻，现场解决问题{312}件。

　　三、分县（区）情况

{tab}

　　四、反映问题

　　从反映问题看，一是城乡建设类{n(1012)}件次，占{pc(1012, tot)}%；二是农村农业类{n(684)}件次，占{float(pc(684, tot)) + 0.6:.1f}%；三是劳动社保类{n(526)}件次，占{pc(526, tot)}%。

　　五、重点工作

　　（一）信访积案化解。年初梳理信访积案86件，年内化解79件，化解率{pc(79, 86)}%；其余7件已明确包案领导，列入2024年攻坚清单。

　　（二）矛盾纠纷排查。全年开展矛盾纠纷排查4轮，排查矛盾纠纷{n(2318)}件，化解{n(2194)}件，化解率{pc(2194, 2318)}%，其中通过人民调解化解{n(1406)}件。

　　（三）初信初访。全年初信初访{n(2716)}件次，占信访总量的{pc(2716, tot)}%，一次性化解{n(2452)}件次。

　　六、下一步工作

　　2024年，全市将推进信访事项“一站式接收、一揽子调处、全链条解决”，及时受理率稳定在100%。群众可通过网上信访平台或拨打12345反映诉求。
"""
t = rep.text
addt(rep, trels)
share = pc(web, tot)
d = round(float(share) - 52.7, 1)
rep.add(
    S(tot, [letter, visit, web], span(t, f"信访总量{n(tot)}件次", f"网上信访{n(web)}件次"), "F"),
    C(tot, -6.4, span(t, f"信访总量{n(tot)}件次", "同比下降6.4%")),
    C(letter, -12.1, span(t, f"来信{letter}件次", "同比分别下降12.1%"), "B"),
    C(visit, -9.8, span(t, f"来访{n(visit)}件次", "9.8%"), "B"),
    C(web, 1.6, span(t, f"网上信访{n(web)}件次", "增长1.6%"), "B"),
    R(web, tot, float(share), span(t, f"信访总量{n(tot)}件次", f"占信访总量的{share}%"), "C"),
    S(float(share), [52.7, d], span(t, f"占信访总量的{share}%", f"提高{d}个百分点"), "O"),
    R(T[1], tot, float(pc(T[1], tot)), span(t, f"信访总量{n(tot)}件次", f"按期受理率{pc(T[1], tot)}%"), "C"),
    R(3776, 3812, float(pc(3776, 3812)), span(t, f"应答复事项{n(3812)}件次", f"及时答复率{pc(3776, 3812)}%"), "C"),
    R(2734, 2906, float(pc(2734, 2906)), span(t, f"参评事项{n(2906)}件次", f"满意率{pc(2734, 2906)}%"), "C"),
    E([tot, tot], span(t, f"信访总量{n(tot)}件次", rowt[-1]), "H"),
    E([T[1], T[1]], span(t, f"按期受理{n(T[1])}件次", rowt[-1]), "H"),
    R(1012, tot, float(pc(1012, tot)), span(t, rowt[-1], f"占{pc(1012, tot)}%"), "C"),
    R(684, tot, round(float(pc(684, tot)) + 0.6, 1), span(t, rowt[-1], f"占{float(pc(684, tot)) + 0.6:.1f}%"), "C",
      bad=f"684 / {n(tot)} = {pc(684, tot)}%, printed {float(pc(684, tot)) + 0.6:.1f}% (planted)"),
    R(526, tot, float(pc(526, tot)), span(t, rowt[-1], f"占{pc(526, tot)}%"), "C"),
)
rep.add(
    S(86, [79, 7], span(t, "信访积案86件", "其余7件"), "F"),
    R(79, 86, float(pc(79, 86)), span(t, "信访积案86件", f"化解率{pc(79, 86)}%"), "C"),
    R(2194, 2318, float(pc(2194, 2318)), span(t, f"排查矛盾纠纷{n(2318)}件", f"化解率{pc(2194, 2318)}%"), "C"),
    R(2716, tot, float(pc(2716, tot)), span(t, rowt[-1], f"占信访总量的{pc(2716, tot)}%"), "C"),
    B(2452, 2716, span(t, f"初信初访{n(2716)}件次", f"一次性化解{n(2452)}件次"), "E"),
)
rep.never("其中通过人民调解化解1,406件", "a non-exhaustive 其中")
rep.never("开展矛盾纠纷排查4轮", "rounds")
rep.add(R(1692, web, float(pc(1692, web)), span(t, f"网上信访{n(web)}件次", f"占网上信访的{pc(1692, web)}%"), "C"))
rep.never("平台端口312个", "ports")
rep.never("接待来访群众1,426人次", "人次, not 件次")
rep.never("来访1,147件次（3,218人次）", "人次 beside 件次: two counts of one thing")
rep.never("集体访46批次，同比减少11批次", "批次, not 件次")
rep.never("领导接访下访128人次，化解信访积案37件", "other counts")
rep.never("及时受理率稳定在100%", "a target")
