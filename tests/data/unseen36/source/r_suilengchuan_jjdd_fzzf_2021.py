from common import C, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("suilengchuan-jjdd-fzzf-2021", "md", "绥棱川县公安局交通警察大队", 2022,
             kind="绥棱川县公安局交通警察大队2021年法治政府建设工作报告 (2022, 法治政府建设, 黑龙江 县 公安交警)",
             shape="Markdown; 违法 = 现场 + 非现场 (F), 酒驾醉驾 = 饮酒 + 醉酒 (F), 事故 死亡 比上年 with the previous printed (A), 万车死亡率 (G per 10000), a table of 中队 with 查处 / 现场 / 非现场 and a 合计 row (T: column sums and row sums; a planted 非现场 cell), prose restating 合计 (H), 法制审核 rate (C), 复议 outcomes (F); 快处快赔, 记分, 近3万人次 as traps")
sq = [("城区中队", 15326, 4218), ("四海店中队", 8742, 2103), ("克音河中队", 6915, 1867), ("上集中队", 5408, 1530), ("高速公路执勤中队", 11971, 3127)]
rows = [[a, b, c, b - c] for a, b, c in sq]
rows[2][3] = rows[2][3] + 9
cs = [sum(x[1] for x in sq), sum(x[2] for x in sq), sum(x[1] - x[2] for x in sq)]
rows.append(["合计", n(cs[0]), n(cs[1]), n(cs[2])])
rows = [[r[0]] + [n(v) if isinstance(v, int) else v for v in r[1:]] for r in rows]
tab, trels, rowt = tgrid(["中队", "查处交通违法（起）", "现场查处（起）", "非现场查处（起）"], rows, "md",
                         col_sums=(1, 2, 3), row_sums=((1, [2, 3]),))
T, X, F = cs
rep.text = f"""# 绥棱川县公安局交通警察大队2021年法治政府建设工作报告

2021年，县公安局交警大队坚持以习近平法治思想为指导，围绕“减量控大、防事故、保畅通”目标，全面推进严格规范公正文明执法。现将全年工作情况报告如下。

## 一、道路交通安全执法情况

全年共查处各类道路交通违法行为{n(T)}起，其中现场查处{n(X)}起、非现场查处{n(F)}起。查处酒驾醉驾386起，其中饮酒驾驶312起、醉酒驾驶74起，醉驾案件全部移送审查起诉。

全县发生一般程序道路交通事故126起，死亡18人，比上年的21人减少{gr(18, 21)}%；适用简易程序、快处快赔处理财产损失事故2,418起。截至年底，全县机动车保有量8.57万辆，万车死亡率{pc(18, 85700, 2, 10000)}。

## 二、各中队执法情况

{tab}

注：高速公路执勤中队承担G1211吉黑高速绥棱川段执法任务。

全大队查处违法合计{n(T)}起，与上表一致。

## 三、执法监督

严格执行“三项制度”，一般程序行政处罚案件{n(1632)}件全部经法制员审核，法制审核率{pc(1632, 1632)}%。全年对驾驶人累计记分12.6万分，暂扣驾驶证412本。

受理行政复议案件3件，其中维持2件、撤销1件；发生行政诉讼1件，审理中。

## 四、法治宣传

开展“美丽乡村行”交通安全宣传进村屯活动，覆盖群众近3万人次。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(T, [X, F], span(t, f"违法行为{n(T)}起", f"非现场查处{n(F)}起"), "F"),
    S(386, [312, 74], span(t, "查处酒驾醉驾386起", "醉酒驾驶74起"), "F"),
    C(18, -float(gr(18, 21)), span(t, "死亡18人", f"减少{gr(18, 21)}%"), "A", prev=21),
    R(18, 85700, float(pc(18, 85700, 2, 10000)), span(t, "死亡18人", f"万车死亡率{pc(18, 85700, 2, 10000)}"), "G", per=10000),
    R(1632, 1632, 100.0, span(t, "1,632件", "审核率100.0%"), "C"),
    S(3, [2, 1], span(t, "行政复议案件3件", "撤销1件"), "F"),
)
from common import E
rep.add(E([T, T], span(t, rowt[-1], f"违法合计{n(T)}起"), "H"))
rep.never("一般程序道路交通事故126起", "一般程序 and 简易程序 accidents are different kinds; no total")
rep.never("累计记分12.6万分，暂扣驾驶证412本", "points and licences")
rep.never("覆盖群众近3万人次", "an approximate figure")
rep.never("G1211", "a road number")
