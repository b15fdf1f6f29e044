from common import C, E, R, Report, S, span
from u37 import addt, n, pc, tgrid

rep = Report("wenshanwan-zhou-xinfang-2025h1", "html", "文山湾州信访局", 2025,
             kind="文山湾州2025年上半年信访形势分析 (2025, 信访 半年统计, 云南 州)",
             shape="HTML; 信访总量 with 来信 / 来访 / 网上信访 as 'X、Y和Z分别为' (B) and shares (C), 上半年 = 一季度 + 二季度 (H), 同比 with 上年同期 printed in a table column (a table of 县（市） with 信访量 / 上年同期 / 同比% / 万人信访率 and a 合计 row: T column sums, the change per row over the printed 上年同期; 万人信访率 over unprinted populations: a trap), 州 万人信访率 over the printed 常住人口 in 万人 (G, per 1), 按期受理率 / 及时答复率 (C), 涉法涉诉 share (C); 接访 人次 as traps")
cs = [("文山湾市", 612, 658), ("砚山川县", 284, 301), ("西畴河县", 127, 119), ("麻栗坡湾县", 168, 182), ("马关川县", 203, 226),
      ("丘北河县", 176, 171), ("广南湾县", 318, 352), ("富宁川县", 224, 237)]
T1, T0 = sum(c[1] for c in cs), sum(c[2] for c in cs)
pops = [51.2, 42.6, 22.8, 24.1, 31.7, 43.5, 70.4, 37.2]
rows = [[c[0], str(c[1]), str(c[2]), ("-" if c[1] < c[2] else "") + pc(abs(c[1] - c[2]), c[2]), pc(c[1], p * 10000, 2, 10000)] for c, p in zip(cs, pops, strict=False)]
rows.append(["合计", n(T1), n(T0), ("-" if T1 < T0 else "") + pc(abs(T1 - T0), T0), pc(T1, sum(pops) * 10000, 2, 10000)])
rows[4][2] = "262"
tab, trels, rowt = tgrid(["县（市）", "信访量（件次）", "上年同期（件次）", "同比（%）", "万人信访率"], rows, "html", col_sums=(1, 2))
from u37 import mark, val, NOTE
for r, rt_ in zip(rows, rowt, strict=False):
    trels.append(mark(C(val(r[1]), val(r[3]), rt_, "T", prev=val(r[2])), NOTE))
popz = round(sum(pops), 1)
le, vi, we = 318, 702, T1 - 318 - 702
rep.text = f"""<html><head><meta charset="utf-8"><title>文山湾州2025年上半年信访形势分析</title></head><body>
<div class="loc">当前位置：首页 &gt; 部门信息 &gt; 州信访局</div>
<h2>文山湾州2025年上半年信访形势分析</h2>
<p>文山湾州信访局　2025年7月16日</p>
<p>　　上半年，全州信访工作围绕“信访问题源头治理三年攻坚行动”，信访总量、集体访、越级访实现同比下降。</p>
<p><b>一、信访总量</b></p>
<p>　　上半年全州信访总量{n(T1)}件次，同比下降{pc(T0 - T1, T0)}%，其中一季度{n(987)}件次、二季度{n(T1 - 987)}件次。来信、来访和网上信访分别为{le}件次、{vi}件次和{n(we)}件次，分别占{pc(le, T1)}%、{pc(vi, T1)}%和{pc(we, T1)}%。来访中集体访{27}批次、{312}人次。</p>
<p>　　以全州常住人口{popz}万人计算，上半年万人信访率为{pc(T1, popz, 2, 1)}。</p>
<p><b>二、各县（市）情况</b></p>
{tab}
<p>　　注：万人信访率=信访量/常住人口（万人）。</p>
<p><b>三、办理质效</b></p>
<p>　　全州信访事项按期受理{n(2104)}件次，按期受理率{pc(2104, T1)}%；及时答复{n(1962)}件次，及时答复率{pc(1962, 2011)}%（应答复{n(2011)}件次）。涉法涉诉信访{216}件次，占信访总量的{pc(216, T1)}%，已按规定导入法律程序。</p>
<p><b>四、反映问题</b></p>
<p>　　从反映内容看，征地拆迁类{n(486)}件次、劳资纠纷类{n(372)}件次、城乡建设类{n(318)}件次、农村农业类{n(294)}件次、其他{n(T1 - 486 - 372 - 318 - 294)}件次。征地拆迁和劳资纠纷两类合计{n(858)}件次，占信访总量的{pc(858, T1)}%，比上年同期上升1.7个百分点。</p>
<p><b>五、下半年工作</b></p>
<p>　　州、县两级领导上半年公开接访148批次、接待群众1,026人次。下半年将重点化解征地拆迁、劳资纠纷类信访问题。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    C(T1, -float(pc(T0 - T1, T0)), span(t, f"信访总量{n(T1)}件次", f"同比下降{pc(T0 - T1, T0)}%")),
    S(T1, [987, T1 - 987], span(t, f"信访总量{n(T1)}件次", f"二季度{n(T1 - 987)}件次"), "H"),
    S(T1, [le, vi, we], span(t, f"信访总量{n(T1)}件次", f"{n(we)}件次"), "B"),
    R(le, T1, float(pc(le, T1)), span(t, f"信访总量{n(T1)}件次", f"分别占{pc(le, T1)}%"), "C"),
    R(vi, T1, float(pc(vi, T1)), span(t, f"信访总量{n(T1)}件次", f"、{pc(vi, T1)}%"), "C"),
    R(we, T1, float(pc(we, T1)), span(t, f"信访总量{n(T1)}件次", f"和{pc(we, T1)}%"), "C"),
    R(T1, popz, float(pc(T1, popz, 2, 1)), span(t, f"信访总量{n(T1)}件次", f"万人信访率为{pc(T1, popz, 2, 1)}"), "G", per=1),
    E([T1, T1], span(t, f"信访总量{n(T1)}件次", rowt[-1]), "H"),
    R(2104, T1, float(pc(2104, T1)), span(t, rowt[-1], f"按期受理率{pc(2104, T1)}%"), "C"),
    R(1962, 2011, float(pc(1962, 2011)), span(t, f"及时答复{n(1962)}件次", f"应答复{n(2011)}件次"), "C"),
    R(216, T1, float(pc(216, T1)), span(t, rowt[-1], f"占信访总量的{pc(216, T1)}%"), "C"),
)
rep.add(
    S(T1, [486, 372, 318, 294, T1 - 486 - 372 - 318 - 294], span(t, rowt[-1], f"其他{n(T1 - 486 - 372 - 318 - 294)}件次"), "F"),
    S(858, [486, 372], span(t, f"征地拆迁类{n(486)}件次", f"两类合计{n(858)}件次"), "F"),
    R(858, T1, float(pc(858, T1)), span(t, rowt[-1], f"占信访总量的{pc(858, T1)}%，比上年"), "C"),
)
rep.never("比上年同期上升1.7个百分点", "last year's share is not printed")
rep.never("集体访27批次、312人次", "批次 and 人次, not 件次")
rep.never("公开接访148批次、接待群众1,026人次", "other counts")
rep.never("万人信访率</th>", "the counties' populations are not printed")
