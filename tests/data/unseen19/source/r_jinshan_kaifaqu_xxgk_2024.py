from common import B, E, R, Report, S, span
from h import addt, gk_sums, pc
from tables import fy_table, gk_table, grid

rep = Report("jinshan-kaifaqu-xxgk-2024", "md", "金杉经济技术开发区管理委员会", 2025,
             kind="金杉经济技术开发区管理委员会2024年政府信息公开工作年度报告 (2025)",
             shape="Markdown with numbered list lines; national tables in Markdown with carry-in (办结 > 新收), a 主动公开 grid of 规范性文件 with 现行有效, prose with 分别 over outcomes, a share of 法人 over 新收, 企业 counts beside 件, a planted 法人 share")
data = {"new": [23, 14, 1, 0, 2, 1], "old": [2, 1, 0, 0, 0, 0],
        "gk": [9, 7, 1, 0, 1, 0], "bf": [3, 2, 0, 0, 0, 0], "n4": [1, 1, 0, 0, 0, 0], "n7": [1, 0, 0, 0, 0, 0],
        "w1": [6, 3, 0, 0, 1, 1], "w2": [1, 0, 0, 0, 0, 0], "c1": [2, 0, 0, 0, 0, 0],
        "c2": [1, 0, 0, 0, 0, 0], "o1": [1, 1, 0, 0, 0, 0], "fwd": [0, 1, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "md", cols_checked=(0, 1, 6))
fy, frels = fy_table([1, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0], "md")
zd, zr = grid(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
              [["规章", 0, 0, 0], ["行政规范性文件", 6, 2, 31]], "md")
new, old, tot, fwd, fr = s["new"], s["old"], s["tot"], s["fwd"], s["fr"]
rep.text = f"""
# 金杉经济技术开发区管理委员会2024年政府信息公开工作年度报告

## 一、总体情况

1. **主动公开**。全年在开发区门户网站发布信息1,274条，其中招商引资和营商环境类412条、项目审批和建设类356条、财政预决算类48条。服务企业专栏累计访问量38.6万人次。区内规模以上工业企业207家，全部纳入"企业服务直通车"信息推送。

2. **依申请公开**。本年新收政府信息公开申请{new}件，上年结转{old}件，共办结{tot}件，结转下年度{fwd}件。其中，自然人申请{s['zr']}件、法人或其他组织申请{fr}件，法人或其他组织申请占新收的40.5%，主要涉及土地出让、企业环评和项目补助。

3. **办理结果**。办结的{tot}件中，予以公开、部分公开、不予公开、无法提供、不予处理、其他处理分别为{s['gk']}件、{s['bf']}件、{s['n']}件、{s['w']}件、{s['c']}件、{s['o']}件。

4. **复议诉讼**。因政府信息公开被申请行政复议2件，维持1件、纠错1件；被提起行政诉讼2件，尚有1件未审结。

## 二、主动公开政府信息情况

{zd}

## 三、收到和处理政府信息公开申请情况

{gk}

## 四、政府信息公开行政复议、行政诉讼情况

{fy}

## 五、存在的主要问题及改进情况

企业类申请答复专业性要求高。2025年将建立业务部门会商机制。
"""
t = rep.text
p1 = span(t, "本年新收政府信息公开申请", "40.5%")
p3 = span(t, f"办结的{tot}件中", f"{s['o']}件。")
rep.add(
    B(412, 1274, span(t, "全年在开发区门户网站发布信息1,274条", "412条"), "D"),
    B(356, 1274, span(t, "全年在开发区门户网站发布信息1,274条", "356条"), "D"),
    B(48, 1274, span(t, "全年在开发区门户网站发布信息1,274条", "48条"), "D"),
    S(new, [s["zr"], fr], p1, "O"),
    R(fr, new, 40.5, p1, "O", bad=f"{fr} / {new} = {pc(fr, new)}%, printed 40.5%"),
    S(tot, [s["gk"], s["bf"], s["n"], s["w"], s["c"], s["o"]], p3, "B"),
    E([tot, tot], span(t, f"共办结{tot}件", rows["tot"]), "H"),
    S(2, [1, 1], span(t, "被申请行政复议2件", "纠错1件"), "O"),
)
addt(rep, trels, frels)
rep.never(f"上年结转{old}件，共办结{tot}件", "办结 > 新收 because of carry-in: new + old = 办结 + 结转 holds but no single total is printed")
rep.never("规模以上工业企业207家", "enterprises, not applications or items")
rep.never("累计访问量38.6万人次", "cumulative visits beside the year's items")
rep.never("现行有效件数", "a stock: 制发 − 废止 ≠ 现行有效")
