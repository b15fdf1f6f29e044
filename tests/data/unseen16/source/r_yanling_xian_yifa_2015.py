from common import B, C, R, Report, S, span

rep = Report("yanling-xian-yifa-2015", "md", "延陵县人民政府", 2016,
             kind="延陵县人民政府关于2015年依法行政工作情况的报告 (2016, old 依法行政 style)",
             shape="Markdown, 权力事项 by kind with 其中 (a planted total), 精简率 over a base not printed, 复议 收到 ≥ 受理 = 审结 + 在审, outcomes, 诉讼 with its 2014 value, 出庭率 with the count in brackets, a delta without previous value")
rep.text = """
# 延陵县人民政府关于2015年依法行政工作情况的报告

市人民政府：

2015年，我县认真贯彻落实《全面推进依法行政实施纲要》，依法行政工作取得新进展。现将有关情况报告如下：

## 一、推进行政权力清单制度

全面清理县级行政权力事项，共确认4,816项，其中行政许可218项、行政处罚3,127项、行政强制96项、行政征收41项、行政给付19项、行政检查387项、行政确认53项、其他行政权力775项。精简取消行政审批事项63项，精简率28.9%。

## 二、加强行政执法队伍建设

全县行政执法主体42个，持证执法人员1,126名，较上年增加87名。

## 三、依法化解行政争议

全年县政府及部门共收到行政复议申请47件，受理41件，审结39件（另2件尚在审理中）。审结案件中，维持26件、撤销5件、变更1件、确认违法2件、驳回3件、终止2件。

县政府作为被告的行政诉讼案件18件，较2014年的11件增长63.6%；行政机关负责人出庭应诉率33.3%（出庭6件）。

## 四、存在的问题

……

延陵县人民政府

2016年3月2日
"""
t = rep.text
p3 = span(t, "收到行政复议申请47件", "终止2件")
p4 = span(t, "行政诉讼案件18件", "出庭6件")
rep.add(
    S(4816, [218, 3127, 96, 41, 19, 387, 53, 775], span(t, "共确认4,816项", "其他行政权力775项"), bad="the eight kinds add up to 4,716, printed 4,816"),
    B(41, 47, p3, "E"),
    S(41, [39, 2], p3, "E"),
    S(39, [26, 5, 1, 2, 3, 2], p3),
    C(18, 63.6, p4, "A", prev=11),
    R(6, 18, 33.3, p4, "C"),
)
rep.never("精简取消行政审批事项63项，精简率28.9%", "精简率 over the count before the cut, not printed (not 63 / 218)")
rep.never("持证执法人员1,126名，较上年增加87名", "a delta without a previous value or percent")
rep.never("全县行政执法主体42个，持证执法人员1,126名", "units beside persons")
