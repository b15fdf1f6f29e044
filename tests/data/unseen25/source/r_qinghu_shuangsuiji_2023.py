from common import B, E, R, Report, S, span
from u25 import addt, tgrid

rep = Report("qinghu-shuangsuiji-2023", "html", "青湖区市场监督管理局", 2024,
             kind="青湖区2023年度“双随机、一公开”抽查情况通报 (2024, 双随机)",
             shape="HTML; 计划 ≥ 完成 with 完成率, 户次 抽查 ≥ 问题 with 发现率, 联合抽查 share, outcomes after 中 without 其中, a table by 部门 with 问题发现率 per row and a 合计 row (a planted rate), 罚没款 beside 户次, 部门 units and a stock of 市场主体")
rows = [["区市场监管局", "3,624", "462", "12.7"], ["区生态环境局", "1,286", "218", "17.0"], ["区卫生健康委", "1,412", "126", "9.8"],
        ["区住建局", "864", "104", "12.0"], ["其他部门", "1,456", "126", "8.7"], ["合计", "8,642", "1,036", "12.0"]]
tab, trels, rt = tgrid(["部门", "抽查户次", "发现问题户次", "问题发现率（%）"], rows, "html", col_sums=(1, 2))
for i in range(6):
    n, d = int(rows[i][2].replace(",", "")), int(rows[i][1].replace(",", ""))
    r = R(n, d, float(rows[i][3]), rt[i], "T")
    if i == 2:
        r["note"] = "126 / 1,412 = 8.9%, printed 9.8 (digits swapped)"
    trels.append(r)
rep.text = f"""
<html><head><meta charset="utf-8"><title>青湖区2023年度双随机一公开抽查情况通报</title></head><body>
<h2>青湖区2023年度“双随机、一公开”抽查情况通报</h2>
<p>一、计划执行。全区28个部门制定抽查计划412项，完成406项，完成率98.5%。全区抽查对象名录库共有市场主体4.26万户。</p>
<p>二、抽查结果。全年抽查市场主体8,642户次，发现问题1,036户次，问题发现率12.0%。其中部门联合抽查1,862户次，占21.5%。发现问题的1,036户次中，责令整改846户次，立案查处142户次，移送其他部门48户次。立案查处的案件罚没款186.4万元。</p>
<p>三、分部门情况</p>
{tab}
<p>四、结果公开。抽查结果全部通过国家企业信用信息公示系统公示。</p>
</body></html>
"""
t = rep.text
a = span(t, "制定抽查计划412项", "完成率98.5%")
b = span(t, "抽查市场主体8,642户次", "移送其他部门48户次")
rep.add(
    B(406, 412, a, "E"),
    R(406, 412, 98.5, a),
    B(1036, 8642, b, "E"),
    R(1036, 8642, 12.0, b),
    R(1862, 8642, 21.5, b),
    S(1036, [846, 142, 48], b, "F"),
    E([8642, 8642], span(t, "抽查市场主体8,642户次", rt[5]), "H"),
)
addt(rep, trels)
rep.never("全区抽查对象名录库共有市场主体4.26万户", "a stock beside 户次 checked")
rep.never("罚没款186.4万元", "an amount beside cases")
rep.never("全区28个部门", "departments beside 户次")
