from common import B, C, E, R, Report, S, span

rep = Report("qingshui-shuili-fazhi-2023", "txt", "清水县水利局", 2024, wrap=34, page_every=12, page_style="第{n}页",
             kind="清水县水利局2023年法治政府建设情况报告 (2024)",
             shape="PDF copy wrapped at 34 with 第n页 footers; 巡查 问题 ≥ 整改 with 整改率, cases with the previous year in brackets, 其中 by kind, 罚没款 in 万元 (a planted part), a 水土保持 funnel across paragraphs (受理 in one, outcomes in the next, a planted part) with a share of the distant base, 纠纷 调处, the case total restated in the summary, a stock of 取水许可证 beside flows")
rep.text = """
清水县水利局2023年法治政府建设情况报告

2023年，县水利局坚持以习近平法治思想为指导，围绕水利中心工作，扎实推进依法行政，现将有关情况报告如下。

一、严格规范水行政执法

全年开展河湖日常巡查1,286次，发现涉河违法问题143个，已整改到位137个，整改率95.8%。立案查处水事违法案件38起，较上年（29起）增长31.0%，其中非法采砂12起、非法占用河道15起、未批先建9起，其他2起。已结案35起，结案率92.1%。罚没款共计86.4万元，其中罚款71.9万元，没收违法所得15.4万元。

二、深化水行政审批改革

全县现有取水许可证312套，年内新发放取水许可证46套、延续27套、注销19套。全年受理生产建设项目水土保持方案审批申请58件，平均审批时限压缩至6个工作日。

上述申请中，准予许可52件，不予许可4件，申请人主动撤回3件。准予许可的占受理申请总数的89.7%。

三、化解水事矛盾纠纷

全年受理水事纠纷21起，调处成功20起，调处成功率95.2%；办理涉水信访件17件，按期办结率100%。开展“世界水日”“中国水周”普法活动36场次，覆盖群众1.2万人次。全县河长制巡河率达到98.7%。

四、存在的不足和下一步打算

全年共查处水事违法案件38起，执法力量与巡查任务仍不匹配。2024年，我局将力争水事违法案件结案率达到95%以上。

清水县水利局
2024年1月18日
"""
t = rep.text
p1 = span(t, "发现涉河违法问题143个", "整改率95.8%")
p2 = span(t, "立案查处水事违法案件38起", "结案率92.1%")
p3 = span(t, "受理生产建设项目水土保持方案审批申请58件", "主动撤回3件")
p4 = span(t, "受理生产建设项目水土保持方案审批申请58件", "受理申请总数的89.7%")
p5 = span(t, "受理水事纠纷21起", "成功率95.2%")
rep.add(
    R(137, 143, 95.8, p1),
    B(137, 143, p1, "E"),
    C(38, 31.0, span(t, "水事违法案件38起", "增长31.0%"), "A", prev=29),
    S(38, [12, 15, 9, 2], span(t, "水事违法案件38起", "其他2起")),
    R(35, 38, 92.1, p2),
    B(35, 38, p2, "E"),
    S(86.4, [71.9, 15.4], span(t, "罚没款共计86.4万元", "没收违法所得15.4万元"),
      bad="71.9 + 15.4 = 87.3, printed 86.4 (没收 14.5 with digits swapped)"),
    S(58, [52, 4, 3], p3, "F", bad="52 + 4 + 3 = 59, 受理 printed 58 (撤回 2 typed 3)"),
    R(52, 58, 89.7, p4, "C"),
    R(20, 21, 95.2, p5),
    B(20, 21, p5, "E"),
    E([38, 38], span(t, "立案查处水事违法案件38起", "全年共查处水事违法案件38起"), "H"),
)
rep.never("全县现有取水许可证312套，年内新发放取水许可证46套、延续27套、注销19套", "a stock beside flows; last year's stock not printed")
rep.never("办理涉水信访件17件，按期办结率100%", "one figure only, 100% of it")
rep.never("全县河长制巡河率达到98.7%", "a rate over a base not printed")
rep.never("力争水事违法案件结案率达到95%以上", "next year's target beside this year's 92.1%")
rep.never("普法活动36场次，覆盖群众1.2万人次", "场次 and 人次, no relation")
