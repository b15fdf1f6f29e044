from common import B, C, E, R, Report, S, span
from u37 import addt, pc, tgrid

rep = Report("shannanhe-shi-fuyi-2020", "txt", "山南河市司法局", 2021, wrap=36, page_every=16, page_style="- {n} -", header="山南河市2020年度行政复议和行政应诉工作情况",
             kind="山南河市2020年度行政复议和行政应诉工作情况 (2021, 行政复议 / 应诉 年度统计, 西藏 市, older law)",
             shape="PDF copy wrapped at 36 with - n - footers and a running header; 收到 = 受理 + 不予受理 + 告知 (F), 受理 + 结转 = 审结 + 未审结 (F), 审结 by outcome (维持、驳回、撤销、变更、确认违法、责令履行、终止) in a list with figures in brackets (F), 纠错 (F) and 纠错率 (C), a space-aligned table by 被申请人 (县区政府 / 市直部门) with 受理 / 维持 / 纠错 / 其他 / 审结 (T: row sums and column sums), 应诉 with 出庭 and 败诉 rates (C), 同比 with 上年 printed (A), a planted 出庭应诉率; 座谈 and 培训 as traps")
bs = [("县（区）人民政府", 18, 9, 3, 4), ("市政府工作部门", 27, 15, 4, 6), ("县（区）政府工作部门", 11, 6, 1, 3)]
rows = [[b[0], str(b[1]), str(b[2]), str(b[3]), str(b[4]), str(b[2] + b[3] + b[4])] for b in bs]
T = [sum(b[i] for b in bs) for i in (1, 2, 3, 4)]
rows.append(["合计", str(T[0]), str(T[1]), str(T[2]), str(T[3]), str(T[1] + T[2] + T[3])])
tab, trels, rowt = tgrid(["被申请人", "受理", "维持", "纠错", "其他", "审结"], rows, "txt", col_sums=(1, 2, 3, 4, 5), row_sums=((5, (2, 3, 4)),))
acc, fin = T[0], T[1] + T[2] + T[3]
old = 4
pend = acc + old - fin
wc, bh, zz = T[1], 5, T[3] - 5
cx, bg, qr, zl = 4, 1, 2, 1
app, out_, lose = 41, 38, 3
rep.text = f"""山南河市2020年度行政复议和行政应诉工作情况

山南河市司法局

2021年2月3日

　　2020年，市司法局认真贯彻《中华人民共和国行政复议法》及其实施条例，依法办理行政复议案件，积极做好行政应诉工作。现将有关情况报告如下。

　　一、行政复议案件办理情况

　　（一）收案情况。全年共收到行政复议申请{acc + 9 + 5}件，比上年的{acc + 9 + 5 - 13}件增长{pc(13, acc + 9 + 5 - 13)}%。其中依法受理{acc}件，不予受理9件，告知5件。

　　（二）审结情况。全年受理案件加上年结转{old}件，共{acc + old}件，审结{fin}件，尚未审结{pend}件。审结案件中：维持（{wc}件）；驳回（{bh}件）；撤销（{cx}件）；变更（{bg}件）；确认违法（{qr}件）；责令履行（{zl}件）；终止（{zz}件）。

　　（三）纠错情况。通过撤销、变更、确认违法、责令履行纠正违法或不当行政行为{T[2]}件，纠错率为{pc(T[2], fin)}%。

　　（四）按被申请人分类。

{tab}

　　注：“其他”包括驳回和终止。

　　（五）按案件类别分。受理的{acc}件案件中，不服行政处罚的21件，不服行政强制的7件，涉及政府信息公开的9件，不服工伤认定的8件，其他类别11件；涉及土地、房屋征收补偿的案件有14件，分布在上述各类别中。

　　（六）审理期限。全年审结案件平均审理期限42天，比法定期限缩短18天；听证审理案件3件，实地调查案件11件。

　　二、行政应诉工作情况

　　全年全市行政机关作为被告的一审行政诉讼案件审结{app}件，行政机关负责人出庭应诉{out_}件，出庭应诉率93.7%；败诉{lose}件，败诉率{pc(lose, app)}%。

　　从被诉行为看，一审审结案件中涉及行政处罚的12件、行政许可的6件、行政征收的9件、行政不作为的5件、其他9件。败诉的3件中，2件为程序违法，1件为适用法律错误。

　　与2019年相比，行政复议和行政应诉工作呈现“两升一降”：收案数上升，负责人出庭数上升，败诉数下降（2019年败诉5件）。

　　三、其他工作

　　全年召开行政复议工作座谈会3次，组织行政执法人员培训6期、培训412人次。向县（区）人民政府和市直部门制发行政复议意见书2份、建议书5份，均已书面回复。

　　四、存在的问题和下一步工作

　　一是部分县（区）行政复议机构人员不足，专职人员仅2至3人；二是行政机关负责人出庭“出庭不出声”现象仍然存在；三是征收补偿领域案件纠错率偏高。2021年，市司法局将开展行政复议规范化建设，推动全市行政机关负责人出庭应诉率达到100%。
"""
t = rep.text
addt(rep, trels)
rec = acc + 9 + 5
rep.add(
    S(rec, [acc, 9, 5], span(t, f"收到行政复议申请{rec}件", "告知5件"), "F"),
    C(rec, float(pc(13, rec - 13)), span(t, f"收到行政复议申请{rec}件", f"增长{pc(13, rec - 13)}%"), "A", prev=rec - 13),
    S(acc + old, [acc, old], span(t, f"依法受理{acc}件", f"共{acc + old}件"), "F"),
    S(acc + old, [fin, pend], span(t, f"共{acc + old}件", f"尚未审结{pend}件"), "F"),
    S(fin, [wc, bh, cx, bg, qr, zl, zz], span(t, f"审结{fin}件", f"终止（{zz}件）"), "F"),
    S(T[2], [cx, bg, qr, zl], span(t, f"撤销（{cx}件）", f"行政行为{T[2]}件"), "F"),
    R(T[2], fin, float(pc(T[2], fin)), span(t, f"审结{fin}件", f"纠错率为{pc(T[2], fin)}%"), "C"),
    S(T[3], [bh, zz], span(t, f"驳回（{bh}件）", rowt[-1]), "F"),
    E([fin, fin], span(t, f"审结{fin}件", rowt[-1]), "H"),
    R(out_, app, 93.7, span(t, f"审结{app}件", "出庭应诉率93.7%"), "C", bad=f"38 / 41 = {pc(out_, app)}%, printed 93.7% (planted)"),
    R(lose, app, float(pc(lose, app)), span(t, f"审结{app}件", f"败诉率{pc(lose, app)}%"), "C"),
)
rep.add(
    S(acc, [21, 7, 9, 8, 11], span(t, f"受理的{acc}件案件中", "其他类别11件"), "F"),
    S(app, [12, 6, 9, 5, 9], span(t, f"审结{app}件", "其他9件"), "F"),
    S(lose, [2, 1], span(t, f"败诉的{lose}件中", "1件为适用法律错误"), "F"),
    B(lose, 5, span(t, f"败诉{lose}件", "2019年败诉5件"), "E"),
)
rep.never("座谈会3次", "meetings")
rep.never("涉及土地、房屋征收补偿的案件有14件", "spread over the categories above, not a part")
rep.never("平均审理期限42天，比法定期限缩短18天", "days")
rep.never("意见书2份、建议书5份", "documents")
rep.never("培训6期、培训412人次", "training")
