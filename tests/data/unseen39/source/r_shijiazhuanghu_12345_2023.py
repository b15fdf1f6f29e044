from common import B, C, E, R, Report, S, span
from u39 import addt, gr, n, pc, shares, share_sum, tgrid

rep = Report("shijiazhuanghu-12345-2023", "md", "石家庄湖市行政审批局（市12345政务服务便民热线管理中心）", 2024,
             kind="石家庄湖市12345政务服务便民热线2023年度运行分析报告 (2024, 12345 年报, 河北 市)",
             shape="Markdown; 受理 total after its channel parts (F) with 同比 (O), 直接办结 and 转办 (F) with 直接办结率 (C), 三率 响应率/解决率/满意率 each over its own base (C), a table of 诉求 类别 with 件数 / 占比 / 同比 and a 合计 row (T: column sum, share per row, the 占比 column closing at 100.0; a planted 占比 of 城乡建设), prose restating the top rows (H), a table of 县（市、区） with 转办 / 按期办结 / 按期办结率 and a 合计 row (T; a planted 按期办结 of 桥西湖区), 比上年 with the previous (A), 重复诉求 share (C) and its fall in 个百分点 (a sum, O); 座席 and 话务员 counts as traps")
cats = [("城乡建设", 186342, 6.8), ("劳动和社会保障", 97215, -3.2), ("市场监管", 84106, 11.5), ("交通运输", 61873, 2.4),
        ("教育", 48290, 9.7), ("卫生健康", 41527, -21.6), ("公共安全", 33864, 4.1), ("其他", 112947, 1.9)]
T = sum(c[1] for c in cats)
rows = [[c[0], n(c[1]), pc(c[1], T), f"{c[2]:+.1f}".replace("+", "")] for c in cats] + [["合计", n(T), "100.0", gr(T, 641380)]]
rows[0][2] = "27.4"
tab, trels, rowt = tgrid(["诉求类别", "件数", "占比（%）", "同比（%）"], rows, "md", col_sums=(1,))
srels = shares(rows, rowt, 1, 2, -1)
ss = share_sum(rows, rowt, 2, planted="the 占比 cells add to more than 100.0 (the planted 城乡建设 27.4, true " + pc(186342, T) + ")")
ct = [("长安河区", 51206, 50418), ("桥西湖区", 47835, 47102), ("新华湾区", 42617, 42083), ("裕华川区", 39428, 39017),
      ("藁城河区", 28164, 27706), ("鹿泉湾区", 24951, 24535), ("正定川县", 21376, 21028), ("其他县（市）", 138290, 135862)]
P, D = sum(c[1] for c in ct), sum(c[2] for c in ct)
crow = [[c[0], n(c[1]), n(c[2]), pc(c[2], c[1])] for c in ct] + [["合计", n(P), n(D), pc(D, P)]]
crow[1][2] = n(47302)
ctab, crels, crt = tgrid(["县（市、区）", "转办量（件）", "按期办结（件）", "按期办结率（%）"], crow, "md", col_sums=(1, 2), rates=((3, 2, 1),))
tel, net, app = 468215, 139674, T - 468215 - 139674
direct = T - P
rep.text = f"""# 石家庄湖市12345政务服务便民热线2023年度运行分析报告

市12345政务服务便民热线管理中心　2024年1月

## 一、总体运行情况

2023年，市12345热线设置座席216个，在岗话务员384名。全年通过电话受理群众诉求{n(tel)}件，通过网站、“冀时办”和微信小程序等网络渠道受理{n(net)}件，通过领导留言板等其他渠道受理{n(app)}件，全年共受理{n(T)}件，同比增长{gr(T, 641380)}%。

全年热线直接答复办结{n(direct)}件，直接办结率{pc(direct, T)}%；转办承办单位{n(P)}件。

### 接诉即办“三率”

- 响应率：转办工单中在规定时限内签收的{n(344318)}件，响应率{pc(344318, P)}%；
- 解决率：回访的{n(215406)}件工单中，诉求人认为已解决的{n(186933)}件，解决率{pc(186933, 215406)}%；
- 满意率：回访工单中满意和基本满意{n(198275)}件，满意率{pc(198275, 215406)}%，比上年（{pc(198275, 215406)}% 以外的口径另计）提高0.9个百分点。

## 二、诉求分类情况

{tab}

从类别看，城乡建设类诉求{n(186342)}件，居各类诉求之首，主要涉及物业管理、老旧小区改造和供暖；劳动和社会保障类{n(97215)}件，比上年下降3.2%；卫生健康类诉求{n(41527)}件，随疫情防控政策调整大幅下降。

## 三、承办单位办理情况

{ctab}

全市转办工单{n(P)}件，按期办结{n(D)}件，按期办结率{pc(D, P)}%，比上年的97.8%提高{float(pc(D, P)) - 97.8:.1f}个百分点。

## 四、重复诉求

同一诉求人就同一事项在30日内再次来电的重复诉求{n(47316)}件，占受理总量的{pc(47316, T)}%，比上年的8.9%下降{8.9 - float(pc(47316, T)):.1f}个百分点。12345热线与110报警服务台全年双向转接警情{n(8426)}件。

## 五、下一步工作

2024年，热线将实现与“12315”“12348”等热线的数据互通，力争按期办结率保持在98%以上。

热线监督电话：0311-86687215
"""
t = rep.text
t = t.replace("，比上年（{pc(198275, 215406)}% 以外的口径另计）提高0.9个百分点", "")
rep.text = rep.text.replace(f"，比上年（{pc(198275, 215406)}% 以外的口径另计）提高0.9个百分点", "，比上年提高0.9个百分点")
t = rep.text
addt(rep, trels)
addt(rep, srels)
rep.add(ss)
addt(rep, crels)
k = float(pc(D, P))
rr = float(pc(47316, T))
rep.add(
    S(T, [tel, net, app], span(t, f"受理群众诉求{n(tel)}件", f"全年共受理{n(T)}件"), "F"),
    C(T, float(gr(T, 641380)), span(t, f"全年共受理{n(T)}件", f"同比增长{gr(T, 641380)}%")),
    E([float(gr(T, 641380))] * 2, span(t, f"同比增长{gr(T, 641380)}%", rowt[-1]), "H"),
    S(T, [direct, P], span(t, f"全年共受理{n(T)}件", f"转办承办单位{n(P)}件"), "F"),
    R(direct, T, float(pc(direct, T)), span(t, f"全年共受理{n(T)}件", f"直接办结率{pc(direct, T)}%"), "C"),
    R(344318, P, float(pc(344318, P)), span(t, f"转办承办单位{n(P)}件", f"响应率{pc(344318, P)}%"), "C"),
    R(186933, 215406, float(pc(186933, 215406)), span(t, f"回访的{n(215406)}件", f"解决率{pc(186933, 215406)}%"), "C"),
    R(198275, 215406, float(pc(198275, 215406)), span(t, f"回访的{n(215406)}件", f"满意率{pc(198275, 215406)}%"), "C"),
    B(186933, 215406, span(t, f"回访的{n(215406)}件", f"已解决的{n(186933)}件"), "E"),
    E([186342, 186342], span(t, rowt[0], f"城乡建设类诉求{n(186342)}件"), "H"),
    E([97215, 97215], span(t, rowt[1], f"劳动和社会保障类{n(97215)}件"), "H"),
    C(97215, -3.2, span(t, f"劳动和社会保障类{n(97215)}件", "比上年下降3.2%")),
    E([P, P], span(t, crt[-1], f"全市转办工单{n(P)}件"), "H"),
    R(D, P, k, span(t, f"全市转办工单{n(P)}件", f"按期办结率{pc(D, P)}%"), "C"),
    S(k, [97.8, round(k - 97.8, 1)], span(t, f"按期办结率{pc(D, P)}%", f"提高{k - 97.8:.1f}个百分点"), "O"),
    R(47316, T, rr, span(t, f"全年共受理{n(T)}件", f"占受理总量的{pc(47316, T)}%"), "C"),
    S(8.9, [rr, round(8.9 - rr, 1)], span(t, f"占受理总量的{pc(47316, T)}%", f"下降{8.9 - rr:.1f}个百分点"), "O"),
)
rep.never("座席216个，在岗话务员384名", "seats and staff")
rep.never("双向转接警情8,426件", "a count in no relation")
rep.never("满意率" + pc(198275, 215406) + "%，比上年提高0.9个百分点", "last year's 满意率 is not printed")
rep.never("保持在98%以上", "a target")
rep.never("0311-86687215", "a phone number")
rep.metric("hotline.requests", T, "件", f"全年共受理{n(T)}件")
