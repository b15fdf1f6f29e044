from fill import block
from common import C, E, R, Report, S, span
from u38 import addt, chg, pc, tgrid

rep = Report("yueyanghe-xian-yingsu-2024", "html", "岳阳河市平江湾县司法局", 2025,
             kind="平江湾县2024年度行政应诉工作情况通报 (2025, 行政应诉 年度统计, 湖南 县)",
             shape="HTML; a table of 被告单位 with a two-row header (colspan / rowspan: 一审收案 新收 / 旧存 / 合计, 审结, 败诉, 败诉率, 负责人出庭 应出庭 / 出庭 / 出庭率) and a 合计 row (T: column sums, 新收 + 旧存 = 合计 per row, 败诉率 and 出庭率 per row; a planted 出庭 of 县自然资源局), prose: 收案 with 新收 and 旧存 (F) and 同比 (O), 败诉 by 方式 (F), 败诉率 with the 个百分点 fall over last year's printed (C, O), 出庭率 (C), prose restating (H); 旁听 人次 as traps")
units = [("县人民政府", 18, 4, 17, 1, 18, 18), ("县自然资源局", 26, 6, 27, 3, 24, 23), ("县住房和城乡建设局", 12, 2, 13, 1, 11, 11),
         ("县人力资源和社会保障局", 9, 1, 10, 0, 8, 8), ("县市场监督管理局", 5, 1, 5, 0, 4, 4), ("各乡镇人民政府", 21, 3, 20, 2, 19, 18),
         ("其他县直单位", 14, 2, 15, 1, 12, 12)]
rows = [[u, str(a), str(b), str(a + b), str(c), str(lo), pc(lo, c), str(o), str(p), pc(p, o)] for u, a, b, c, lo, o, p in units]
T = [sum(x[i] for x in units) for i in range(1, 7)]
rows.append(["合计", str(T[0]), str(T[1]), str(T[0] + T[1]), str(T[2]), str(T[3]), pc(T[3], T[2]), str(T[4]), str(T[5]), pc(T[5], T[4])])
rows[1][8] = "21"
tab, trels, rowt = tgrid(["被告单位", "新收", "旧存", "合计", "审结", "败诉", "败诉率（%）", "应出庭", "出庭", "出庭率（%）"], rows, "html",
                         col_sums=(1, 2, 3, 4, 5, 7, 8), row_sums=((3, (1, 2)),), rates=((6, 5, 4), (9, 8, 7)),
                         note="the printed 出庭 21 of 县自然资源局 (true 23) breaks its rate and the column (planted)")
head = ('<tr><th rowspan="2">被告单位</th><th colspan="3">一审收案（件）</th><th rowspan="2">审结</th><th rowspan="2">败诉</th>'
        '<th rowspan="2">败诉率（%）</th><th colspan="3">负责人出庭应诉</th></tr>\n'
        '<tr><th>新收</th><th>旧存</th><th>合计</th><th>应出庭</th><th>出庭</th><th>出庭率（%）</th></tr>')
tab = tab.replace(tab.split("\n")[1], head)
NEW, OLD, CL, LO, DUE, P = T
N = NEW + OLD
lr, qr = pc(LO, CL), pc(P, DUE)
prev_lr, prev_new = 11.5, 96
dd = round(float(lr) - prev_lr, 1)
rep.text = f"""<html><head><meta charset="utf-8"><title>平江湾县2024年度行政应诉工作情况通报</title></head><body>
<h2>平江湾县2024年度行政应诉工作情况通报</h2>
<p>平司通〔2025〕3号</p>
<p>各乡镇人民政府，县直各单位：</p>
<p>现将2024年度全县行政应诉工作情况通报如下。</p>
<p><b>一、总体情况</b></p>
<p>2024年，全县各级行政机关作为被告的一审行政诉讼案件{N}件，其中新收{NEW}件，上年旧存{OLD}件；新收案件同比{'增长' if prev_new <= NEW else '下降'}{abs(chg(NEW, prev_new))}%。全年审结{CL}件，行政机关败诉{LO}件，其中判决撤销4件、确认违法3件、责令履行1件，败诉率{lr}%，比上年的{prev_lr}%下降{abs(dd)}个百分点。</p>
<p>行政机关负责人出庭应诉方面，全年应出庭{DUE}件，负责人实际出庭{P}件，出庭率{qr}%。各单位组织工作人员旁听庭审共计42场次、680人次。</p>
<p><b>二、分单位情况</b></p>
{tab}
<p>注：败诉率=败诉案件数/审结案件数；出庭率=负责人出庭案件数/应出庭案件数。</p>
<p><b>三、主要做法</b></p>
{block(rep.name, 8, "县政府", html=True)}
<p><b>四、下一步要求</b></p>
<p>各单位要落实负责人出庭应诉制度，确保出庭率达到100%；对败诉案件要逐案分析原因，于每年1月31日前报送县司法局。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
rep.add(
    S(N, [NEW, OLD], span(t, f"行政诉讼案件{N}件", f"上年旧存{OLD}件"), "F"),
    C(NEW, chg(NEW, prev_new), span(t, f"新收{NEW}件", f"{abs(chg(NEW, prev_new))}%"), "O"),
    S(LO, [4, 3, 1], span(t, f"败诉{LO}件", "责令履行1件"), "F"),
    R(LO, CL, float(lr), span(t, f"审结{CL}件", f"败诉率{lr}%"), "C"),
    S(float(lr), [prev_lr, dd], span(t, f"败诉率{lr}%", "个百分点"), "O"),
    R(P, DUE, float(qr), span(t, f"应出庭{DUE}件", f"出庭率{qr}%"), "C"),
    E([N, N], span(t, f"行政诉讼案件{N}件", rowt[-1]), "H"),
    E([CL, CL], span(t, f"审结{CL}件", rowt[-1]), "H"),
    E([P, P], span(t, f"实际出庭{P}件", rowt[-1]), "H"),
)
rep.metric("litigation.count", N, "件", f"一审行政诉讼案件{N}件")
rep.metric("litigation.lost", LO, "件", f"败诉{LO}件")
rep.metric("litigation.lost_rate", float(lr), "%", f"败诉率{lr}%")
rep.never("旁听庭审共计42场次、680人次", "other counts")
rep.never("出庭率达到100%", "a target")
rep.never("平司通〔2025〕3号", "a document number")
