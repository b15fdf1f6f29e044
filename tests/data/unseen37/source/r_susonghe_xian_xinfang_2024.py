from common import B, C, R, Report, S, span
from u37 import addt, n, pc, tgrid

rep = Report("susonghe-xian-xinfang-2024", "md", "宿松河县信访局", 2025,
             kind="宿松河县2024年信访工作年度报告 (2025, 信访 年度统计, 安徽 县)",
             shape="Markdown; 信访总量 = 来信 + 来访 + 网上信访 with the parts in brackets (F), 同比 with 上年 printed in a table column (a table of 渠道 with 2024 / 2023 / 增减% and a 合计 row: T column sums and the change per row), 初信初访 (F) and 一次性化解率 (C), 按期受理率 / 按期办结率 / 参评率 / 满意率 each over its own base (C), 领导 接访 (F), 重复信访 share (C), 乡镇 信访 ≤ 总量 (E); 网格员 counts as traps")
ch = [("来信", 236, 281), ("来访", 518, 604), ("网上信访", 1147, 1063)]
rows = [[c[0], n(c[1]), n(c[2]), ("-" if c[1] < c[2] else "") + pc(abs(c[1] - c[2]), c[2])] for c in ch]
T1, T0 = sum(c[1] for c in ch), sum(c[2] for c in ch)
rows.append(["合计", n(T1), n(T0), ("-" if T1 < T0 else "") + pc(abs(T1 - T0), T0)])
tab, trels, rowt = tgrid(["渠道", "2024年（件次）", "2023年（件次）", "增减（%）"], rows, "md", col_sums=(1, 2))
from u37 import mark, val, NOTE
for r, rt_ in zip(rows, rowt, strict=False):
    trels.append(mark(C(val(r[1]), val(r[3]), rt_, "T", prev=val(r[2])), NOTE))
rep.text = f"""# 宿松河县2024年信访工作年度报告

发布时间：2025-02-14　来源：县信访局　访问次数：318

2024年，县信访局在县委、县政府坚强领导下，持续推进信访工作法治化，全县信访总量和集体访、重复访数量实现“三下降”。

## 一、信访总量

全年全县信访总量{n(T1)}件次（来信{236}件次、来访{518}件次、网上信访{n(1147)}件次），比上年下降{pc(T0 - T1, T0)}%。各渠道情况如下：

{tab}

全县22个乡镇共登记信访{n(1362)}件次，其余由县直部门登记。县直部门和乡镇共配备专兼职信访干部146人，网格员1,208名。

## 二、初信初访办理

全年初信初访{n(1486)}件次，占信访总量的{pc(1486, T1)}%；其中一次性化解{n(1319)}件次，一次性化解率{pc(1319, 1486)}%。重复信访{n(T1 - 1486)}件次。

## 三、办理质效

| 指标 | 分子（件次） | 分母（件次） | 比率（%） |
| --- | --- | --- | --- |
| 按期受理率 | {n(1894)} | {n(T1)} | {pc(1894, T1)} |
| 按期办结率 | {n(1762)} | {n(1798)} | {pc(1762, 1798)} |
| 参评率 | {n(1421)} | {n(1762)} | {pc(1421, 1762)} |
| 满意率 | {n(1306)} | {n(1421)} | 91.2 |

## 四、领导接访

全年县级领导公开接访{n(214)}批次，其中县委、县政府主要负责同志接访38批次，其他县级领导接访176批次；化解信访积案23件。

## 五、2025年工作打算

坚持“最多访一次”，确保初信初访一次性化解率稳定在90%以上。
"""
t = rep.text
addt(rep, trels)
qrows = [ln for ln in t.split("\n") if ln.startswith("| 按期") or ln.startswith("| 参评") or ln.startswith("| 满意")]
rep.add(
    S(T1, [236, 518, 1147], span(t, f"信访总量{n(T1)}件次", f"网上信访{n(1147)}件次"), "F"),
    C(T1, -float(pc(T0 - T1, T0)), span(t, f"信访总量{n(T1)}件次", rowt[-1]), "A", prev=T0),
    B(1362, T1, span(t, rowt[-1], f"登记信访{n(1362)}件次"), "E"),
    R(1486, T1, float(pc(1486, T1)), span(t, rowt[-1], f"占信访总量的{pc(1486, T1)}%"), "C"),
    R(1319, 1486, float(pc(1319, 1486)), span(t, f"初信初访{n(1486)}件次", f"一次性化解率{pc(1319, 1486)}%"), "C"),
    S(T1, [1486, T1 - 1486], span(t, rowt[-1], f"重复信访{n(T1 - 1486)}件次"), "F"),
    R(1894, T1, float(pc(1894, T1)), qrows[0], "T"),
    R(1762, 1798, float(pc(1762, 1798)), qrows[1], "T"),
    R(1421, 1762, float(pc(1421, 1762)), qrows[2], "T"),
    R(1306, 1421, 91.2, qrows[3], "T", bad=f"1,306 / 1,421 = {pc(1306, 1421)}%, printed 91.2% (planted)"),
    S(214, [38, 176], span(t, f"公开接访{n(214)}批次", "接访176批次"), "F"),
)
rep.never("专兼职信访干部146人，网格员1,208名", "staff")
rep.never("化解信访积案23件", "old cases")
rep.never("稳定在90%以上", "a target")
