from common import C, E, R, Report, S, span
from u37 import addt, gr, n, pc, tgrid

rep = Report("huainingchuan-12345-2025q2", "txt", "怀宁川县数据资源管理局", 2025,
             kind="怀宁川县12345热线2025年二季度诉求办理情况分析 (2025, 12345 季度分析, 安徽 县)",
             shape="txt copied from a web page; a table by 月份 with 受理 / 派单 / 按时办结 / 按时办结率 / 去年同期受理 / 同比% and a 二季度 row (T: column sums, the rate per row, the change per row over the printed 去年同期; a planted 派单 of 5月), prose restating the quarter (H), 上半年 = 一季度 + 二季度 (H, with 一季度 printed), 乡镇 share (C), 直接办结率 (C), 满意率 (C), 退单 (F); 乡镇 counts as traps")
ms = [("4月", 6218, 2406, 2371, 5624), ("5月", 6874, 2713, 2668, 6012), ("6月", 7342, 2958, 2897, 6405)]
A, P, D, Y = (sum(m[i] for m in ms) for i in (1, 2, 3, 4))
rows = [[m[0], n(m[1]), n(m[2]), n(m[3]), pc(m[3], m[2]), n(m[4]), gr(m[1], m[4])] for m in ms]
rows.append(["二季度", n(A), n(P), n(D), pc(D, P), n(Y), gr(A, Y)])
rows[1][2] = n(2731)
tab, trels, rowt = tgrid(["月份", "受理（件）", "派单（件）", "按时办结（件）", "按时办结率（%）", "去年同期受理（件）", "同比（%）"], rows, "txt",
                         col_sums=(1, 2, 3, 5), rates=((4, 3, 2),))
from u37 import mark, val, NOTE
for row, rt_ in zip(rows, rowt, strict=False):
    trels.append(mark(C(val(row[1]), val(row[6]), rt_, "T", prev=val(row[5])), NOTE))
q1 = 17906
rep.text = f"""怀宁川县12345热线2025年二季度诉求办理情况分析

信息来源：县数据资源管理局　　发布日期：2025年7月8日　　【字体：大 中 小】

　　二季度，县12345热线共受理群众诉求{n(A)}件，同比增长{gr(A, Y)}%。上半年累计受理{n(A + q1)}件，其中一季度{n(q1)}件、二季度{n(A)}件。

　　一、分月情况

{tab}

　　二、办理情况

　　二季度话务员直接办结{n(A - P)}件，直接办结率{pc(A - P, A)}%；向县直部门和乡镇派单{n(P)}件，其中乡镇承办{n(5218)}件，占派单量的{pc(5218, P)}%。派单工单按时办结{n(D)}件，按时办结率{pc(D, P)}%。承办单位申请退单96件，其中审核通过71件、退回重办25件。

　　三、满意度

　　回访已办结工单{n(6104)}件，满意{n(5742)}件，满意率{pc(5742, 6104)}%。

　　四、诉求分类

　　按诉求性质分，咨询、求助、投诉、举报、建议分别为{n(9216)}件、{n(4318)}件、{n(5127)}件、{n(1046)}件和{727}件，其中投诉类占{pc(5127, A)}%，比一季度提高1.2个百分点。按诉求内容分：
　　（一）农业农村类{n(3862)}件，主要涉及农村道路、饮水安全和土地承包；
　　（二）城乡建设类{n(3415)}件，主要涉及老旧小区改造、县城排水；
　　（三）劳动保障类{n(2204)}件，主要涉及工资拖欠、社保缴费；
　　（四）教育卫生类{n(1986)}件；
　　（五）其他类{n(8967)}件。

　　二季度诉求涉及全县20个乡镇、218个行政村（社区）。诉求量居前三位的乡镇是高河湾镇{n(1126)}件、石牌川镇{n(984)}件和月山河镇{n(857)}件，三镇合计{n(2967)}件，占全县派单量的{pc(2967, P)}%。

　　五、典型问题

　　一是6月上旬连续降雨，县城部分路段积水，集中反映86件，县住建局已组织排水管网疏通12.6公里；二是夏粮收购期间，群众反映收购价格及烘干问题43件，已全部办结；三是中考、高考期间，教育类咨询较一季度增长37.2%。

　　六、下一步工作

　　县数据资源管理局将于7月底前完成热线知识库更新，新增政策问答320条；对二季度按时办结率低于95%的4家单位开展约谈。
"""
t = rep.text
addt(rep, trels)
rep.add(
    E([A, A], span(t, f"受理群众诉求{n(A)}件", rowt[-1]), "H"),
    C(A, float(gr(A, Y)), span(t, f"受理群众诉求{n(A)}件", f"同比增长{gr(A, Y)}%")),
    S(A + q1, [q1, A], span(t, f"上半年累计受理{n(A + q1)}件", f"二季度{n(A)}件"), "H"),
    R(A - P, A, float(pc(A - P, A)), span(t, rowt[-1], f"直接办结率{pc(A - P, A)}%"), "C"),
    S(A, [A - P, P], span(t, rowt[-1], f"派单{n(P)}件"), "F"),
    R(5218, P, float(pc(5218, P)), span(t, f"派单{n(P)}件", f"占派单量的{pc(5218, P)}%"), "C"),
    R(D, P, float(pc(D, P)), span(t, f"派单{n(P)}件", f"按时办结率{pc(D, P)}%"), "C"),
    S(96, [71, 25], span(t, "申请退单96件", "退回重办25件"), "F"),
    R(5742, 6104, float(pc(5742, 6104)), span(t, f"回访已办结工单{n(6104)}件", f"满意率{pc(5742, 6104)}%"), "C"),
)
rep.add(
    S(A, [9216, 4318, 5127, 1046, 727], span(t, rowt[-1], "727件"), "B"),
    R(5127, A, float(pc(5127, A)), span(t, rowt[-1], f"其中投诉类占{pc(5127, A)}%"), "C"),
    S(A, [3862, 3415, 2204, 1986, 8967], span(t, rowt[-1], f"其他类{n(8967)}件"), "F"),
    S(2967, [1126, 984, 857], span(t, f"高河湾镇{n(1126)}件", f"三镇合计{n(2967)}件"), "F"),
    R(2967, P, float(pc(2967, P)), span(t, f"派单{n(P)}件", f"占全县派单量的{pc(2967, P)}%"), "C"),
)
rep.never("全县20个乡镇、218个行政村（社区）", "counts of places")
rep.never("比一季度提高1.2个百分点", "the first quarter's share is not printed")
rep.never("疏通12.6公里", "a length")
rep.never("较一季度增长37.2%", "the counts are not printed")
rep.never("新增政策问答320条", "a plan")
