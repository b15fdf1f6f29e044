from common import C, E, R, Report, S, span
from u37 import addt, mark, pc, tgrid, val, NOTE

rep = Report("mileriver-xian-tjyb-2024m10", "html", "弥勒河县统计局", 2024,
             kind="弥勒河县2024年1—10月统计月报 (2024, 统计月报, 云南 县)",
             shape="HTML; a table of 主要指标 with 单位 / 1—10月 / 上年同期 / 增长% (T: the change per row over the printed 上年同期, for value rows at current prices; 税收 + 非税 = 一般公共预算收入 in both columns; a planted 上年同期 of 乡村消费品), constant-price rows with 增长 only (traps), prose restating the table (H), 10月 当月 = 1—10月 − 1—9月 (H with 1—9月 printed), 社零 城镇 share (C), 税收占比 (C), 民生 share (C), 增速 比1—9月 回落 个百分点 with both printed (a sum, O); 规上企业 户数 as traps")
ind = [("社会消费品零售总额", "亿元", 62.84, 58.97), ("其中：城镇消费品零售额", "亿元", 44.16, 41.38), ("乡村消费品零售额", "亿元", 18.68, 17.59),
       ("一般公共预算收入", "万元", 126418, 118762), ("其中：税收收入", "万元", 82374, 79105), ("非税收入", "万元", 44044, 39657),
       ("一般公共预算支出", "万元", 386215, 371408), ("金融机构存款余额", "亿元", 312.46, 289.73)]
rows = [[x[0], x[1], f"{x[2]:,}" if isinstance(x[2], int) else f"{x[2]:.2f}", f"{x[3]:,}" if isinstance(x[3], int) else f"{x[3]:.2f}",
         pc(x[2] - x[3], x[3])] for x in ind]
rows[2][3] = "17.95"
rows += [["规模以上工业增加值", "亿元", "—", "—", "6.3"], ["固定资产投资", "亿元", "—", "—", "-4.8"]]
tab, _, rowt = tgrid(["指标", "单位", "1—10月", "上年同期", "增长（%）"], rows, "html", total_row=None)
trels = [mark(C(val(r[2]), val(r[4]), rt_, "T", prev=val(r[3])), NOTE) for r, rt_ in zip(rows[:8], rowt[:8], strict=False)]
trels.append(mark(S(62.84, [44.16, 18.68], rowt[0] + "\n" + rowt[1] + "\n" + rowt[2], "T"), NOTE))
trels.append(mark(S(val(rows[0][3]), [val(rows[1][3]), val(rows[2][3])], rowt[0] + "\n" + rowt[1] + "\n" + rowt[2], "T"), NOTE))
trels.append(mark(S(126418, [82374, 44044], rowt[3] + "\n" + rowt[4] + "\n" + rowt[5], "T"), NOTE))
trels.append(mark(S(118762, [79105, 39657], rowt[3] + "\n" + rowt[4] + "\n" + rowt[5], "T"), NOTE))
rep.text = f"""<html><head><meta charset="utf-8"><title>弥勒河县2024年1—10月统计月报</title></head><body>
<div class="path">首页 &gt; 数据发布 &gt; 统计月报</div>
<h2>弥勒河县2024年1—10月主要经济指标</h2>
<p>发布日期：2024-11-18　　来源：县统计局　　访问量：532</p>
<p>　　1—10月，全县经济运行总体平稳。全县规模以上工业企业87户，规上工业增加值增长6.3%，增速比1—9月回落0.8个百分点（1—9月增长7.1%）。固定资产投资下降4.8%，降幅比1—9月收窄1.5个百分点。</p>
<p>　　消费市场稳步恢复。1—10月社会消费品零售总额62.84亿元，增长{pc(62.84 - 58.97, 58.97)}%，其中城镇消费品零售额44.16亿元，占社会消费品零售总额的{pc(44.16, 62.84)}%。10月当月实现社会消费品零售总额6.73亿元（1—9月为56.11亿元）。</p>
<p>　　财政收入较快增长。1—10月一般公共预算收入12.64亿元，其中税收收入8.24亿元，税收占比为{pc(82374, 126418)}%；一般公共预算支出38.62亿元，其中民生支出31.07亿元，占{pc(31.07, 38.62)}%。</p>
{tab}
<p>注：1.规模以上工业增加值、固定资产投资增速按可比口径计算；2.部分指标因四舍五入，分项与合计略有出入。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    S(-0.8, [6.3, -7.1], span(t, "增加值增长6.3%", "1—9月增长7.1%"), "O"),
    E([62.84, 62.84], span(t, "社会消费品零售总额62.84亿元", rowt[0]), "H"),
    C(62.84, float(pc(62.84 - 58.97, 58.97)), span(t, "社会消费品零售总额62.84亿元", f"增长{pc(62.84 - 58.97, 58.97)}%"), "O"),
    R(44.16, 62.84, float(pc(44.16, 62.84)), span(t, "社会消费品零售总额62.84亿元", f"占社会消费品零售总额的{pc(44.16, 62.84)}%"), "C"),
    S(62.84, [6.73, 56.11], span(t, "社会消费品零售总额62.84亿元", "1—9月为56.11亿元"), "H"),
    R(8.24, 12.64, float(pc(82374, 126418)), span(t, "一般公共预算收入12.64亿元", f"税收占比为{pc(82374, 126418)}%"), "C"),
    R(31.07, 38.62, float(pc(31.07, 38.62)), span(t, "一般公共预算支出38.62亿元", f"占{pc(31.07, 38.62)}%"), "C"),
    E([44.16, 44.16], span(t, "城镇消费品零售额44.16亿元", rowt[1]), "H"),
)
rep.never("规模以上工业企业87户", "a count of firms")
rep.never("降幅比1—9月收窄1.5个百分点", "1—9月's fall is not printed")
rep.never("<tr><td>规模以上工业增加值</td><td>亿元</td><td>—</td><td>—</td><td>6.3</td></tr>", "a growth at comparable prices, no levels")
