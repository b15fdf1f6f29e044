from common import B, C, R, Report, S, span
from tables import fy_table, gk_table

rep = Report("fengcheng-weijian-xxgk-2019", "txt", "枫城县卫生健康局", 2020, half=True, wrap=36, page_every=14,
             page_style="- {n} -", header="枫城县卫生健康局2019年政府信息公开工作年度报告",
             kind="枫城县卫生健康局2019年政府信息公开工作年度报告 (2020, first year of the new template)",
             shape="PDF copy with half-width punctuation, wrapped at 36, footers and a running header; space-aligned national table with a planted (七)总计 cell; 医疗机构 beside 条; 分别 with 同比; a share of a named base")
data = {"new": [31, 2, 0, 0, 1, 0],
        "gk": [12, 1, 0, 0, 1, 0], "bf": [2, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0],
        "w1": [8, 1, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0], "fwd": [3, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt", typo={("tot", 0): 27})
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
rep.text = f"""
枫城县卫生健康局2019年政府信息公开工作年度报告

一、总体情况

2019年是新修订的《中华人民共和国政府信息公开条例》施行第一年。我局主动公开政府信息845条，同比增长8.6%;其中医疗服务价格、医保定点、疫苗接种等公共卫生信息合计377条，占主动公开总量的44.6%。全县214家医疗机构的执业登记信息全部通过“健康枫城”平台向社会公开。

全年受理政府信息公开申请34件，办结31件，结转下年度3件。申请人中自然人31件，法人或其他组织3件，分别占91.2%和8.8%。

二、主动公开政府信息情况

行政许可方面，全年作出医疗机构执业许可、公共场所卫生许可等决定1,362件;行政处罚方面，作出处罚决定86件，罚没金额41.3万元，比上年的32.5万元增长27.1%。

三、收到和处理政府信息公开申请情况

{gk}

四、政府信息公开行政复议、行政诉讼情况

{fy}

五、存在的主要问题及改进情况

部分基层医疗卫生机构公开意识不强。2020年将把信息公开纳入基层机构绩效考核。
"""
t = rep.text
p1 = span(t, "主动公开政府信息845条", "占主动公开总量的44.6%")
p2 = span(t, "全年受理政府信息公开申请34件", "分别占91.2%和8.8%")
p3 = span(t, "罚没金额41.3万元", "增长27.1%")
rep.add(
    C(845, 8.6, p1),
    R(377, 845, 44.6, p1, "C"),
    B(377, 845, p1, "D"),
    S(34, [31, 3], p2, "H"),
    R(31, 34, 91.2, p2, "B"),
    R(3, 34, 8.8, p2, "B"),
    C(41.3, 27.1, p3, "A", prev=32.5),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("全县214家医疗机构的执业登记信息", "institutions, not items")
rep.never("作出医疗机构执业许可、公共场所卫生许可等决定1,362件", "decisions, not information items; no relation to 845")
rep.never("办结31件，结转下年度3件。申请人中自然人31件", "办结31 and 自然人31 are equal by chance: no relation")
