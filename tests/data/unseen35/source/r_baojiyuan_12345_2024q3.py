from common import C, E, R, Report, S, span
from u35 import addt, n, pc, tgrid

rep = Report("baojiyuan-12345-2024q3", "html", "宝鸡原市12345市民热线服务中心", 2024,
             kind="宝鸡原市2024年三季度12345热线运行分析 (2024, 12345 季度分析, 陕西 市)",
             shape="HTML; 三季度 = 7月 + 8月 + 9月 (H), 1-9月 = 上半年 + 三季度 (H, planted), 直接办结 + 转办 = 受理 (F), 按时办结率 (C), 满意率 提高 个百分点 with both printed (a sum), a top-ten table of 承办单位 with 件数 / 占转办% and a 前十位合计 row (T: the column sum; each share over the 转办 figure printed in prose, C), 同比 (O), 夜间 话务 and 坐席 as traps")
top = [("市住房和城乡建设局", 9842), ("市城市管理执法局", 8216), ("市人力资源和社会保障局", 5473), ("市市场监督管理局", 4918),
       ("市交通运输局", 3862), ("市自然资源局", 2754), ("市教育局", 2631), ("市卫生健康委员会", 2408), ("市生态环境局", 1926),
       ("市水务集团有限公司", 1875)]
Z = 68214
T10 = sum(v for _, v in top)
rows = [[str(i + 1), a, n(v), pc(v, Z)] for i, (a, v) in enumerate(top)] + [["", "前十位合计", n(T10), pc(T10, Z)]]
tab, trels, rowt = tgrid(["序号", "承办单位", "转办件数", "占转办总量（%）"], rows, "html", col_sums=(2,))
m7, m8, m9 = 41286, 44917, 38652
Q = m7 + m8 + m9
H1 = 232418
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<h2>宝鸡原市2024年三季度12345热线运行分析</h2>
<p>宝鸡原市12345市民热线服务中心　2024年10月14日</p>
<p><b>一、总体运行情况</b></p>
<p>三季度，市12345热线共受理群众诉求{n(Q)}件，同比增长9.4%。分月看，7月{n(m7)}件、8月{n(m8)}件、9月{n(m9)}件，8月受理量为年内月度峰值，主要受持续高温天气影响，涉及供电、供水的诉求集中增加。1-9月累计受理356,273件，其中上半年{n(H1)}件。</p>
<p>三季度热线直接办结{n(Q - Z)}件，转办承办单位{n(Z)}件。转办件中按时办结{n(66937)}件，按时办结率{pc(66937, Z)}%。群众满意率95.8%，较二季度的94.9%提高0.9个百分点。</p>
<p>热线共设坐席150个，三季度夜间（22时至次日8时）话务量占全天话务量的7.6%。</p>
<p><b>二、承办单位转办情况</b></p>
<p>转办量居前十位的承办单位如下表：</p>
{tab}
<p>前十位承办单位合计承办{n(T10)}件，占转办总量的{pc(T10, Z)}%，其中住建、城管两个部门合计{n(9842 + 8216)}件。</p>
<p><b>三、重点关注事项</b></p>
<p>（一）高温期间用电诉求。7-8月供电类诉求4,126件，同比增长31.5%。（二）秋季开学诉求。9月教育类诉求1,384件，主要涉及学位分配、校车接送。</p>
<p><b>四、工作建议</b></p>
<p>建议市住建局、市城管执法局针对物业服务、违章搭建等高频诉求开展专项治理，推动由“办结一件”向“解决一类”转变。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
for (_a, v), row in zip(top, rowt, strict=False):
    rep.add(R(v, Z, float(pc(v, Z)), span(t, f"转办承办单位{n(Z)}件", row), "C"))
rep.add(
    S(Q, [m7, m8, m9], span(t, f"受理群众诉求{n(Q)}件", f"9月{n(m9)}件"), "H"),
    C(Q, 9.4, span(t, f"受理群众诉求{n(Q)}件", "同比增长9.4%")),
    S(356273, [H1, Q], span(t, f"受理群众诉求{n(Q)}件", f"上半年{n(H1)}件"), "H", bad=f"{n(H1)} + {n(Q)} = {n(H1 + Q)}, the text prints 356,273 (planted)"),
    S(Q, [Q - Z, Z], span(t, f"受理群众诉求{n(Q)}件", f"转办承办单位{n(Z)}件"), "F"),
    R(66937, Z, float(pc(66937, Z)), span(t, f"转办承办单位{n(Z)}件", f"按时办结率{pc(66937, Z)}%"), "C"),
    S(95.8, [94.9, 0.9], span(t, "满意率95.8%", "提高0.9个百分点")),
    E([T10, T10], span(t, rowt[-1], f"合计承办{n(T10)}件"), "H"),
    R(T10, Z, float(pc(T10, Z)), span(t, f"转办承办单位{n(Z)}件", f"占转办总量的{pc(T10, Z)}%"), "C"),
    S(9842 + 8216, [9842, 8216], span(t, rowt[0], f"两个部门合计{n(9842 + 8216)}件"), "F"),
)
rep.never("夜间（22时至次日8时）话务量占全天话务量的7.6%", "a share whose base is not printed")
rep.add(C(4126, 31.5, "供电类诉求4,126件，同比增长31.5%"))
rep.never("热线共设坐席150个", "seats")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('hotline.requests', 124855, '件', '三季度，市12345热线共受理群众诉求124,855件')
