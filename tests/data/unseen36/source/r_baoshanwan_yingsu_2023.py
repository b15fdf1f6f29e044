from common import C, E, R, Report, S, span
from u36 import addt, gr, n, pc, tgrid

rep = Report("baoshanwan-yingsu-2023", "txt", "保山湾市司法局", 2024,
             kind="保山湾市2023年度行政应诉工作报告 (2024, 行政应诉 年度统计, 云南 市)",
             shape="txt copied from a web page (no wrapping); a space-aligned table of 县（市、区） with 收案 / 审结 / 败诉 / 败诉率 / 应出庭 / 出庭 / 出庭率 and a 合计 row (T: five column sums and both rates per row; a planted 出庭率 cell), prose restating (H), 收案 by 领域 with 分别 (B), 败诉 by 原因 (F), 败诉率 个百分点 fall with last year's printed (a sum), 收案 较上年 with the previous printed (A), 上诉 share (C); 约四成, 庭审 旁听 人次 as traps")
qx = [("隆阳湾区", 214, 198, 14, 176, 172), ("施甸川县", 46, 43, 2, 39, 39), ("腾冲湾市", 128, 119, 7, 104, 101), ("龙陵川县", 37, 35, 1, 31, 31),
      ("昌宁川县", 52, 49, 3, 44, 43), ("市直部门", 96, 91, 5, 82, 82)]
cs = [sum(x[i] for x in qx) for i in range(1, 6)]
rows = [[a, b, c, d, pc(d, c), e, f, pc(f, e)] for a, b, c, d, e, f in qx] + [["合计", *cs[:3], pc(cs[2], cs[1]), cs[3], cs[4], pc(cs[4], cs[3])]]
rows[2][7] = "98.1"
tab, trels, rowt = tgrid(["地区", "一审收案", "审结", "败诉", "败诉率%", "应出庭", "出庭", "出庭率%"], rows, "txt",
                         col_sums=(1, 2, 3, 5, 6), rates=((4, 3, 2), (7, 6, 5)))
SA, SJ, BS, YC, CT = cs
bl = pc(BS, SJ)
ly = [168, 97, 84, 72, SA - 168 - 97 - 84 - 72]
rep.text = f"""保山湾市2023年度行政应诉工作报告

　　2023年，全市各级行政机关认真贯彻《云南省行政应诉工作规定》，积极推动行政机关负责人出庭应诉，行政诉讼败诉率持续下降。现将有关情况报告如下：

　　一、案件总体情况

　　全市各级行政机关全年作为被告的一审行政诉讼案件收案{SA}件，较上年的{n(638)}件下降{gr(SA, 638)}%。其中涉及土地征收、房屋拆迁、行政处罚、社会保障和其他领域的分别为{ly[0]}件、{ly[1]}件、{ly[2]}件、{ly[3]}件、{ly[4]}件，涉土地征收和房屋拆迁的约占四成。

　　全年审结{SJ}件，败诉{BS}件，败诉率{bl}%，比上年的{float(bl) + 1.6:.1f}%下降1.6个百分点。败诉的{BS}件中，因主要证据不足败诉14件，因违反法定程序败诉12件，因不履行法定职责败诉6件。审结案件中，当事人提起上诉的{n(186)}件，上诉率{pc(186, SJ)}%。

　　二、负责人出庭应诉

　　全年应出庭案件{YC}件，行政机关负责人出庭{CT}件，出庭率{pc(CT, YC)}%。组织行政执法人员庭审旁听1,260人次。

　　三、各地情况

{tab}

　　四、工作建议

　　各地要加强征收拆迁领域的合法性审查，降低败诉风险。

　　　　　　　　　　　　　　　　　　　　　保山湾市司法局
　　　　　　　　　　　　　　　　　　　　　2024年2月1日
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(SA, -float(gr(SA, 638)), span(t, f"收案{SA}件", f"下降{gr(SA, 638)}%"), "A", prev=638),
    S(SA, ly, span(t, f"收案{SA}件", f"{ly[4]}件，"), "B"),
    S(BS, [14, 12, 6], span(t, f"败诉的{BS}件中", "不履行法定职责败诉6件"), "F"),
    R(BS, SJ, float(bl), span(t, f"审结{SJ}件", f"败诉率{bl}%"), "C"),
    S(float(bl), [float(bl) + 1.6, -1.6], span(t, f"败诉率{bl}%", "下降1.6个百分点")),
    R(186, SJ, float(pc(186, SJ)), span(t, f"审结{SJ}件", f"上诉率{pc(186, SJ)}%"), "C"),
    R(CT, YC, float(pc(CT, YC)), span(t, f"应出庭案件{YC}件", f"出庭率{pc(CT, YC)}%"), "C"),
    E([SA, SA], span(t, f"收案{SA}件", rowt[-1]), "H"),
    E([CT, CT], span(t, f"负责人出庭{CT}件", rowt[-1]), "H"),
)
rep.never("约占四成", "an approximate share")
rep.never("庭审旁听1,260人次", "attendances")
