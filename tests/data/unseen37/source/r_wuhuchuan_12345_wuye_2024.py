from common import C, E, R, Report, S, span
from u37 import addt, gr, n, pc, shares, tgrid, share_sum

rep = Report("wuhuchuan-12345-wuye-2024", "html", "芜湖川市数据资源管理局（12345热线）", 2025,
             kind="芜湖川市12345热线2024年物业服务类诉求专题分析 (2025, 12345 专题分析 物业, 安徽 市)",
             shape="HTML; 物业 诉求 share of all 受理 printed in another paragraph (C), a table of 诉求 子类 with 件数 / 占比 / 同比 and a 合计 row (T: the column sum and the share per row; plain changes per row, O), prose restating the table (H), a table of 县区 with 诉求 / 按时办结 / 按时办结率 / 退单 and a 合计 row (T), '一是…二是…三是' with figures (F), 重复 诉求 (C), 同比 (O) and 比上年 with the previous printed (A), 满意率 (C); 小区 counts as traps")
acc = 1184627
W = 96418
subs = [("物业服务质量", 31206, 12.4), ("公共设施维修", 18742, 6.8), ("物业费收取", 14318, -3.2), ("停车管理", 11527, 18.6),
        ("维修资金使用", 6914, 24.1), ("物业交接与退出", 4082, 9.7), ("其他", 9629, 2.3)]
assert sum(s[1] for s in subs) == W
rows = [[s[0], n(s[1]), pc(s[1], W), str(s[2])] for s in subs] + [["合计", n(W), "100.0", "7.9"]]
tab, trels, rowt = tgrid(["诉求子类", "件数", "占比（%）", "同比（%）"], rows, "html", col_sums=(1,))
cty = [("镜湖川区", 27614, 27209, 38), ("弋江川区", 16208, 15874, 21), ("鸠江川区", 19415, 19032, 26), ("湾沚河区", 8206, 8127, 9),
       ("繁昌湾区", 6127, 6038, 7), ("无为川市", 10418, 10186, 14), ("南陵河县", 8430, 8311, 11)]
T1, T2, T3 = (sum(c[i] for c in cty) for i in (1, 2, 3))
assert T1 == W
crows = [[c[0], n(c[1]), n(c[2]), pc(c[2], c[1]), str(c[3])] for c in cty] + [["合计", n(T1), n(T2), pc(T2, T1), str(T3)]]
ctab, crels, crowt = tgrid(["县（市、区）", "诉求量", "按时办结", "按时办结率（%）", "退单"], crows, "html", col_sums=(1, 2, 4), rates=((3, 2, 1),))
rep.text = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>芜湖川市12345热线2024年物业服务类诉求专题分析</title></head><body>
<div class="bread">首页 › 政务公开 › 12345热线 › 专题分析</div>
<h2>芜湖川市12345热线2024年物业服务类诉求专题分析</h2>
<p>发布时间：2025-02-10　　来源：市数据资源局</p>
<p>　　2024年，全市12345热线共受理群众诉求{n(acc)}件，比上年（{n(1096418)}件）增长{gr(acc, 1096418)}%。</p>
<p>　　物业服务类诉求是群众反映最集中的领域之一。全年共受理物业服务类诉求{n(W)}件，占全市受理总量的{pc(W, acc)}%，同比增长7.9%，连续三年位居各类诉求首位。</p>
<h3>一、诉求构成</h3>
{tab}
<p>　　从构成看，一是物业服务质量类诉求{n(31206)}件，主要反映保洁不到位、安保缺位；二是公共设施维修类{n(18742)}件，集中在电梯、消防设施和二次供水；三是停车管理类{n(11527)}件，同比增长18.6%，增幅最大。上述三类合计{n(31206 + 18742 + 11527)}件，占物业类诉求的{pc(61475, W)}%。</p>
<h3>二、各县（市、区）办理情况</h3>
{ctab}
<p>　　全市物业类诉求按时办结{n(T2)}件，按时办结率{pc(T2, T1)}%；各承办单位申请退单{T3}件，其中以“属业主委员会自治事项”为由的退单占比较高。全市共有物业服务小区2,416个，成立业主委员会的1,128个。</p>
<h3>三、重复诉求和满意度</h3>
<p>　　同一小区同一问题反映3次以上的重复诉求{n(8126)}件，占物业类诉求的{pc(8126, W)}%。对已办结物业类诉求回访{n(71846)}件，满意{n(63217)}件，满意率{pc(63217, 71846)}%，低于全市平均水平4.2个百分点。</p>
<h3>四、意见建议</h3>
<p>　　建议住建部门将物业类诉求办理情况纳入物业服务企业信用评价，对季度内被投诉超过50件的企业约谈。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, shares(rows, rowt, 1, 2, -1))
rep.add(share_sum(rows, rowt, 2))
addt(rep, crels)
for s_, rt_ in zip(subs, rowt, strict=False):
    rep.add(C(s_[1], s_[2], rt_, "O"))
rep.add(
    C(acc, float(gr(acc, 1096418)), span(t, f"受理群众诉求{n(acc)}件", f"增长{gr(acc, 1096418)}%"), "A", prev=1096418),
    R(W, acc, float(pc(W, acc)), span(t, f"受理群众诉求{n(acc)}件", f"占全市受理总量的{pc(W, acc)}%"), "C"),
    C(W, 7.9, span(t, f"物业服务类诉求{n(W)}件", "同比增长7.9%")),
    S(61475, [31206, 18742, 11527], span(t, f"一是物业服务质量类诉求{n(31206)}件", f"合计{n(61475)}件"), "F"),
    R(61475, W, float(pc(61475, W)), span(t, rowt[-1], f"占物业类诉求的{pc(61475, W)}%"), "C"),
    E([11527, 11527], span(t, rowt[3], f"停车管理类{n(11527)}件"), "H"),
    E([T2, T2], span(t, crowt[-1], f"按时办结{n(T2)}件"), "H"),
    R(8126, W, float(pc(8126, W)), span(t, f"物业服务类诉求{n(W)}件", f"占物业类诉求的{pc(8126, W)}%"), "C"),
    R(63217, 71846, float(pc(63217, 71846)), span(t, f"回访{n(71846)}件", f"满意率{pc(63217, 71846)}%"), "C"),
)
rep.never("物业服务小区2,416个，成立业主委员会的1,128个", "counts of estates")
rep.never("低于全市平均水平4.2个百分点", "the city's 满意率 is not printed")
rep.never("超过50件的企业", "a threshold")
