from common import C, E, R, Report, S, span
from u34 import addt, dl, fmt_rows, gr, pc, tgrid, with_totals

rep = Report("nanhai-zfsj-2022", "txt", "佛山市南海湾区人民政府", 2023,
             kind="南海湾区2022年度行政执法数据统计分析报告 (2023, 行政执法统计, 广东 区)",
             shape="txt copied from a web page; a space-aligned table of 行政处罚 by 镇街 with 简易 / 普通 / 合计 and 罚没（万元） and a 全区 row (T: row sums, column sums), a second space-aligned table of 行政处罚 by 领域 with 2022 / 2021 / 增减% (T: the change per row; a planted 2021 cell breaking its column), prose restating (H), 宗/件 mixed, 分别 (B), shares (C)")
body = [["桂城街道", 1862, 418], ["大沥镇", 1547, 362], ["里水镇", 986, 241], ["狮山镇", 2214, 507], ["西樵镇", 638, 149], ["九江镇", 512, 118], ["丹灶镇", 473, 104]]
rows = with_totals(body, "全区")
money = ["1,286.4", "1,042.7", "618.3", "1,573.9", "402.6", "337.1", "296.5"]
money.append(f"{sum(float(m.replace(',', '')) for m in money):,.1f}")
rows = [[*r, m] for r, m in zip(rows, money, strict=False)]
rows = fmt_rows(rows)
tab, trels, rt = tgrid(["镇（街道）", "简易程序（宗）", "普通程序（宗）", "合计（宗）", "罚没款（万元）"], rows, "txt",
                       col_sums=(1, 2, 3, 4), row_sums=((3, [1, 2]),))
tot = with_totals(body, "全区")[-1]
lrows = [["市场监管", 1986, 2214], ["城市管理", 3842, 3416], ["交通运输", 1274, 1398], ["生态环境", 186, 212], ["其他领域", 2843, 1603]]
for r in lrows:
    r.append(("+" if r[1] >= r[2] else "-") + gr(r[1], r[2]))
lrows.append(["全区", sum(r[1] for r in lrows), 8843, ""])
assert lrows[-1][1] == tot[3]
lrows[-1][3] = ("+" if lrows[-1][1] >= 8843 else "-") + gr(lrows[-1][1], 8843)
lrows[2][2] = 1389  # planted: 交通运输 2021 1,398 typed 1,389
lrows = fmt_rows(lrows)
ltab, lrels, lrt = tgrid(["执法领域", "2022年（宗）", "2021年（宗）", "增减（%）"], lrows, "txt", col_sums=(1, 2),
                         note="the 2021 column adds to 8,834 with the planted 1,389 of 交通运输, 全区 printed 8,843")
t = f"""南海湾区2022年度行政执法数据统计分析报告

发布时间：2023-02-14　　来源：南海湾区司法局

　　为落实行政执法统计年报制度，区司法局对全区各行政执法单位2022年度执法数据进行了汇总分析，现将有关情况公布如下。

　　一、行政处罚总体情况
　　2022年，全区共作出行政处罚决定{tot[3]:,}宗，其中适用简易程序{tot[1]:,}宗、普通程序{tot[2]:,}宗，普通程序案件占{pc(tot[2], tot[3])}%；罚没款合计{money[-1]}万元。各镇（街道）办理情况如下：

{tab}

　　狮山镇、桂城街道、大沥镇办理案件数居前三位，分别占全区的{pc(2721, tot[3])}%、{pc(2280, tot[3])}%、{pc(1909, tot[3])}%。

　　二、分领域情况
　　与上年相比，全区行政处罚案件总量增加{tot[3] - 8843}宗，增长{gr(tot[3], 8843)}%，其中城市管理领域3,842宗、增加426宗、增长{gr(3842, 3416)}%，市场监管领域1,986宗、减少228宗、下降{gr(1986, 2214)}%。分领域数据如下：

{ltab}

　　三、行政复议和诉讼
　　全年以区属执法单位为被申请人的行政复议案件63件，以区属执法单位为被告的行政诉讼案件41件，分别较上年下降11.3%和增长7.9%。

　　四、分析与建议
　　城市管理领域案件量大、简易程序占比高，建议推行“首违不罚”清单；执法人员人均办案量约18宗，部分镇街执法力量偏弱。
"""
rep.text = t
addt(rep, trels)
addt(rep, lrels)
for i in range(5):
    r = lrows[i]
    rep.add(C(int(r[1].replace(",", "")), float(r[3]), lrt[i], "T", prev=int(r[2].replace(",", "")),
            bad="交通运输 (1,274 − 1,389) / 1,389 = −8.3%, the row prints −8.9 (computed over the true 1,398; the 2021 cell is planted)" if i == 2 else None))
rep.add(C(tot[3], float(lrows[-1][3]), lrt[-1], "T", prev=8843))
rep.add(
    S(tot[3], [tot[1], tot[2]], span(t, f"行政处罚决定{tot[3]:,}宗", f"普通程序{tot[2]:,}宗"), "F"),
    R(tot[2], tot[3], float(pc(tot[2], tot[3])), span(t, f"行政处罚决定{tot[3]:,}宗", f"普通程序案件占{pc(tot[2], tot[3])}%"), "O"),
    E([tot[3], tot[3]], span(t, f"行政处罚决定{tot[3]:,}宗", rt[-1]), "H"),
    E([float(money[-1].replace(",", ""))] * 2, span(t, f"罚没款合计{money[-1]}万元", rt[-1]), "H"),
    R(2721, tot[3], float(pc(2721, tot[3])), span(t, rt[3], f"{pc(1909, tot[3])}%"), "B"),
    R(2280, tot[3], float(pc(2280, tot[3])), span(t, rt[0], f"{pc(1909, tot[3])}%"), "B"),
    R(1909, tot[3], float(pc(1909, tot[3])), span(t, rt[1], f"{pc(1909, tot[3])}%"), "B"),
    C(tot[3], float(gr(tot[3], 8843)), span(t, rt[-1], f"增长{gr(tot[3], 8843)}%"), "A", prev=8843),
    C(3842, dl(3842, 3416), span(t, "城市管理领域3,842宗", f"增长{gr(3842, 3416)}%"), "A", prev=3416),
    C(1986, dl(1986, 2214), span(t, "市场监管领域1,986宗、减少228宗", f"下降{gr(1986, 2214)}%"), "A", prev=2214),
)
rep.add(C(63, -11.3, span(t, "行政复议案件63件", "增长7.9%"), "B"),
        C(41, 7.9, span(t, "行政诉讼案件41件", "增长7.9%"), "B"))
rep.never("人均办案量约18宗", "over 执法人员 not printed")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('penalties.count', 10131, '宗', '全区共作出行政处罚决定10,131宗')
rep.metric('penalties.simple_procedure.count', 8232, '宗', '其中适用简易程序8,232宗')
rep.metric('penalties.general_procedure.count', 1899, '宗', '普通程序1,899宗')
rep.metric('penalties.amount', 5557.5, '万元', '罚没款合计5,557.5万元')
rep.metric('reconsideration.count', 63, '件', '以区属执法单位为被申请人的行政复议案件63件')
rep.metric('litigation.count', 41, '件', '以区属执法单位为被告的行政诉讼案件41件')
