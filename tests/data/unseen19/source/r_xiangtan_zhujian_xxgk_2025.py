from common import E, R, Report, S, span
from h import addt, f, gk_sums, pc
from tables import gk_table, grid

rep = Report("xiangtan-zhujian-xxgk-2025", "md", "湘潭湾区住房和城乡建设局", 2026,
             kind="湘潭湾区住房和城乡建设局2025年政府信息公开工作年度报告 (2026)",
             shape="Markdown, 主动公开 grid with 行政许可/处罚 and 收费 in 万元, the application table with an author's error in 结转下年度 (总计 column), prose restating it, 保障房 套 and 户 beside 件, a change in 个百分点, shares over 新收")
data = {"new": [97, 26, 0, 1, 3, 1],
        "gk": [31, 9, 0, 0, 1, 0], "bf": [12, 4, 0, 0, 0, 0], "n4": [4, 1, 0, 0, 0, 0], "n6": [3, 1, 0, 0, 0, 0],
        "w1": [26, 6, 0, 1, 1, 1], "w2": [4, 1, 0, 0, 0, 0], "c1": [6, 1, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 1, 0],
        "o1": [3, 1, 0, 0, 0, 0], "fwd": [6, 2, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "md", typo={("fwd", 6): s["fwd"] + 2}, cols_checked=(0, 6),
                           note="the printed 结转下年度 of the 总计 column breaks 新收 = 总计 + 结转 (author's error)")
zd, zr = grid(["信息内容", "本年处理决定数量"], [["行政许可", "1,268"], ["行政处罚", "57"]], "md")
zf, zfr = grid(["信息内容", "本年收费金额（万元）"], [["行政事业性收费", "0"]], "md")
new, tot, fwd = s["new"], s["tot"], s["fwd"]
rep.text = f"""
# 湘潭湾区住房和城乡建设局2025年政府信息公开工作年度报告

## 一、总体情况

**（一）主动公开。** 全年主动公开政府信息2,903条。保障性住房分配、租赁补贴发放等信息实行"一户一公示"，全年公示配租保障性住房1,146套，涉及1,146户，发放租赁补贴3,872户、1,629.8万元。

**（二）依申请公开。** 2025年共收到政府信息公开申请{new}件，其中自然人申请{s['zr']}件、法人和其他组织申请{s['fr']}件，分别占{pc(s['zr'], new)}%和{pc(s['fr'], new)}%。法人申请占比较上年提高3.2个百分点。全年办结{tot}件，结转下年度{fwd}件。

**（三）办理结果。** 办结的{tot}件中，予以公开{s['gk']}件，部分公开{s['bf']}件，不予公开{s['n']}件，无法提供{s['w']}件，不予处理{s['c']}件，其他处理{s['o']}件；予以公开的占办结数的{pc(s['gk'], tot)}%。

## 二、主动公开政府信息情况

{zd}

{zf}

## 三、收到和处理政府信息公开申请情况

{gk}

## 四、政府信息公开行政复议、行政诉讼情况

全年未发生因政府信息公开引起的行政复议、行政诉讼。

## 五、存在的主要问题及改进情况

物业、拆迁类申请占比高，答复周期长。
"""
t = rep.text
p1 = span(t, "2025年共收到政府信息公开申请", f"{pc(s['fr'], new)}%")
p3 = span(t, f"办结的{tot}件中", f"占办结数的{pc(s['gk'], tot)}%")
rep.add(
    S(new, [s["zr"], s["fr"]], p1, "O"),
    R(s["zr"], new, f(pc(s["zr"], new)), p1, "B"),
    R(s["fr"], new, f(pc(s["fr"], new)), p1, "B"),
    S(new, [tot, fwd], span(t, "2025年共收到政府信息公开申请", f"结转下年度{fwd}件"), "E"),
    S(tot, [s["gk"], s["bf"], s["n"], s["w"], s["c"], s["o"]], p3, "F"),
    R(s["gk"], tot, f(pc(s["gk"], tot)), p3, "C"),
    E([fwd, fwd + 2], span(t, f"结转下年度{fwd}件", rows["fwd"]), "H", bad=f"prose 结转{fwd}, the table prints {fwd + 2}"),
)
addt(rep, trels)
rep.never("公示配租保障性住房1,146套，涉及1,146户", "套 and 户 equal by meaning of one household per flat, not a stated equality")
rep.never("发放租赁补贴3,872户、1,629.8万元", "households beside money")
rep.never("法人申请占比较上年提高3.2个百分点", "last year's share is not printed")
rep.never("行政许可 | 1,268", "decisions, no total")
