from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tot6

rep = Report("jiangkou-jyj-xxgk-2021", "txt", "汉阳府市江口区教育局", 2022,
             kind="江口区教育局2021年政府信息公开工作年度报告 (2022, 政府信息公开, 区 教育)",
             shape="txt copied from a Word file (tab-separated table rows, no wrapping); 主动公开 by 类别 with 分别 and a planted total (B), the national table with tabs (T), 学校 公开 counts (F), 依申请 by 申请人 (F), 予以公开 ratio (C), 招生 figures beside them (traps), 同比 decrease (O)")
lv = {"gk": [22, 0, 0, 0, 0, 0], "bf": [3, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0], "w1": [11, 0, 0, 0, 1, 0],
      "w3": [2, 0, 0, 0, 0, 0], "c1": [6, 0, 0, 0, 0, 0], "c2": [3, 0, 0, 0, 0, 0], "o1": [2, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "tsv")
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""江口区教育局2021年政府信息公开工作年度报告

根据《中华人民共和国政府信息公开条例》和上级有关要求，现公布江口区教育局2021年政府信息公开工作年度报告。

一、总体情况
（一）主动公开情况
2021年，我局通过区政府门户网站、“江口教育”微信公众号等平台主动公开政府信息652条，分别为教育动态218条、招生考试146条、教育收费62条、学生资助84条、人事招聘96条、其他信息56条。其中“江口教育”微信公众号同步推送412条。全年公开义务教育招生政策及划片范围，覆盖公办小学38所、公办初中17所、公办高中4所，合计59所学校，民办学校另行公布。全区中小学在校生68,412人，比上年减少1,204人。
（二）依申请公开情况
全年共受理政府信息公开申请{new}件，比上年下降{gr(new, 58)}%，全部为本年新收。其中自然人申请{data['new'][0]}件、其他组织申请1件。全年办结{tot}件，当年全部办结。予以公开22件，占{pc(22, tot)}%；部分公开3件；不予公开1件；无法提供14件；不予处理9件；其他处理2件。申请事项主要涉及学位划分、教师招聘和校外培训机构监管。
（三）政府信息管理
全年对2016年以来制发的27件规范性文件进行了清理，保留19件，废止8件。
（四）平台建设
改版区教育局子网站，新增“双减”专栏，发布信息76条。

二、主动公开政府信息情况
本年制发行政规范性文件2件，废止8件，现行有效规范性文件19件。行政许可处理决定（民办学校设立、变更）34件。行政处罚决定0件。

三、收到和处理政府信息公开申请情况
{tab}

四、政府信息公开行政复议、行政诉讼情况
{fy}

五、存在的主要问题及改进情况
一是部分学校校务公开不够规范；二是教育收费公示更新不及时。下一步，我局将把政务公开纳入学校年度考核，考核权重由3%提高到5%。

六、其他需要报告的事项
本年度无收取信息处理费情况。

江口区教育局
2022年1月14日
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(652, [218, 146, 62, 84, 96, 56], span(t, "主动公开政府信息652条", "其他信息56条"), "B", bad="218 + 146 + 62 + 84 + 96 + 56 = 662, printed 652 (planted)"),
    S(59, [38, 17, 4], span(t, "公办小学38所", "合计59所学校"), "F"),
    C(new, -float(gr(new, 58)), span(t, f"共受理政府信息公开申请{new}件", f"下降{gr(new, 58)}%")),
    E([new, new], span(t, f"共受理政府信息公开申请{new}件", rt["new"]), "H"),
    S(new, [data["new"][0], 1], span(t, f"共受理政府信息公开申请{new}件", "其他组织申请1件"), "F"),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
    R(22, tot, float(pc(22, tot)), span(t, f"全年办结{tot}件", f"占{pc(22, tot)}%"), "C"),
    S(tot, [22, 3, 1, 14, 9, 2], span(t, f"全年办结{tot}件", "其他处理2件"), "F"),
    S(27, [19, 8], span(t, "27件规范性文件", "废止8件"), "F"),
)
rep.never("其中“江口教育”微信公众号同步推送412条", "a channel overlapping the 类别 list, not a part of it")
rep.never("比上年减少1,204人", "a change of 在校生 (a stock, no rate stated)")
rep.never("考核权重由3%提高到5%", "weights, not a change of a quantity with a rate")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 652, '条', '主动公开政府信息652条')
rep.metric('disclosure.requests', 51, '件', '全年共受理政府信息公开申请51件')
rep.metric('disclosure.closed', 51, '件', '全年办结51件')
rep.metric('normative_docs.issued', 2, '件', '本年制发行政规范性文件2件')
rep.metric('normative_docs.cleanup.reviewed', 27, '件', '对2016年以来制发的27件规范性文件进行了清理')
rep.metric('normative_docs.cleanup.repealed', 8, '件', '保留19件，废止8件')
rep.metric('penalties.count', 0, '件', '行政处罚决定0件')
