from common import C, R, Report, S, span
from u37 import addt, n, pc, shares, tgrid

rep = Report("sipingchuan-shi-tjgb-2023", "txt", "四平川市统计局", 2024,
             kind="四平川市2023年国民经济和社会发展统计公报 (2024, 统计公报, 吉林 市)",
             shape="txt copied from a web page, numbered sections; GDP = 三次产业 (F) with 结构 shares (C) and growths at comparable prices (traps), a space-aligned table of 规上工业 行业 with 增加值 / 占规上比重 / 增长 and a 合计 row (T: the column sum and the share per row; a planted 比重 of 食品; growths: traps), 固定资产投资 with a non-exhaustive 其中 (a trap) and 分产业 (F), 社零 = 城镇 + 乡村 (F, a planted 城镇) with 同比 for many figures in one sentence (B), 居民 收入 城乡 with 比上年 and 上年 printed (A) and 城乡收入比 (G), 人口 with 出生率 − 死亡率 = 自然增长率 in 千分之 (a sum, O), 财政 税收 share (C) with 亿 and 万 mixed; 耕地 and 粮食 单产 as traps")
g1, g2, g3 = 172.46, 148.37, 276.18
G = round(g1 + g2 + g3, 2)
ind = [("农副食品加工业", 48.62), ("汽车制造业", 31.27), ("化学原料和化学制品制造业", 18.94), ("电力、热力生产和供应业", 16.38),
       ("医药制造业", 11.05), ("其他行业", 27.46)]
IT = round(sum(x[1] for x in ind), 2)
grow = ["6.8", "-3.4", "9.2", "4.1", "12.6", "5.5"]
rows = [[x[0], f"{x[1]:.2f}", pc(x[1], IT), gv] for x, gv in zip(ind, grow, strict=False)] + [["合计", f"{IT:.2f}", "100.0", "5.2"]]
rows[0][2] = "31.8"
tab, trels, rowt = tgrid(["行业", "增加值（亿元）", "占规上比重（%）", "增长（%）"], rows, "txt", col_sums=(1,))
ur, ru = 41268, 18734
rep.text = f"""四平川市2023年国民经济和社会发展统计公报

四平川市统计局
国家统计局四平川调查队
2024年4月12日

　　一、综合

　　初步核算，全年全市地区生产总值{G}亿元，按不变价格计算，比上年增长5.4%。其中，第一产业增加值{g1}亿元，增长4.9%；第二产业增加值{g2}亿元，增长5.2%；第三产业增加值{g3}亿元，增长5.7%。三次产业结构为{pc(g1, G)}∶{pc(g2, G)}∶{pc(g3, G)}。全市人均地区生产总值3.21万元。

　　年末全市户籍总人口168.42万人。全年出生人口8,916人，出生率为5.31‰；死亡人口14,287人，死亡率为8.52‰；人口自然增长率为-3.21‰。

　　二、农业

　　全年粮食总产量64.87亿斤，比上年增长2.3%。其中玉米产量56.12亿斤，水稻产量6.28亿斤，大豆及其他2.47亿斤。粮食平均单产每亩1,392斤。全市耕地面积1,047万亩。

　　三、工业

　　全年规模以上工业增加值比上年增长5.2%。规上工业分行业增加值如下：

{tab}

　　注：增长速度按可比价格计算。

　　四、固定资产投资

　　全年固定资产投资（不含农户）比上年增长8.7%。其中，基础设施投资增长14.2%，工业投资增长11.6%，房地产开发投资下降18.9%。分产业看，第一产业投资38.6亿元，第二产业投资106.4亿元，第三产业投资214.7亿元，三次产业投资合计359.7亿元。

　　五、国内贸易

　　全年社会消费品零售总额281.46亿元，其中城镇消费品零售额226.83亿元，乡村消费品零售额55.08亿元，三者比上年分别增长6.4%、6.1%和7.6%。

　　六、居民收入

　　全年城镇常住居民人均可支配收入{n(ur)}元，比上年的{n(39617)}元增长{pc(ur - 39617, 39617)}%；农村常住居民人均可支配收入{n(ru)}元，比上年的{n(17452)}元增长{pc(ru - 17452, 17452)}%。城乡居民收入比为{pc(ur, ru, 2, 1)}∶1。

　　七、财政

　　全年地方一般公共预算收入52.76亿元，其中税收收入37.18亿元，税收收入占一般公共预算收入的比重为{pc(37.18, 52.76)}%；非税收入155,800万元。一般公共预算支出246.37亿元，其中民生支出198.62亿元，占{pc(198.62, 246.37)}%。

　　注：本公报中部分数据因四舍五入，分项合计与总计略有差异。
"""
t = rep.text
addt(rep, trels)
addt(rep, shares(rows, rowt, 1, 2, -1))
rep.add(
    S(G, [g1, g2, g3], span(t, f"地区生产总值{G}亿元", f"第三产业增加值{g3}亿元"), "F"),
    R(g1, G, float(pc(g1, G)), span(t, f"地区生产总值{G}亿元", f"产业结构为{pc(g1, G)}"), "C"),
    R(g2, G, float(pc(g2, G)), span(t, f"地区生产总值{G}亿元", f"∶{pc(g2, G)}"), "C"),
    R(g3, G, float(pc(g3, G)), span(t, f"地区生产总值{G}亿元", f"∶{pc(g3, G)}。"), "C"),
    S(-3.21, [5.31, -8.52], span(t, "出生率为5.31‰", "自然增长率为-3.21‰"), "O"),
    S(64.87, [56.12, 6.28, 2.47], span(t, "粮食总产量64.87亿斤", "大豆及其他2.47亿斤"), "F"),
    S(359.7, [38.6, 106.4, 214.7], span(t, "第一产业投资38.6亿元", "合计359.7亿元"), "F"),
    S(281.46, [226.83, 55.08], span(t, "社会消费品零售总额281.46亿元", "乡村消费品零售额55.08亿元"), "F",
      bad="226.83 + 55.08 = 281.91, the total prints 281.46 (the planted 城镇 226.83, true 226.38)"),
    C(281.46, 6.4, span(t, "社会消费品零售总额281.46亿元", "分别增长6.4%"), "B"),
    C(226.83, 6.1, span(t, "城镇消费品零售额226.83亿元", "6.1%"), "B"),
    C(55.08, 7.6, span(t, "乡村消费品零售额55.08亿元", "7.6%"), "B"),
    C(ur, float(pc(ur - 39617, 39617)), span(t, f"人均可支配收入{n(ur)}元", f"增长{pc(ur - 39617, 39617)}%"), "A", prev=39617),
    C(ru, float(pc(ru - 17452, 17452)), span(t, f"农村常住居民人均可支配收入{n(ru)}元", f"增长{pc(ru - 17452, 17452)}%"), "A", prev=17452),
    R(ur, ru, float(pc(ur, ru, 2, 1)), span(t, f"人均可支配收入{n(ur)}元", f"收入比为{pc(ur, ru, 2, 1)}"), "G", per=1),
    S(527600, [371800, 155800], span(t, "一般公共预算收入52.76亿元", "非税收入155,800万元"), "F"),
    R(37.18, 52.76, float(pc(37.18, 52.76)), span(t, "一般公共预算收入52.76亿元", f"比重为{pc(37.18, 52.76)}%"), "C"),
    R(198.62, 246.37, float(pc(198.62, 246.37)), span(t, "一般公共预算支出246.37亿元", f"占{pc(198.62, 246.37)}%"), "C"),
)
rep.never("按不变价格计算，比上年增长5.4%", "a growth at constant prices: the previous value is not the printed current one divided")
rep.never("其中，基础设施投资增长14.2%，工业投资增长11.6%", "a non-exhaustive 其中 of growths, no amounts")
rep.never("人均地区生产总值3.21万元", "over the average population, not printed")
rep.never("户籍总人口168.42万人", "出生率 is over the average 常住 population, not this 户籍 figure")
rep.never("粮食平均单产每亩1,392斤", "the sown area is not printed (耕地 is not it)")
