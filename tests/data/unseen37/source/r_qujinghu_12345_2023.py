from common import C, E, R, Report, S, span
from u37 import addt, gr, n, pc, tgrid

rep = Report("qujinghu-12345-2023", "html", "曲靖湖市人民政府12345热线办公室", 2024,
             kind="曲靖湖市12345政务服务便民热线2023年度运行报告 (2024, 12345 年报, 云南 市)",
             shape="HTML; a funnel table of 工单 环节 with 件数 and 转化率 over the row above (T: the rate per row over the previous row), prose: 受理 with 来电 / 网络 / 其他 in brackets (F), 同比 for many figures in one sentence (O), 按时办结率 and 满意率 (C), a 季度 table with 受理 / 派单 / 办结 and a 全年 row (T: column sums), 全年 restated (H), 重复来电 share (C), 'X和Y分别占A%和B%' (C), 比上年 with 上年 printed (A, one planted); 接通率 without the calls and 坐席 as traps")
acc = 842736
fun = [("受理诉求", acc, ""), ("派单承办单位", 318427, ""), ("承办单位签收", 316904, ""), ("按期办结", 309862, ""), ("回访", 246318, ""), ("满意", 231574, "")]
frows = [[f[0], n(f[1]), "—" if i == 0 else pc(f[1], fun[i - 1][1])] for i, f in enumerate(fun)]
ftab, _, frowt = tgrid(["环节", "件数", "占上一环节（%）"], frows, "html", total_row=None)
frels = []
for i in range(1, len(fun)):
    frels.append(R(fun[i][1], fun[i - 1][1], float(frows[i][2]), frowt[i - 1] + "\n" + frowt[i], "T"))
q = [("一季度", 186204, 69318, 68127), ("二季度", 214516, 81742, 80316), ("三季度", 236871, 90415, 88602), ("四季度", 205145, 76952, 75419)]
Q = [sum(x[i] for x in q) for i in (1, 2, 3)]
qrows = [[x[0], n(x[1]), n(x[2]), n(x[3])] for x in q] + [["全年", n(Q[0]), n(Q[1]), n(Q[2])]]
qtab, qrels, qrowt = tgrid(["季度", "受理（件）", "派单（件）", "办结（件）"], qrows, "html", col_sums=(1, 2, 3))
tel, net, oth = 603418, 224106, acc - 603418 - 224106
rep.text = f"""<html><head><meta charset="utf-8"><title>曲靖湖市12345政务服务便民热线2023年度运行报告</title></head><body>
<p class="crumb">首页 / 政务公开 / 重点领域信息 / 12345热线</p>
<h2>曲靖湖市12345政务服务便民热线2023年度运行报告</h2>
<p>曲靖湖市人民政府12345热线办公室　2024年1月30日</p>
<h3>一、总体运行情况</h3>
<p>　　2023年，市12345热线共受理群众诉求{n(acc)}件（来电{n(tel)}件、网络{n(net)}件、其他渠道{n(oth)}件），比上年的{n(785114)}件增长{gr(acc, 785114)}%。其中话务员直接解答{n(acc - 318427)}件，派单承办单位{n(318427)}件。热线接通率96.8%，全市设置坐席142席。</p>
<p>　　全年受理量、派单量和办结量同比分别增长7.3%、11.6%和12.1%。</p>
<h3>二、工单办理流程</h3>
{ftab}
<p>　　派单工单按期办结率{pc(309862, 318427)}%，回访满意率{pc(231574, 246318)}%。</p>
<h3>三、分季度情况</h3>
{qtab}
<p>　　三季度受理{n(236871)}件，为全年最高，主要受汛期和开学季影响。</p>
<h3>四、诉求热点</h3>
<p>　　全年诉求量居前的是城乡建设类和社会保障类，分别为{n(96418)}件和{n(71253)}件，分别占受理总量的{pc(96418, acc)}%和{pc(71253, acc)}%。同一诉求人同一事项重复来电{n(58216)}件，占受理总量的{pc(58216, acc)}%，比上年的{n(61407)}件下降6.0%。</p>
<h3>五、承办单位考核</h3>
<p>　　全年对{126}家承办单位开展月度考核，考核结果为优秀的{38}家、良好的{71}家、一般的{14}家、较差的{3}家。承办单位申请退单{n(6214)}件，审核通过{n(4387)}件，通过率{pc(4387, 6214)}%；被退回重办工单{n(1827)}件。</p>
<h3>六、下一步工作</h3>
<p>　　推进12345热线与110、119、120等紧急热线联动，全年联动转接1,862次。</p>
</body></html>"""
t = rep.text
rep.add(*frels)
addt(rep, qrels)
rep.add(
    S(acc, [tel, net, oth], span(t, f"受理群众诉求{n(acc)}件", f"其他渠道{n(oth)}件"), "F"),
    C(acc, float(gr(acc, 785114)), span(t, f"受理群众诉求{n(acc)}件", f"增长{gr(acc, 785114)}%"), "A", prev=785114),
    S(acc, [acc - 318427, 318427], span(t, f"受理群众诉求{n(acc)}件", f"派单承办单位{n(318427)}件"), "F"),
    R(309862, 318427, float(pc(309862, 318427)), span(t, frowt[1], f"按期办结率{pc(309862, 318427)}%"), "C"),
    R(231574, 246318, float(pc(231574, 246318)), span(t, frowt[4], f"满意率{pc(231574, 246318)}%"), "C"),
    E([acc, Q[0]], span(t, frowt[0], qrowt[-1]), "H"),
    E([318427, Q[1]], span(t, frowt[1], qrowt[-1]), "H"),
    R(96418, acc, float(pc(96418, acc)), span(t, f"受理群众诉求{n(acc)}件", f"分别占受理总量的{pc(96418, acc)}%"), "C"),
    R(71253, acc, float(pc(71253, acc)), span(t, f"受理群众诉求{n(acc)}件", f"和{pc(71253, acc)}%"), "C"),
    R(58216, acc, float(pc(58216, acc)), span(t, f"受理群众诉求{n(acc)}件", f"占受理总量的{pc(58216, acc)}%"), "C"),
    C(58216, -6.0, span(t, f"重复来电{n(58216)}件", "下降6.0%"), "A", prev=61407, bad=f"(58,216 − 61,407) / 61,407 = −{gr(58216, 61407)}%, printed −6.0% (planted)"),
    E([236871, 236871], span(t, qrowt[2], f"三季度受理{n(236871)}件"), "H"),
)
rep.add(
    S(126, [38, 71, 14, 3], span(t, "对126家承办单位", "较差的3家"), "F"),
    R(4387, 6214, float(pc(4387, 6214)), span(t, f"申请退单{n(6214)}件", f"通过率{pc(4387, 6214)}%"), "C"),
    S(6214, [4387, 1827], span(t, f"申请退单{n(6214)}件", f"退回重办工单{n(1827)}件"), "F"),
)
rep.never("热线接通率96.8%", "the calls are not printed")
rep.never("全市设置坐席142席", "seats")
rep.add(
    C(acc, 7.3, span(t, f"受理群众诉求{n(acc)}件", "同比分别增长7.3%"), "B"),
    C(318427, 11.6, span(t, f"派单承办单位{n(318427)}件", "11.6%"), "B"),
    C(Q[2], 12.1, span(t, "同比分别增长7.3%", qrowt[-1]), "B"),
)
rep.never("联动转接1,862次", "transfers to other hotlines")
