from common import C, E, R, Report, S, span
from u39 import addt, gr, mark, n, pc, shares, share_sum, tgrid

rep = Report("yueyangwan-12345-jiaoyu-2024", "md", "岳阳湾市12345政务服务便民热线管理中心", 2024,
             kind="岳阳湾市12345热线2024年教育领域诉求专题分析 (2024, 12345 专题分析 教育, 湖南 市)",
             shape="Markdown; 教育 诉求 share of the year's 受理 printed in the opening paragraph (C), a table of 子类 with 件数 / 占比 / 上年 / 同比 and a 合计 row (T: column sums, share per row, the change per row over the printed 上年; a planted 件数 of 校外培训 breaking the column sum and its rows), '一是…二是…三是' paragraphs restating rows (H), 开学季 = 8月 + 9月 (F) and its share (C), 学段 split (F), 办结 / 满意 rates (C), 同比 in 个百分点 with both printed (a sum, O); 学校 counts and 政策 文件 号 as traps")
ACC = 536218
subs = [("招生入学", 4826, 4157), ("校外培训", 2315, 2964), ("教育收费", 1974, 1826), ("校园安全", 1238, 1107),
        ("师德师风", 867, 912), ("学生资助", 1096, 1003), ("其他", 2131, 1988)]
E_ = sum(s[1] for s in subs)
P_ = sum(s[2] for s in subs)
rows = [[s[0], n(s[1]), pc(s[1], E_), n(s[2]), ("" if s[1] >= s[2] else "-") + gr(s[1], s[2])] for s in subs]
rows.append(["合计", n(E_), "100.0", n(P_), gr(E_, P_)])
rows[1][1] = n(2351)
tab, trels, rowt = tgrid(["诉求子类", "件数", "占比（%）", "上年（件）", "同比（%）"], rows, "md", col_sums=(1, 3))
srels = shares(rows, rowt, 1, 2, -1)
ss = share_sum(rows, rowt, 2)
crels = [mark(C(int(r_[1].replace(",", "")), float(r_[4]), t_, "T", prev=int(r_[3].replace(",", ""))), "a printed cell does not add up (planted typo)") for r_, t_ in zip(rows, rowt, strict=True)]
aug, sep = 2914, 3167
rep.text = f"""# 岳阳湾市12345热线2024年教育领域诉求专题分析

2024年，市12345热线共受理群众诉求{n(ACC)}件。其中教育领域诉求{n(E_)}件，占全部诉求的{pc(E_, ACC)}%，比上年的{pc(P_, 517306)}%提高{float(pc(E_, ACC)) - float(pc(P_, 517306)):.1f}个百分点，成为增长较快的领域之一。

## 一、诉求构成

{tab}

注：占比为各子类件数占教育领域诉求合计的比重。

从子类看，**一是**招生入学诉求最多，全年{n(4826)}件，比上年增长{gr(4826, 4157)}%，主要反映学区划分、随迁子女入学和民办学校摇号；**二是**校外培训诉求{n(2315)}件，比上年下降{gr(2315, 2964)}%，“双减”治理效果持续显现；**三是**教育收费诉求{n(1974)}件，集中在课后服务收费和教辅材料代购。

## 二、时间分布

开学季诉求集中。8月受理教育诉求{n(aug)}件，9月受理{n(sep)}件，两个月合计{n(aug + sep)}件，占全年教育诉求的{pc(aug + sep, E_)}%。

## 三、学段分布

按学段分，学前教育{n(2108)}件、义务教育{n(8957)}件、高中阶段{n(1764)}件、高等教育及其他{n(E_ - 2108 - 8957 - 1764)}件。义务教育阶段占{pc(8957, E_)}%。

## 四、办理情况

教育领域诉求转办市、县两级教育部门{n(12416)}件，按期办结{n(12203)}件，按期办结率{pc(12203, 12416)}%；回访{n(5318)}件，满意和基本满意{n(4961)}件，满意率{pc(4961, 5318)}%。

## 五、工作建议

全市共有中小学校和幼儿园1,127所，建议教育部门在每年6月前公布学区划分方案，落实《岳阳湾市义务教育招生入学工作实施办法》（岳湾教发〔2023〕14号）。

市12345政务服务便民热线管理中心
2025年1月10日
"""
rep.text = rep.text.rstrip("\n") + "\n" + """
## 六、典型诉求及办理情况

**案例一：随迁子女入学。** 8月中旬，岳阳湾经开区多名外来务工人员反映子女因居住证办理时间不足一年无法在就近学校报名。热线将诉求转市教育局后，市教育局会同经开区管委会核查，对持有稳定就业证明的家庭放宽居住证年限要求，涉及学生63名，均于9月1日前完成入学。

**案例二：课后服务收费。** 9月份，热线集中接到君山湾区家长反映某小学课后服务收费标准与公示不一致。经区教育局调查，该校将午休看护费用并入课后服务收费，已责令整改并退还多收费用，涉及学生412名、金额3.71万元。

**案例三：校车接送。** 10月份，平江河县多个偏远村组家长反映校车停靠点调整后学生步行距离超过3公里。县教育局重新规划线路，新增停靠点5个。

## 七、需要关注的问题

一是诉求量在开学季高度集中，8月、9月两个月教育诉求量接近全年的一半，承办单位压力较大；二是部分诉求涉及教育、人社、住建等多个部门，存在职责交叉、推诿扯皮；三是民办学校退费、校外培训预付费等诉求处理周期较长，群众满意度偏低。建议教育部门建立开学季诉求会商机制，每周与热线中心共同研判一次。
"""
t = rep.text
addt(rep, trels)
addt(rep, srels)
rep.add(ss)
addt(rep, crels)
a, b = float(pc(E_, ACC)), float(pc(P_, 517306))
rep.add(
    R(E_, ACC, a, span(t, f"受理群众诉求{n(ACC)}件", f"占全部诉求的{pc(E_, ACC)}%"), "C"),
    S(a, [b, round(a - b, 1)], span(t, f"占全部诉求的{pc(E_, ACC)}%", f"提高{a - b:.1f}个百分点"), "O"),
    E([4826, 4826], span(t, rowt[0], f"全年{n(4826)}件"), "H"),
    C(4826, float(gr(4826, 4157)), span(t, f"全年{n(4826)}件", f"比上年增长{gr(4826, 4157)}%")),
    E([2315, 2351], span(t, rowt[1], f"校外培训诉求{n(2315)}件"), "H", bad="the prose gives 校外培训 2,315件, the table prints 2,351 (planted)"),
    C(2315, -float(gr(2315, 2964)), span(t, f"校外培训诉求{n(2315)}件", f"比上年下降{gr(2315, 2964)}%")),
    S(aug + sep, [aug, sep], span(t, f"8月受理教育诉求{n(aug)}件", f"两个月合计{n(aug + sep)}件"), "F"),
    R(aug + sep, E_, float(pc(aug + sep, E_)), span(t, rowt[-1], f"占全年教育诉求的{pc(aug + sep, E_)}%"), "C"),
    S(E_, [2108, 8957, 1764, E_ - 2108 - 8957 - 1764], span(t, rowt[-1], f"高等教育及其他{n(E_ - 2108 - 8957 - 1764)}件"), "F"),
    R(8957, E_, float(pc(8957, E_)), span(t, rowt[-1], f"义务教育阶段占{pc(8957, E_)}%"), "C"),
    R(12203, 12416, float(pc(12203, 12416)), span(t, f"教育部门{n(12416)}件", f"按期办结率{pc(12203, 12416)}%"), "C"),
    R(4961, 5318, float(pc(4961, 5318)), span(t, f"回访{n(5318)}件", f"满意率{pc(4961, 5318)}%"), "C"),
)
rep.never("中小学校和幼儿园1,127所", "a count of schools")
rep.never("岳湾教发〔2023〕14号", "a document number")
rep.metric("hotline.requests", ACC, "件", f"市12345热线共受理群众诉求{n(ACC)}件")
rep.add()
