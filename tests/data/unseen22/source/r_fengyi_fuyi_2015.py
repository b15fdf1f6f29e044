from common import B, C, Report, S, span

rep = Report("fengyi-fuyi-2015", "txt", "枫邑县人民政府法制办公室", 2016, wrap=30, page_every=10,
             page_style="·{n}·",
             kind="枫邑县2015年行政复议工作总结 (2016, old style)",
             shape="PDF copy wrapped at 30 with ·n· footers; 收到 with last year's figure and 增加/增长, 收到 = 受理 + 不予受理, 受理 = 审结 + 在审, outcomes after 审结的案件中, 被申请人 after 从…看 (planted), Chinese numerals, 次 beside 件")
rep.text = """
枫邑县2015年行政复议工作总结

　　2015年，县政府共收到行政复议申请42件，比2014年的35件增加7件，增长20%。依法受理39件，不予受理3件。已审结36件，尚有3件在审理中。

　　审结的案件中：维持24件，撤销5件，确认违法2件，申请人撤回申请终止审理5件。

　　从被申请人看，乡镇政府17件，县直部门23件。

　　县政府作为被告的行政诉讼案件11件，县长出庭应诉2次。全年受理行政执法证件申领八十九件，核发执法证八十六本。全县共有专职行政复议人员三名，均取得法律职业资格。

枫邑县人民政府法制办公室
二〇一六年一月十八日
"""
t = rep.text
rep.add(
    C(42, 20, span(t, "收到行政复议申请42件", "增长20%"), "A", prev=35),
    S(42, [35, 7], span(t, "收到行政复议申请42件", "增加7件"), "A"),
    S(42, [39, 3], span(t, "收到行政复议申请42件", "不予受理3件"), "E"),
    S(39, [36, 3], span(t, "依法受理39件", "尚有3件"), "E"),
    S(36, [24, 5, 2, 5], span(t, "已审结36件", "终止审理5件"), "F"),
    S(39, [17, 23], span(t, "依法受理39件", "县直部门23件"), "F", bad="17 + 23 = 40, 受理 printed 39 (县直部门 22 typed 23)"),
)
rep.never("行政诉讼案件11件，县长出庭应诉2次", "次 beside 件; no rate")
rep.never("专职行政复议人员三名", "persons beside cases")

rep.text = rep.text.replace("县长出庭应诉2次。", "县长出庭应诉2次。已审结9件，其中判决维持7件，判决撤销2件。")
t = rep.text
rep.add(
    S(9, [7, 2], span(t, "已审结9件", "判决撤销2件")),
    B(9, 11, span(t, "行政诉讼案件11件", "已审结9件"), "E"),
)

t = rep.text
rep.add(B(86, 89, span(t, "行政执法证件申领八十九件", "核发执法证八十六本"), "E"))
