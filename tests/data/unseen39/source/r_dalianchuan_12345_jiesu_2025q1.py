from common import B, C, E, R, Report, S, span
from u39 import addt, gr, n, pc, tgrid

rep = Report("dalianchuan-12345-jiesu-2025q1", "txt", "大连川市营商环境建设局（市12345热线）", 2025,
             kind="大连川市2025年一季度接诉即办工作情况通报 (2025, 12345 接诉即办 季报, 辽宁 市)",
             shape="txt copied from a web page; 三率 with each numerator and base printed (响应 over 派单, 解决 and 满意 over 回访) stated rate first (C), 综合得分 as a trap, a space-aligned table of 区（市、县） with 派单 / 已解决 / 解决率 / 满意率 / 综合得分 and a 全市 row (T: column sums of 派单 and 已解决, 解决率 per row; 满意率 and 得分 as traps; a planted 已解决 of 甘井湾区), 每月 派单 (F), 同比 with 上年同期 printed (A), 主动治理 '一是…二是' with counts (F), 未诉先办 share (C); 排名 and 考核 分值 as traps")
ds = [("中山川区", 6214, 5836), ("西岗湾区", 5127, 4862), ("沙河口区", 7386, 6915), ("甘井湾区", 9425, 8704),
      ("旅顺川区", 3368, 3147), ("金州湾区", 8816, 8173), ("普兰河区", 2943, 2781), ("其他", 6712, 6268)]
P, Sv = sum(d[1] for d in ds), sum(d[2] for d in ds)
sat = [96.8, 97.2, 95.9, 94.6, 97.5, 95.1, 98.0, 96.3]
score = [94.12, 95.03, 93.27, 91.86, 95.44, 92.58, 96.01, 93.90]
rows = [[d[0], n(d[1]), n(d[2]), pc(d[2], d[1]), f"{s_}", f"{g:.2f}"] for d, s_, g in zip(ds, sat, score)]
rows.append(["全市", n(P), n(Sv), pc(Sv, P), "96.0", "93.71"])
rows[3][2] = n(8740)
tab, trels, rowt = tgrid(["区（市、县）", "派单量", "已解决", "解决率（%）", "满意率（%）", "综合得分"], rows, "txt", col_sums=(1, 2), rates=((3, 2, 1),))
m1, m2, m3 = 16427, 14018, P - 16427 - 14018
xy, hf, jj, my = 49216, 21847, 19963, 20974
rep.text = f"""大连川市2025年一季度接诉即办工作情况通报

发布时间：2025-04-08　　来源：市营商环境建设局

各区市县政府（管委会），市政府各部门：

　　现将2025年一季度全市接诉即办工作情况通报如下。

　　一、总体情况

　　一季度，市12345热线向各区（市、县）和市直部门派单{n(P)}件，同比（上年同期{n(46183)}件）增长{gr(P, 46183)}%。其中1月派单{n(m1)}件，2月{n(m2)}件，3月{n(m3)}件。

　　“三率”情况：响应率{pc(xy, P)}%，即在规定时限内联系诉求人的工单{n(xy)}件；解决率{pc(jj, hf)}%，满意率{pc(my, hf)}%，均以回访工单{n(hf)}件为基数，其中回访认定已解决{n(jj)}件、满意{n(my)}件。全市综合得分93.71分。

　　二、各区（市、县）情况

{tab}

　　注：综合得分=响应率×10%+解决率×45%+满意率×45%，按分值由高到低排名。

　　三、主动治理

　　一季度梳理高频诉求开展主动治理，一是针对供暖温度不达标集中诉求，推动完成老旧管网改造{n(126)}处；二是针对春节期间农民工工资拖欠，追回欠薪涉及工单{n(1847)}件；三是对冬季道路积雪诉求，提前部署清雪作业{n(318)}车次。对已列入主动治理清单的事项，实现“未诉先办”{n(2916)}件，占同期派单量的{pc(2916, P)}%。

　　四、存在问题

　　甘井湾区、金州湾区解决率连续两个季度低于全市平均水平，列入二季度重点督办。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(P, float(gr(P, 46183)), span(t, f"派单{n(P)}件", f"增长{gr(P, 46183)}%"), "A", prev=46183),
    S(P, [m1, m2, m3], span(t, f"派单{n(P)}件", f"3月{n(m3)}件"), "F"),
    R(xy, P, float(pc(xy, P)), span(t, f"派单{n(P)}件", f"工单{n(xy)}件"), "C"),
    R(jj, hf, float(pc(jj, hf)), span(t, f"解决率{pc(jj, hf)}%", f"已解决{n(jj)}件"), "C"),
    R(my, hf, float(pc(my, hf)), span(t, f"满意率{pc(my, hf)}%", f"满意{n(my)}件"), "C"),
    B(jj, hf, span(t, f"回访工单{n(hf)}件", f"已解决{n(jj)}件"), "E"),
    E([P, P], span(t, f"派单{n(P)}件", rowt[-1]), "H"),
    R(2916, P, float(pc(2916, P)), span(t, f"派单{n(P)}件", f"占同期派单量的{pc(2916, P)}%"), "C"),
)
rep.never("全市综合得分93.71分", "a weighted score")
rep.never("老旧管网改造126处", "a count of sites")
rep.never("清雪作业318车次", "vehicle trips")
rep.never("连续两个季度低于全市平均水平", "a comparison without figures")
