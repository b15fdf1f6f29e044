from common import C, E, R, Report, S, span
from tables import gk_table
from u37 import addt, gk, gr, pc, tot6, tsv_rows, tgrid

rep = Report("yinchuanhu-zrzyj-xxgk-2025", "docx", "银川湖市自然资源局", 2026, dest="enc",
             kind="银川湖市自然资源局2025年政府信息公开工作年度报告 (2026, 政府信息公开, 宁夏 市级部门, 2021 template, .docx)",
             shape=".docx; the 2021 national table as a Word table with 上年结转 2 (T), a Word table of 征地 公开 by 县（市、区） with 批次 / 面积 and a 合计 row (T: column sums), prose: 主动公开 with a total in a heading line and parts in a list (F), 不动产 登记 (F) with 同比 (O), 依申请 新收 + 结转 = 办结 (F), 比上年 (A), 予以公开 + 部分公开 share (C), 复议 3 诉讼 2 in prose (F); 耕地 保有量 and 面积 as traps")
lv = {"gk": [22, 3, 0, 0, 0, 1], "bf": [7, 1, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0], "n6": [1, 0, 0, 0, 0, 0],
      "w1": [12, 2, 0, 0, 0, 0], "w2": [3, 0, 0, 0, 0, 0], "c1": [4, 0, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0],
      "o1": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[2, 0, 0, 0, 0, 0])
tsv, trels, rt = gk_table(data, "tsv")
cty = [("兴庆湾区", 6, 1842.6), ("金凤湾区", 4, 926.3), ("西夏湾区", 7, 2317.8), ("永宁河县", 9, 3106.4), ("贺兰湖县", 5, 1428.9), ("灵武川市", 8, 2874.0)]
B_, A_ = sum(c[1] for c in cty), round(sum(c[2] for c in cty), 1)
rows = [[c[0], str(c[1]), f"{c[2]:.1f}"] for c in cty] + [["合计", str(B_), f"{A_:.1f}"]]
ztab, zrels, zrt = tgrid(["县（市、区）", "征地批次（批）", "征地面积（亩）"], rows, "tsv", col_sums=(1, 2))
new, tot = sum(data["new"]), tot6(lv)
rep.docx_blocks = [tsv_rows(ztab), tsv_rows(tsv)]
rep.text = f"""银川湖市自然资源局2025年政府信息公开工作年度报告
本报告按照《中华人民共和国政府信息公开条例》要求编制，统计期限为2025年1月1日至2025年12月31日。
一、总体情况
（一）主动公开。全年主动公开政府信息1,306条，具体为：
1.国土空间规划及“一张图”信息87条；
2.征地信息公开（征收土地预公告、补偿安置方案等）392条；
3.不动产登记、测绘地理信息等服务信息458条；
4.执法监察及工作动态369条。
征收土地信息按县（市、区）公开情况如下：
@@TABLE 0
全年办理不动产登记业务18.46万件，同比增长6.2%，其中首次登记2.31万件、转移登记9.74万件、抵押登记5.08万件、其他登记1.33万件。全市耕地保有量不低于556.2万亩。
（二）依申请公开。全年新收政府信息公开申请{new}件，比上年的{new - 11}件增加11件，增长{gr(new, new - 11)}%；上年结转2件，新收与上年结转合计{new + 2}件，全部在本年度办结。办结件中予以公开和部分公开{26 + 8}件，占{pc(34, tot)}%。
（三）行政复议和诉讼。全年因政府信息公开被申请行政复议3件，其中维持2件、纠正1件；被提起行政诉讼2件，均为未经复议直接起诉，其中维持1件、尚未审结1件。
二、主动公开政府信息情况
行政规范性文件本年制发2件、废止1件，现行有效14件；行政许可本年处理决定数量1,126件；行政处罚87件；行政强制0件。
三、收到和处理政府信息公开申请情况
@@TABLE 1
四、存在的主要问题及改进情况
征地信息公开的时效性仍需提高，个别批次超过规定时限公开。2026年将征地信息公开纳入月度督查。
五、其他需要报告的事项
本年度未收取信息处理费。
"""
t = rep.text.replace("@@TABLE 0", ztab).replace("@@TABLE 1", tsv)
addt(rep, trels)
addt(rep, zrels)
rep.add(
    S(1306, [87, 392, 458, 369], span(t, "主动公开政府信息1,306条", "工作动态369条"), "F"),
    S(184600, [23100, 97400, 50800, 13300], span(t, "不动产登记业务18.46万件", "其他登记1.33万件"), "F"),
    C(184600, 6.2, span(t, "不动产登记业务18.46万件", "同比增长6.2%")),
    C(new, float(gr(new, new - 11)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, new - 11)}%"), "A", prev=new - 11),
    S(new + 2, [new, 2], span(t, f"新收政府信息公开申请{new}件", f"合计{new + 2}件"), "F"),
    E([new + 2, tot], span(t, f"合计{new + 2}件", rt["tot"]), "H"),
    R(34, tot, float(pc(34, tot)), span(t, f"合计{new + 2}件", f"占{pc(34, tot)}%"), "C"),
    S(3, [2, 1], span(t, "被申请行政复议3件", "纠正1件"), "F"),
    S(2, [1, 1], span(t, "被提起行政诉讼2件", "尚未审结1件"), "F"),
)
rep.never("耕地保有量不低于556.2万亩", "a floor, a target")
rep.never("现行有效14件", "现行有效 is not last year's count plus 制发 minus 废止 (last year's not printed)")
