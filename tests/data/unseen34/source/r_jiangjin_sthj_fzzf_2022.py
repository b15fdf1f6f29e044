from common import B, C, E, Report, S, span
from u34 import gr, pc

rep = Report("jiangjin-sthj-fzzf-2022", "txt", "重庆市江津湾区生态环境局", 2023,
             kind="江津湾区生态环境局2022年法治政府建设情况报告 (2023, 法治政府建设, 重庆 区 生态环境局)",
             shape="txt copied from a web page; a space-aligned table of 执法 by 手段 with 2022 / 2021 / 同比±% (T: the change per row over the printed 2021), prose: 案件 with 起/家/万元 mixed (F), 分别 over a list spanning clauses (B), 移送 (E), 信访 (H), 自动监控 有效传输率 (a trap), 空气 优良天数 over the unprinted 365 (a trap)")
rows = [["现场检查（家次）", 3418, 3106], ["立案查处（起）", 137, 162], ["罚款（万元）", "1,026.5", "1,184.2"], ["查封扣押（件）", 23, 31], ["移送拘留（起）", 9, 7]]
for r in rows:
    a, b = float(str(r[1]).replace(",", "")), float(str(r[2]).replace(",", ""))
    r.append(("+" if a >= b else "-") + gr(a, b))
lines = ["项目  2022年  2021年  同比±%"] + ["  ".join(str(c) for c in r) for r in rows]
tab = "\n".join(lines)
rt = lines[1:]
t = f"""江津湾区生态环境局2022年法治政府建设情况报告

发布时间：2023-03-30　　来源：区生态环境局　　【字体：大 中 小】

　　2022年，区生态环境局坚持以习近平生态文明思想和习近平法治思想为指导，深入打好污染防治攻坚战，坚持严格规范公正文明执法，法治政府建设取得积极成效。现将有关情况报告如下。

　　一、依法行政制度建设
　　制定完善《生态环境行政处罚自由裁量基准》《轻微违法行为免罚清单》等制度4项；全年对18家企业的轻微违法行为依法不予处罚，免罚金额合计63.7万元。

　　二、生态环境执法情况
　　全年生态环境执法主要数据如下表：

{tab}

　　全年立案查处环境违法案件137起，其中水污染类48起、大气污染类53起、固体废物类21起、其他类15起，作出罚款决定127件、罚款1,026.5万元。适用配套措施案件32起，分别为查封扣押23起、限产停产0起、移送行政拘留9起。移送涉嫌环境污染犯罪案件4起，均被公安机关立案侦查。
　　重点排污单位自动监控设施联网187家，数据有效传输率97.3%。

　　三、环境质量改善
　　全年城区空气质量优良天数321天，优良天数比例{pc(321, 365)}%，较上年增加6天；PM2.5年均浓度33微克/立方米。

　　四、信访和复议诉讼
　　受理生态环境信访投诉1,246件，办结1,246件，其中大气类672件、噪声类318件、水类164件、其他92件。全年发生行政复议案件2件、行政诉讼案件1件，均维持。

　　五、2023年工作打算
　　推进非现场执法，力争非现场检查占比达到30%以上。

　　江津湾区生态环境局
　　2023年3月28日
"""
rep.text = t
for i, r in enumerate(rows):
    cur, prev = (float(str(x).replace(",", "")) for x in r[1:3])
    cur = int(cur) if cur == int(cur) and "." not in str(r[1]) else cur
    prev = int(prev) if prev == int(prev) and "." not in str(r[2]) else prev
    rep.add(C(cur, float(r[3]), rt[i], "T", prev=prev, ))
rep.add(
    E([137, 137], span(t, rt[1], "立案查处环境违法案件137起"), "H"),
    S(137, [48, 53, 21, 15], span(t, "立案查处环境违法案件137起", "其他类15起"), "F"),
    B(127, 137, span(t, "立案查处环境违法案件137起", "作出罚款决定127件"), "E"),
    E([1026.5, 1026.5], span(t, rt[2], "罚款1,026.5万元"), "H"),
    S(32, [23, 0, 9], span(t, "配套措施案件32起", "移送行政拘留9起"), "B"),
    E([1246, 1246], span(t, "信访投诉1,246件", "办结1,246件"), "H"),
    S(1246, [672, 318, 164, 92], span(t, "办结1,246件", "其他92件"), "F"),
)
rep.never("数据有效传输率97.3%", "over 传输 not printed")
rep.never("优良天数比例", "over the 365 days of the year, a base not printed")
rep.never("较上年增加6天", "a change in days; last year's ratio not printed")
rep.never("对18家企业的轻微违法行为依法不予处罚，免罚金额合计63.7万元", "家 beside 万元")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('penalties.exempted', 18, '家', '全年对18家企业的轻微违法行为依法不予处罚')
rep.metric('penalties.exempted_amount', 63.7, '万元', '免罚金额合计63.7万元')
rep.metric('cases.filed', 137, '起', '全年立案查处环境违法案件137起')
rep.metric('penalties.count', 127, '件', '作出罚款决定127件')
rep.metric('penalties.amount', 1026.5, '万元', '作出罚款决定127件、罚款1,026.5万元')
rep.metric('complaints.received', 1246, '件', '受理生态环境信访投诉1,246件')
rep.metric('complaints.resolved', 1246, '件', '受理生态环境信访投诉1,246件，办结1,246件')
rep.metric('reconsideration.count', 2, '件', '全年发生行政复议案件2件')
rep.metric('litigation.count', 1, '件', '行政诉讼案件1件')
