from common import B, C, E, R, Report, S, span
from tables import gk_table
from u27 import addt

rep = Report("songlin-xiaoxue-xxgk-2022", "txt", "松林区实验小学", 2023, wrap=34, page_every=18, page_style="第{n}页",
             kind="松林区实验小学2022年信息公开工作年度报告 (2023, school)",
             shape="txt wrapped at 34 with 第n页 footers; space-aligned national table, 新收 = 总计 (no carry); 学生 by 年级 without 其中 (planted), a planted 生师比 n∶1, 专任 ≤ 教职工, 学位 计划 ≥ 招生, 收费 standards beside counts")
data = {"new": [6, 0, 0, 0, 0, 0], "gk": [3, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [1, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt")
rep.text = f"""松林区实验小学2022年信息公开工作年度报告

一、基本情况
学校现有教学班48个，在校学生2,136人，从年级看，一年级372人，二年级358人，三年级364人，四年级349人，五年级361人，六年级342人。学校有教职工121人，专任教师108人，生师比18.9∶1。2022年秋季一年级计划招生380人，实际招收新生372人，计划完成率97.9%。

二、主动公开情况
本年度通过学校网站和家校平台主动公开信息215条，较上年的186条增加29条，增长15.6%。公开课后服务收费标准每生每学期600元，午餐费每生每天12元。

三、依申请公开情况
全年收到家长和社会公众的信息公开申请6件，均在规定期限内办结，其中予以公开3件。

{gk}

四、存在问题和改进措施
信息公开栏目分类不够清晰，2023年将按照义务教育学校信息公开事项清单重新梳理。
"""
t = rep.text
rep.add(
    S(2136, [372, 358, 364, 349, 361, 342], span(t, "在校学生2,136人", "六年级342人"), "F",
      bad="372 + 358 + 364 + 349 + 361 + 342 = 2,146, printed 2,136 (四年级 349 for 339)"),
    R(2136, 108, 18.9, span(t, "在校学生2,136人", "生师比18.9∶1"), "G", per=1,
      bad="2,136 / 108 = 19.8, printed 18.9 (digits swapped)"),
    B(108, 121, span(t, "教职工121人", "专任教师108人")),
    B(372, 380, span(t, "计划招生380人", "新生372人")),
    R(372, 380, 97.9, span(t, "计划招生380人", "计划完成率97.9%")),
    E([372, 372], span(t, "一年级372人", "实际招收新生372人"), "H"),
    S(215, [186, 29], span(t, "主动公开信息215条", "增加29条"), "A"),
    C(215, 15.6, span(t, "主动公开信息215条", "增长15.6%"), "A", prev=186),
    E([6, 6], span(t, "信息公开申请6件", rows["new"]), "H"),
    E([3, 3], span(t, "予以公开3件", rows["gk"]), "H"),
)
addt(rep, trels)
rep.never("每生每学期600元，午餐费每生每天12元", "fee standards, not counts")
rep.never("现有教学班48个", "classes beside pupils; 2,136 / 48 is not stated")
