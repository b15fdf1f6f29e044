from common import B, C, E, R, Report, S, span
from u39 import addt, gr, mark, n, pc, tgrid

rep = Report("tielingchuan-xinfang-2022", "txt", "铁岭川市信访局", 2023, wrap=35, page_every=16, page_style="第{n}页",
             header="铁岭川市2022年信访工作统计分析",
             kind="铁岭川市2022年信访工作统计分析 (2023, 信访 年度统计, 辽宁 市)",
             shape="PDF copy wrapped at 35 with 第n页 footers and a running header; 信访总量 with the parts after '包括' (F) and their shares (C), 网上信访 share rising in 个百分点 (a sum, O), a space-aligned table of 县（市、区） with 信访量 / 上年 / 同比 and a 全市 row (T: column sums, the change per row over the printed 上年; a planted 同比 of 开原湾市), 按期受理率 / 按期办结率 each over its own base (C), 复查复核 (F), 集体访 批次 beside 人次 (traps), 万人信访率 over 常住人口 in 万人 (G); 接访 日 and 热线 numbers as traps")
cty = [("银州湾区", 1284, 1417), ("清河川区", 412, 463), ("开原湾市", 956, 1023), ("调兵山河市", 628, 597),
       ("铁岭川县", 874, 941), ("西丰湾县", 537, 586), ("昌图河县", 1318, 1426)]
X, Pv = sum(c[1] for c in cty), sum(c[2] for c in cty)
rows = [[c[0], n(c[1]), n(c[2]), ("" if c[1] >= c[2] else "-") + gr(c[1], c[2])] for c in cty]
rows.append(["全市", n(X), n(Pv), "-" + gr(X, Pv)])
rows[2][3] = "-7.6"
tab, trels, rowt = tgrid(["县（市、区）", "信访量（件次）", "上年（件次）", "同比（%）"], rows, "txt", col_sums=(1, 2))
crels = [mark(C(int(r_[1].replace(",", "")), float(r_[3]), t_, "T", prev=int(r_[2].replace(",", ""))), "a printed cell does not add up (planted typo)") for r_, t_ in zip(rows, rowt, strict=True)]
lx, lf = 1126, 1847
ws = X - lx - lf
wsh = float(pc(ws, X))
rep.text = f"""铁岭川市2022年信访工作统计分析

铁岭川市信访局

2023年2月

　　一、信访总体情况

　　2022年，全市信访总量{n(X)}件次，包括来信{n(lx)}件次、来访{n(lf)}件次、网上信访{n(ws)}件次，分别占{pc(lx, X)}%、{pc(lf, X)}%和{wsh}%。网上信访占比较上年提高{wsh - 38.7:.1f}个百分点（上年为38.7%），“网上信访为主渠道”的格局进一步巩固。来访中集体访87批、1,264人次。

　　二、分地区情况

{tab}

　　全市万人信访率为{pc(X, 238.46, 2, 1)}件次（按常住人口238.46万人计算）。

　　三、办理情况

　　全年应受理信访事项{n(4836)}件次，按期受理{n(4797)}件次，按期受理率{pc(4797, 4836)}%；应办结{n(4512)}件次，按期办结{n(4436)}件次，按期办结率{pc(4436, 4512)}%。

　　全年受理复查申请63件、复核申请18件，共{63 + 18}件，维持原处理意见的{n(72)}件。

　　四、下一步工作

　　坚持每月20日市级领导接访日制度，畅通12345与信访渠道的衔接（信访咨询电话：024-72836210）。
"""
rep.text = rep.text.replace("　　四、下一步工作\n", f"""　　四、信访事项反映的主要问题

　　从反映内容看，涉及农村土地和征地补偿的{n(1246)}件次，涉及劳动和社会保障的{n(938)}件次，涉及城乡建设和住房的{n(1027)}件次，涉及涉法涉诉的{n(412)}件次，四类合计{n(1246 + 938 + 1027 + 412)}件次，占信访总量的{pc(1246 + 938 + 1027 + 412, X)}%。其中，涉及拖欠农民工工资的信访{n(286)}件次，较上年减少{n(74)}件次。

　　从信访人群看，反映问题的群众以农民和企业退休人员为主，60岁以上信访人占来访人次的31.4%。

　　五、初信初访和积案化解

　　全年初信初访{n(3318)}件次，一次性化解{n(3046)}件次，一次性化解率{pc(3046, 3318)}%。年初交办的信访积案52件，年内化解47件，化解率{pc(47, 52)}%，其余5件落实包案领导继续推进。

　　六、下一步工作
""")
rep.text = rep.text.rstrip("\n") + "\n" + """
　　附：有关说明

　　1.本分析中信访量按“件次”统计，同一信访人就同一事项多次反映的，按反映次数分别计算；来访人次按实际接待人数统计。

　　2.按期受理率、按期办结率以国家信访信息系统记录为准；万人信访率按第七次全国人口普查后年度常住人口计算。

　　3.县（市、区）信访量为属地登记数，不含市直部门直接受理的事项。

　　4.各地同比增减幅度按上年同口径数据计算，上年数据已根据系统数据核查结果作了修正。
"""
t = rep.text
addt(rep, trels)
addt(rep, crels)
rep.add(
    S(X, [lx, lf, ws], span(t, f"信访总量{n(X)}件次", f"网上信访{n(ws)}件次"), "F"),
    R(lx, X, float(pc(lx, X)), span(t, f"信访总量{n(X)}件次", f"分别占{pc(lx, X)}%"), "B"),
    R(lf, X, float(pc(lf, X)), span(t, f"信访总量{n(X)}件次", f"、{pc(lf, X)}%"), "B"),
    R(ws, X, wsh, span(t, f"信访总量{n(X)}件次", f"和{wsh}%"), "B"),
    S(wsh, [38.7, round(wsh - 38.7, 1)], span(t, f"和{wsh}%", "上年为38.7%"), "O"),
    E([X, X], span(t, f"信访总量{n(X)}件次", rowt[-1]), "H"),
    R(X, 238.46, float(pc(X, 238.46, 2, 1)), span(t, rowt[-1], "常住人口238.46万人"), "G", per=1),
    R(4797, 4836, float(pc(4797, 4836)), span(t, "应受理信访事项4,836件次", f"按期受理率{pc(4797, 4836)}%"), "C"),
    R(4436, 4512, float(pc(4436, 4512)), span(t, "应办结4,512件次", f"按期办结率{pc(4436, 4512)}%"), "C"),
    S(81, [63, 18], span(t, "复查申请63件", "共81件"), "F"),
    B(72, 81, span(t, "共81件", "维持原处理意见的72件"), "E"),
)
rep.never("集体访87批、1,264人次", "批次 and 人次 beside 件次")
rep.never("每月20日", "a date")
rep.never("024-72836210", "a phone number")
rep.metric("complaints.received", X, "件", f"全市信访总量{n(X)}件次")
rep.add(
    S(1246 + 938 + 1027 + 412, [1246, 938, 1027, 412], span(t, "征地补偿的1,246件次", f"四类合计{n(1246 + 938 + 1027 + 412)}件次"), "F"),
    R(1246 + 938 + 1027 + 412, X, float(pc(1246 + 938 + 1027 + 412, X)), span(t, rowt[-1], f"占信访总量的{pc(1246 + 938 + 1027 + 412, X)}%"), "C"),
    R(3046, 3318, float(pc(3046, 3318)), span(t, "初信初访3,318件次", f"一次性化解率{pc(3046, 3318)}%"), "C"),
    R(47, 52, float(pc(47, 52)), span(t, "信访积案52件", f"化解率{pc(47, 52)}%"), "C"),
    S(52, [47, 5], span(t, "信访积案52件", "其余5件"), "F"),
)
rep.never("较上年减少74件次", "last year's count is not printed")
rep.never("来访人次的31.4%", "a share over 来访 人次 not printed")
rep.add()
