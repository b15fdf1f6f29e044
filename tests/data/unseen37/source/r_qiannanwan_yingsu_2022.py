from common import B, C, E, R, Report, S, span
from u37 import addt, pc, tgrid

rep = Report("qiannanwan-yingsu-2022", "md", "黔南湾州司法局", 2023,
             kind="黔南湾州2022年度行政机关负责人出庭应诉和行政诉讼案件情况通报 (2023, 行政应诉 年度统计, 贵州 州)",
             shape="Markdown; 一审 收案 = 新收 + 旧存 (F), 审结 by 结案方式 '一是…二是…三是' (F), 败诉 = 撤销 + 确认违法 + 责令履行 + 变更 + 赔偿 (F) with 败诉率 over 审结 (C) and its 个百分点 fall with last year's printed (a sum, O), a table of 县（市） with 审结 / 应出庭 / 出庭 / 出庭率 / 败诉 / 败诉率 and a 合计 row (T: column sums and both rates per row; a planted 出庭 of 都匀湾市), prose restating (H), 领域 'X和Y分别占A%和B%' (C), 同比 (O); 旁听 and 开庭 次数 as traps")
cs = [("都匀湾市", 142, 38, 37, 11), ("福泉河市", 58, 17, 17, 3), ("荔波川县", 36, 9, 9, 2), ("贵定湾县", 47, 14, 13, 5),
      ("瓮安河县", 63, 19, 19, 4), ("龙里川县", 54, 15, 14, 3), ("州直部门", 71, 26, 26, 6)]
T = [sum(c[i] for c in cs) for i in (1, 2, 3, 4)]
rows = [[c[0], str(c[1]), str(c[2]), str(c[3]), pc(c[3], c[2]), str(c[4]), pc(c[4], c[1])] for c in cs]
rows.append(["合计", str(T[0]), str(T[1]), str(T[2]), pc(T[2], T[1]), str(T[3]), pc(T[3], T[0])])
rows[0][3] = "35"
tab, trels, rowt = tgrid(["县（市）", "审结", "应出庭", "出庭", "出庭率（%）", "败诉", "败诉率（%）"], rows, "md",
                         col_sums=(1, 2, 3, 5), rates=((4, 3, 2), (6, 5, 1)))
fin, lose = T[0], T[3]
new, old = 436, 63
pend = new + old - fin
rate = pc(lose, fin)
rep.text = f"""# 黔南湾州2022年度行政机关负责人出庭应诉和行政诉讼案件情况通报

黔南湾州全面依法治州委员会办公室　黔南湾州司法局

（2023年3月2日）

## 一、案件总体情况

2022年，全州法院受理以行政机关为被告的一审行政诉讼案件{new + old}件，其中新收{new}件、旧存{old}件，新收案件同比增长7.9%。审结{fin}件，未结{pend}件。

审结案件中，一是判决驳回诉讼请求和维持的{172}件；二是裁定驳回起诉、准予撤诉的{265}件；三是行政机关败诉的{lose}件。

行政机关败诉案件中，判决撤销{14}件、确认违法{11}件、责令履行{5}件、变更{1}件、行政赔偿{3}件，败诉率为{rate}%，比上年的{float(rate) + 1.6:.1f}%下降1.6个百分点。

从案件领域看，土地征收和房屋征收、行政处罚分别为{138}件和{97}件，分别占审结案件的{pc(138, fin)}%和{pc(97, fin)}%。

## 二、负责人出庭应诉情况

全州行政机关应出庭应诉案件{T[1]}件，负责人实际出庭{T[2]}件，出庭应诉率{pc(T[2], T[1])}%。全州组织行政机关工作人员旁听庭审56场次、1,240人次。

## 三、分县（市）情况

{tab}

注：出庭率=出庭/应出庭；败诉率=败诉/审结。

## 四、行政复议与诉讼衔接

全年全州行政复议机关审结复议案件{312}件，复议后当事人向法院起诉的{58}件，复议后起诉率{pc(58, 312)}%；复议机关作共同被告的案件{41}件，其中复议机关负责人出庭{39}件。

## 五、存在的问题

一是部分县（市）负责人出庭“出庭不出声”，庭审中发言不足3分钟的占出庭案件的两成左右；二是土地征收领域败诉案件占全部败诉案件的{pc(14, lose)}%（{14}件）；三是个别单位存在应诉材料逾期提交的情况，全年共{6}件。

## 六、工作要求

各县（市）要确保负责人出庭应诉率稳定在95%以上，对败诉率高于10%的单位进行约谈。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(new + old, [new, old], span(t, f"一审行政诉讼案件{new + old}件", f"旧存{old}件"), "F"),
    C(new, 7.9, span(t, f"新收{new}件", "同比增长7.9%")),
    S(new + old, [fin, pend], span(t, f"一审行政诉讼案件{new + old}件", f"未结{pend}件"), "F"),
    S(fin, [172, 265, lose], span(t, f"审结{fin}件", f"行政机关败诉的{lose}件"), "F"),
    S(lose, [14, 11, 5, 1, 3], span(t, f"行政机关败诉的{lose}件", "行政赔偿3件"), "F"),
    R(lose, fin, float(rate), span(t, f"审结{fin}件", f"败诉率为{rate}%"), "C"),
    S(float(rate), [float(rate) + 1.6, -1.6], span(t, f"败诉率为{rate}%", "下降1.6个百分点"), "O"),
    R(138, fin, float(pc(138, fin)), span(t, f"审结{fin}件", f"分别占审结案件的{pc(138, fin)}%"), "C"),
    R(97, fin, float(pc(97, fin)), span(t, f"审结{fin}件", f"和{pc(97, fin)}%"), "C"),
    R(T[2], T[1], float(pc(T[2], T[1])), span(t, f"应出庭应诉案件{T[1]}件", f"出庭应诉率{pc(T[2], T[1])}%"), "C"),
    E([fin, fin], span(t, f"审结{fin}件", rowt[-1]), "H"),
    E([T[2], T[2]], span(t, f"实际出庭{T[2]}件", rowt[-1]), "H"),
)
rep.add(
    R(58, 312, float(pc(58, 312)), span(t, "审结复议案件312件", f"复议后起诉率{pc(58, 312)}%"), "C"),
    B(39, 41, span(t, "共同被告的案件41件", "负责人出庭39件"), "E"),
    R(14, lose, float(pc(14, lose)), span(t, f"行政机关败诉的{lose}件", f"占全部败诉案件的{pc(14, lose)}%（14件）"), "C"),
)
rep.never("旁听庭审56场次、1,240人次", "other counts")
rep.never("发言不足3分钟的占出庭案件的两成左右", "a rough share")
rep.never("稳定在95%以上", "a target")
rep.never("败诉率高于10%", "a threshold")
