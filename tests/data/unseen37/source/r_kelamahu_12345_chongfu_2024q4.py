from common import C, E, R, Report, S, span
from u37 import addt, gr, n, pc, tgrid

rep = Report("kelamahu-12345-chongfu-2024q4", "txt", "克拉玛湖市12345政务服务便民热线中心", 2025, enc="utf-16", dest="enc",
             kind="克拉玛湖市12345热线2024年四季度重复来电分析 (2025, 12345 专题分析 重复来电, 新疆 市, UTF-16)",
             shape="UTF-16 .txt with BOM (no wrapping); a space-aligned table of 区 with 受理 / 重复来电 / 重复率 / 退单 and a 合计 row (T: column sums and the rate per row; a planted 合计 of 重复来电), prose: 重复来电 by 次数 (F) '其中…分别' (B), 重复率 over 受理 (C) with its 个百分点 change and last quarter's rate printed (a sum, O), 环比 with 三季度 printed (A), 原因 '一是…二是…三是' shares of 重复来电 (C); 工单 时限 and 天数 as traps")
ds = [("克拉玛湖区", 21846, 2417, 8), ("独山湾区", 13208, 1306, 5), ("白碱滩河区", 5127, 486, 2), ("乌尔禾川区", 3918, 402, 1)]
A_, Rp, Q = (sum(d[i] for d in ds) for i in (1, 2, 3))
rows = [[d[0], n(d[1]), n(d[2]), pc(d[2], d[1]), str(d[3])] for d in ds] + [["合计", n(A_), n(Rp + 100), pc(Rp, A_), str(Q)]]
tab, trels, rowt = tgrid(["区", "受理（件）", "重复来电（件）", "重复率（%）", "退单（件）"], rows, "txt", col_sums=(1, 2, 4), rates=((3, 2, 1),))
prev_acc = 47215
r_prev = "11.4"
r_now = pc(Rp, A_)
c2, c3, c4 = 2816, 1127, Rp - 2816 - 1127
rep.text = f"""克拉玛湖市12345热线2024年四季度重复来电分析

市12345政务服务便民热线中心　　2025年1月10日

　　重复来电是检验诉求办理实效的重要指标。本季度起，中心将同一诉求人就同一事项在30日内再次来电的工单认定为重复来电。

　　一、总体情况

　　四季度全市12345热线共受理诉求{n(A_)}件，环比（三季度{n(prev_acc)}件）下降{gr(A_, prev_acc)}%。其中重复来电{n(Rp)}件，重复来电率{r_now}%，较三季度的{r_prev}%下降{round(float(r_prev) - float(r_now), 1)}个百分点。

　　重复来电中，重复2次、3次、4次及以上的分别为{n(c2)}件、{n(c3)}件、{n(c4)}件。

　　二、分区情况

{tab}

　　注：重复率=重复来电件数/受理件数×100%。

　　从诉求类别看，重复来电集中在供暖（{n(1418)}件）、物业管理（{n(972)}件）和劳动保障（{n(604)}件）三类，三类合计{n(2994)}件，占重复来电的{pc(2994, Rp)}%。供暖类重复来电中，10月下旬开栓初期的{n(683)}件。

　　三、重复来电原因

　　一是承办单位答复不实、“只答复不解决”的{n(1862)}件，占重复来电的{pc(1862, Rp)}%；二是诉求涉及历史遗留问题、短期内难以解决的{n(1394)}件，占{pc(1394, Rp)}%；三是诉求人对政策理解有偏差、反复咨询的{n(987)}件，占{pc(987, Rp)}%。

　　四、工作建议

　　对重复来电3次以上的工单，实行“热线中心+承办单位+属地”三方会商，会商时限不超过5个工作日。冬季采暖期（10月15日至次年4月15日）内供暖类重复来电须当日响应。
"""
t = rep.text
addt(rep, trels)
diff = round(float(r_prev) - float(r_now), 1)
rep.add(
    C(A_, -float(gr(A_, prev_acc)), span(t, f"受理诉求{n(A_)}件", f"下降{gr(A_, prev_acc)}%"), "A", prev=prev_acc),
    R(Rp, A_, float(r_now), span(t, f"受理诉求{n(A_)}件", f"重复来电率{r_now}%"), "C"),
    S(float(r_now), [float(r_prev), -diff], span(t, f"重复来电率{r_now}%", f"下降{diff}个百分点"), "O"),
    S(Rp, [c2, c3, c4], span(t, f"其中重复来电{n(Rp)}件", f"{n(c4)}件"), "B"),
    E([Rp, Rp + 100], span(t, f"其中重复来电{n(Rp)}件", rowt[-1]), "H", bad=f"the prose gives 重复来电{n(Rp)}件, the table's 合计 prints {n(Rp + 100)} (planted)"),
    R(1862, Rp, float(pc(1862, Rp)), span(t, f"其中重复来电{n(Rp)}件", f"占重复来电的{pc(1862, Rp)}%"), "C"),
    R(1394, Rp, float(pc(1394, Rp)), span(t, f"其中重复来电{n(Rp)}件", f"占{pc(1394, Rp)}%"), "C"),
    R(987, Rp, float(pc(987, Rp)), span(t, f"其中重复来电{n(Rp)}件", f"反复咨询的{n(987)}件，占{pc(987, Rp)}%"), "C"),
)
rep.add(
    S(2994, [1418, 972, 604], span(t, "供暖（1,418件）", "三类合计2,994件"), "F"),
    R(2994, Rp, float(pc(2994, Rp)), span(t, f"其中重复来电{n(Rp)}件", f"占重复来电的{pc(2994, Rp)}%"), "C"),
)
rep.never("10月下旬开栓初期的683件", "a non-exhaustive 其中")
rep.never("30日内再次来电", "a time window")
rep.never("不超过5个工作日", "a time limit")
rep.never("10月15日至次年4月15日", "dates")
