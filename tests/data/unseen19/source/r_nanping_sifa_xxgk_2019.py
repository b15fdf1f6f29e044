from common import B, C, E, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import gk_table

rep = Report("nanping-sifa-xxgk-2019", "txt", "南坪县司法局", 2020, wrap=35, page_every=15, page_style="{n}/3",
             half=True,
             kind="南坪县司法局2019年政府信息公开工作年度报告 (2020, first year of the new template)",
             shape="PDF copy wrapped at 35 with n/3 footers and half-width punctuation; space-aligned national table with a planted (四)无法提供 cell, prose with 法律援助 and 人民调解 figures (件 beside 人次), numbers after nouns, a share over 新收")
data = {"new": [9, 1, 0, 0, 1, 0],
        "gk": [4, 0, 0, 0, 1, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [2, 1, 0, 0, 0, 0],
        "c1": [1, 0, 0, 0, 0, 0], "fwd": [1, 0, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "txt", typo={("w1", 6): 4})
new, tot, fwd = s["new"], s["tot"], s["fwd"]
rep.text = f"""
南坪县司法局2019年政府信息公开工作年度报告

一、总体情况

2019年是新修订的《中华人民共和国政府信息公开条例》施行第一年。我局主动公开信息两百一十六条,其中法律援助、公证、人民调解等公共法律服务信息一百零八条,占50.0%。全县公共法律服务中心接待群众咨询6,214人次,办理法律援助案件537件,较上年增长{gr(537, 482)}%;人民调解组织调解矛盾纠纷2,480件,调解成功2,431件,调解成功率98.0%。

依申请公开方面,全年收到申请{new}件,办结{tot}件,结转下年度{fwd}件。申请人为自然人的{s['zr']}件,占新收申请的{pc(s['zr'], new)}%。办结的{tot}件中,予以公开{s['gk']}件、部分公开{s['bf']}件、无法提供{s['w']}件、不予处理{s['c']}件。本年度未发生因政府信息公开引起的行政复议和行政诉讼。

二、收到和处理政府信息公开申请情况

{gk}

三、存在的主要问题及改进情况

一是公共法律服务信息更新频次不高;二是工作人员对新条例理解不深。下一步将每季度开展一次业务培训。
"""
t = rep.text
p1 = span(t, "全年收到申请", "不予处理")
rep.add(
    R(108, 216, 50.0, span(t, "主动公开信息两百一十六条", "50.0%"), "O"),
    C(537, f(gr(537, 482)), span(t, "办理法律援助案件537件", "%"), "O"),
    R(2431, 2480, 98.0, span(t, "调解矛盾纠纷2,480件", "98.0%"), "O"),
    B(2431, 2480, span(t, "调解矛盾纠纷2,480件", "调解成功2,431件"), "E"),
    S(new, [tot, fwd], p1, "E"),
    R(s["zr"], new, f(pc(s["zr"], new)), p1, "O"),
    S(tot, [s["gk"], s["bf"], s["w"], s["c"]], span(t, f"办结的{tot}件中", f"不予处理{s['c']}件"), "F"),
    E([s["w"], 4], span(t, f"无法提供{s['w']}件", rows["w1"]), "H", bad=f"prose 无法提供{s['w']}, the table's row prints 总计 4"),
)
addt(rep, trels)
rep.never("接待群众咨询6,214人次", "人次 of consultations beside 件 of cases")
rep.never("办理法律援助案件537件", "537 cases beside 216 items published: no relation")
