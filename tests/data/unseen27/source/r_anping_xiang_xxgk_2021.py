from common import R, Report, S, span

rep = Report("anping-xiang-xxgk-2021", "txt", "桐江县安平乡人民政府", 2022, half=True, wrap=30, page_every=10, page_style="第{n}页 共3页",
             kind="安平乡人民政府2021年政府信息公开工作年度报告 (2022, township, table given as prose)",
             shape="txt with half-width punctuation wrapped at 30 with 第n页 共3页 footers; the national table's figures restated as prose lines, 新收 + 结转 = 办结 + 结转 (H), outcomes without 其中 (a planted part), 主动公开 by kind, 低保 户 beside 人, 办结率")
rep.text = """安平乡人民政府2021年政府信息公开工作年度报告

一、总体情况
本年度乡政府在县政府门户网站乡镇专栏公开信息203条：政策文件28条，财政信息35条，民生救助信息96条，工作动态44条。全乡享受城乡低保286户412人，特困供养对象63人，相关名单均按月公示。

二、收到和处理政府信息公开申请情况
1.本年新收申请:8件(均为自然人申请)。
2.上年结转:1件,本年应办理申请共9件。
3.办理结果:予以公开3件,部分公开1件,不予公开1件,无法提供3件,不予处理1件,合计办结8件。
4.结转下年度继续办理:1件。
全年办结率88.9%。

三、政府信息公开行政复议、行政诉讼情况
本年度未发生因政府信息公开引起的行政复议和行政诉讼。

四、存在的主要问题及改进情况
乡村两级公开内容衔接不够,2022年将统一公开目录。
"""
t = rep.text
rep.add(
    S(203, [28, 35, 96, 44], span(t, "公开信息203条", "工作动态44条"), "F"),
    S(8, [3, 1, 1, 3, 1], span(t, "予以公开3件", "合计办结8件"), "F",
      bad="3 + 1 + 1 + 3 + 1 = 9, printed 8 (无法提供 2 typed 3)"),
    S(9, [8, 1], span(t, "本年新收申请", "应办理申请共9件"), "H"),
    S(9, [8, 1], span(t, "应办理申请共9件", "继续办理:1件"), "H"),
    R(8, 9, 88.9, span(t, "应办理申请共9件", "办结率88.9%")),
)
rep.never("城乡低保286户412人", "户 beside 人, not parts")
rep.never("特困供养对象63人", "a separate group, not part of 412")
