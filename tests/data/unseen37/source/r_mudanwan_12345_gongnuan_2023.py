from common import C, E, R, Report, S, span
from u37 import addt, gr, mark, n, pc, tgrid, val, NOTE

rep = Report("mudanwan-12345-gongnuan-2023", "md", "牡丹湾市12345政务服务便民热线管理中心", 2024,
             kind="牡丹湾市2023—2024年供暖期12345热线供热诉求专题分析 (2024, 12345 专题分析 供暖, 黑龙江 市)",
             shape="Markdown; a table of 供热诉求 类别 with 本供暖期 / 上供暖期 / 同比% and a 合计 row (T: both column sums and the change per row over the printed 上供暖期; a planted 同比 of 温度不达标), a table of 供热企业 with 诉求 / 办结 / 办结率 / 重复来电 / 退单 and a 合计 row (T: column sums and the rate per row), prose: the total in a heading line and the months in a list (F), 'X和Y分别占A%和B%' (C), 重复来电 share (C), 满意率 (C), 同比 restated (H); 室温 thresholds and 面积 as traps")
cats = [("温度不达标", 9416, 11208), ("管网漏水", 1837, 1652), ("停热断热", 1264, 1530), ("收费争议", 986, 1104),
        ("报停报启", 742, 697), ("其他", 531, 488)]
C1, C0 = sum(c[1] for c in cats), sum(c[2] for c in cats)
rows = [[c[0], n(c[1]), n(c[2]), ("-" if c[1] < c[2] else "") + gr(c[1], c[2])] for c in cats]
rows.append(["合计", n(C1), n(C0), ("-" if C1 < C0 else "") + gr(C1, C0)])
rows[0][3] = "-15.3"
tab, trels, rowt = tgrid(["诉求类别", "本供暖期（件）", "上供暖期（件）", "同比（%）"], rows, "md", col_sums=(1, 2))
for row, rt_ in zip(rows, rowt, strict=False):
    trels.append(mark(C(val(row[1]), val(row[3]), rt_, "T", prev=val(row[2])), NOTE))
firms = [("牡丹湾热电有限公司", 6127, 6089, 412, 9), ("城投供热公司", 4318, 4297, 286, 4), ("江南热力公司", 2406, 2381, 198, 7),
         ("爱民区域锅炉房", 1209, 1187, 143, 5), ("其他供热单位", 716, 698, 61, 3)]
F1, F2, F3, F4 = (sum(f[i] for f in firms) for i in range(1, 5))
frows = [[f[0], n(f[1]), n(f[2]), pc(f[2], f[1]), str(f[3]), str(f[4])] for f in firms] + [["合计", n(F1), n(F2), pc(F2, F1), n(F3), str(F4)]]
ftab, frels, frowt = tgrid(["供热单位", "诉求量", "办结量", "办结率（%）", "重复来电", "退单"], frows, "md", col_sums=(1, 2, 4, 5), rates=((3, 2, 1),))
m = [("2023年10月", 1426), ("11月", 4318), ("12月", 3902), ("2024年1月", 2865), ("2月", 1847), ("3月", 418)]
rep.text = f"""# 牡丹湾市2023—2024年供暖期12345热线供热诉求专题分析

牡丹湾市12345政务服务便民热线管理中心　2024年4月15日

2023—2024年供暖期（2023年10月20日至2024年4月5日，共169天），全市12345热线接到供热类诉求持续下降，群众供热满意度明显提升。现将有关情况分析如下。

## 一、供热诉求总体情况

**供暖期内共受理供热类诉求{n(C1)}件，同比下降{gr(C1, C0)}%。**分月份看：

- 2023年10月{n(m[0][1])}件；
- 11月{n(m[1][1])}件，为全供暖期最高；
- 12月{n(m[2][1])}件；
- 2024年1月{n(m[3][1])}件；
- 2月{n(m[4][1])}件；
- 3月及4月上旬{m[5][1]}件。

温度不达标（9,416件）和管网漏水（1,837件）分别占供热诉求总量的{pc(9416, C1)}%和{pc(1837, C1)}%，仍是群众反映最集中的问题。全市集中供热面积1.26亿平方米，室温标准不低于18℃。

## 二、诉求分类

{tab}

注：同比为与2022—2023年供暖期相比。

## 三、各供热单位办理情况

供热诉求全部派发供热单位办理，共{n(F1)}件，办结{n(F2)}件，办结率{pc(F2, F1)}%。

{ftab}

同一用户同一问题重复来电{n(F3)}件，占派发量的{pc(F3, F1)}%；供热单位申请退单{F4}件，主要理由为“用户自身户内管线问题”。

## 四、回访满意情况

对已办结诉求回访12,864件，满意11,932件，满意率{pc(11932, 12864)}%，比上供暖期提高3.4个百分点。

## 五、分区域情况

按供热区域分，江南片区、江北片区和郊县供热单位分别受理{n(6842)}件、{n(5917)}件和{n(2017)}件，分别占供热诉求的{pc(6842, C1)}%、{pc(5917, C1)}%和{pc(2017, C1)}%。老旧小区（2000年以前建成）诉求{n(8106)}件，占供热诉求总量的{pc(8106, C1)}%，户均诉求量明显高于新建小区。

## 六、下一步工作

督促供热单位对重复来电超过3次的用户逐户入户测温，对退单理由不充分的，一律退回重办。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    C(C1, -float(gr(C1, C0)), span(t, f"受理供热类诉求{n(C1)}件", f"同比下降{gr(C1, C0)}%"), "O"),
    S(C1, [x[1] for x in m], span(t, f"受理供热类诉求{n(C1)}件", f"3月及4月上旬{m[5][1]}件"), "F"),
    R(9416, C1, float(pc(9416, C1)), span(t, f"受理供热类诉求{n(C1)}件", f"分别占供热诉求总量的{pc(9416, C1)}%"), "C"),
    R(1837, C1, float(pc(1837, C1)), span(t, f"受理供热类诉求{n(C1)}件", f"和{pc(1837, C1)}%"), "C"),
    E([C1, F1], span(t, rowt[-1], f"共{n(F1)}件"), "H"),
    R(F2, F1, float(pc(F2, F1)), span(t, f"共{n(F1)}件", f"办结率{pc(F2, F1)}%"), "C"),
    R(F3, F1, float(pc(F3, F1)), span(t, frowt[-1], f"占派发量的{pc(F3, F1)}%"), "C"),
    R(11932, 12864, float(pc(11932, 12864)), span(t, "回访12,864件", f"满意率{pc(11932, 12864)}%"), "C"),
)
rep.add(
    S(C1, [6842, 5917, 2017], span(t, rowt[-1], f"{n(2017)}件"), "B"),
    R(6842, C1, float(pc(6842, C1)), span(t, rowt[-1], f"分别占供热诉求的{pc(6842, C1)}%"), "C"),
    R(5917, C1, float(pc(5917, C1)), span(t, rowt[-1], f"、{pc(5917, C1)}%和"), "C"),
    R(2017, C1, float(pc(2017, C1)), span(t, rowt[-1], f"和{pc(2017, C1)}%。"), "C"),
    R(8106, C1, float(pc(8106, C1)), span(t, rowt[-1], f"占供热诉求总量的{pc(8106, C1)}%"), "C"),
)
rep.never("共169天", "a count of days")
rep.never("集中供热面积1.26亿平方米，室温标准不低于18℃", "an area and a threshold")
rep.never("比上供暖期提高3.4个百分点", "last season's 满意率 is not printed")
rep.never("重复来电超过3次", "a threshold")
