from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tgrid, tot6

rep = Report("xiaonan-qu-xxgk-2020", "txt", "孝感湾市孝南湾区人民政府办公室", 2021,
             kind="孝南湾区2020年政府信息公开工作年度报告 (2021, 政府信息公开, 区 人民政府 for the whole 区)",
             shape="txt copied from a web page; a space-aligned table of 申请 by 单位类别 (区政府本级 / 区直部门 / 街道乡镇) with 新收 / 办结 / 予以公开 and a 全区 row (T: column sums), the national table space-aligned (T; a planted 予以公开 cell of 自然人), prose restating 全区 (H), 疫情 信息 发布 with 分别 (B), 主动公开 同比 (O), 予以公开 share over 办结 (C), 复议 (T) and 诉讼 in prose (F)")
lv = {"gk": [58, 7, 0, 1, 1, 0], "bf": [12, 2, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0], "n6": [2, 1, 0, 0, 0, 0],
      "n8": [4, 0, 0, 0, 0, 0], "w1": [24, 3, 0, 0, 0, 1], "w2": [5, 0, 0, 0, 0, 0], "c1": [11, 0, 0, 0, 0, 0],
      "c2": [3, 0, 0, 0, 0, 0], "o1": [6, 0, 0, 0, 0, 0], "o3": [2, 0, 0, 0, 0, 0]}
data = gk(lv, old=[0] * 6, fwd=[4, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt", typo={("gk", 0): 85}, note="予以公开 自然人 58 printed 85 (digits swapped): its row, the 自然人 column and the 自然人 balance 新收 = 办结 + 结转 break")
fy, frels = fy_table([3, 1, 0, 0], [2, 0, 1, 1], [1, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
gkn = sum(lv["gk"])
units = [["区政府本级", 31, 30, 14], ["区直部门（36个）", 88, 86, 34], ["街道乡镇（14个）", new - 119, new - 120, gkn - 48]]
units.append(["全区", new, new - 4, gkn])
utab, urels, urow = tgrid(["单位类别", "新收申请（件）", "办结（件）", "予以公开（件）"], units, "txt", col_sums=(1, 2, 3))
rep.text = f"""孝南湾区2020年政府信息公开工作年度报告

发布机构：孝南湾区人民政府办公室　　发文日期：2021-01-29

　　本报告根据《中华人民共和国政府信息公开条例》要求，由孝南湾区人民政府办公室根据区政府本级、36个区直部门和14个街道乡镇的年度报告汇总编制。

　　一、总体情况

　　2020年，全区主动公开政府信息9,864条，同比增长{gr(9864, 8426)}%。新冠肺炎疫情防控期间，全区发布疫情防控信息2,186条，分别为疫情通报324条、防控措施862条、复工复产政策418条、辟谣信息和健康提示582条。

　　全区共收到政府信息公开申请{new}件，均为当年新收，办结{tot}件，结转下年度4件。办结件中予以公开{gkn}件，占{pc(gkn, tot)}%。分单位类别情况如下：

{utab}

　　二、收到和处理政府信息公开申请情况（全区汇总）

{tab}

　　三、政府信息公开行政复议、行政诉讼情况

{fy}

　　全区因政府信息公开被申请行政复议4件，被提起行政诉讼5件，其中未经复议直接起诉4件、复议后起诉1件。

　　四、存在的主要问题及改进情况

　　部分街道乡镇依申请公开答复格式不统一。2021年将制定答复文书示范文本，开展培训2期。

　　五、其他需要报告的事项

　　本年度全区未收取信息处理费。
"""
t = rep.text
addt(rep, trels)
addt(rep, urels)
rep.add(
    C(9864, float(gr(9864, 8426)), span(t, "主动公开政府信息9,864条", f"同比增长{gr(9864, 8426)}%")),
    S(2186, [324, 862, 418, 582], span(t, "发布疫情防控信息2,186条", "健康提示582条"), "B"),
    E([new, new], span(t, f"共收到政府信息公开申请{new}件", urow[-1]), "H"),
    S(new, [tot, 4], span(t, f"共收到政府信息公开申请{new}件", "结转下年度4件"), "H"),
    E([tot, tot], span(t, f"办结{tot}件", urow[-1]), "H"),
    E([gkn, gkn], span(t, f"予以公开{gkn}件", urow[-1]), "H"),
    R(gkn, tot, float(pc(gkn, tot)), span(t, f"办结{tot}件", f"占{pc(gkn, tot)}%"), "C"),
    E([new, new], span(t, urow[-1], rt["new"]), "H"),
    S(5, [4, 1], span(t, "被提起行政诉讼5件", "复议后起诉1件"), "F"),
)
rep.never("36个区直部门和14个街道乡镇", "counts of units, no sum stated")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 9864, '条', '全区主动公开政府信息9,864条')
rep.metric('disclosure.requests', 150, '件', '全区共收到政府信息公开申请150件')
rep.metric('disclosure.closed', 146, '件', '办结146件')
rep.metric('disclosure.carried_forward', 4, '件', '结转下年度4件')
rep.metric('reconsideration.count', 4, '件', '全区因政府信息公开被申请行政复议4件')
rep.metric('litigation.count', 5, '件', '被提起行政诉讼5件')
