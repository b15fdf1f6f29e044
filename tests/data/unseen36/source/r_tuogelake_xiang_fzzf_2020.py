from common import C, R, Report, S, span
from u36 import gr, n, pc

rep = Report("tuogelake-xiang-fzzf-2020", "md", "伊犁湾县托格拉克川乡人民政府", 2021,
             kind="托格拉克川乡人民政府2020年法治政府建设工作总结 (2021, 法治政府建设, 新疆 乡)",
             shape="Markdown; 惠民资金 parts closed by 以上合计 after them (F, planted total), 调解 较上年 with the previous printed (A), 调解成功率 (C), 纠纷 by 类型 with 分别 (B), 护边 and 村 counts, 低保 户/人, 双语 普法 场次 as traps")
zj = [612.35, 398.62, 186.24, 71.26]
Z = round(sum(zj), 2)
jf = [29, 23, 17, 17]
J = sum(jf)
rep.text = f"""# 托格拉克川乡人民政府2020年法治政府建设工作总结

2020年，托格拉克川乡党委、政府坚持以习近平法治思想为指导，认真落实县委全面依法治县委员会各项部署，全乡法治政府建设取得新进展。全乡辖9个行政村，户籍人口2.36万人。

## 一、依法保障民生

严格落实惠民政策“一卡通”发放制度。全年发放耕地地力保护补贴{zj[0]}万元、草原生态保护补助奖励{zj[1]}万元、城乡低保金{zj[2]}万元、其他惠民资金{zj[3]}万元，以上合计{n(1268.74, 2)}万元，全部通过“一卡通”直达群众账户。全乡现有低保对象236户612人。

## 二、化解矛盾纠纷

全乡共调解各类矛盾纠纷{J}起，较上年的104起下降{gr(J, 104)}%；调解成功84起，调解成功率{pc(84, J)}%。土地承包、婚姻家庭、邻里纠纷和其他纠纷分别为{jf[0]}起、{jf[1]}起、{jf[2]}起、{jf[3]}起。

## 三、法治宣传教育

组织国家通用语言和维吾尔语双语普法宣讲42场，发放宣传资料6,500余份。

## 四、存在问题

村级法律明白人队伍不稳定，部分村“两委”干部依法办事能力不足。

## 五、2021年工作打算

推进9个村“法治文化广场”建设，每村培养“法律明白人”不少于5名。

托格拉克川乡人民政府

2021年1月12日
"""
t = rep.text
rep.add(
    S(1268.74, zj, span(t, f"耕地地力保护补贴{zj[0]}万元", "以上合计1,268.74万元"), "F",
      bad=f"the four items add to {n(Z, 2)}万元, the total prints 1,268.74 (digits swapped)"),
    C(J, -float(gr(J, 104)), span(t, f"矛盾纠纷{J}起", f"下降{gr(J, 104)}%"), "A", prev=104),
    R(84, J, float(pc(84, J)), span(t, f"矛盾纠纷{J}起", f"调解成功率{pc(84, J)}%"), "C"),
    S(J, jf, span(t, f"矛盾纠纷{J}起", f"{jf[3]}起。"), "B"),
)
rep.never("辖9个行政村，户籍人口2.36万人", "villages and persons")
rep.never("低保对象236户612人", "households and persons")
rep.never("宣讲42场，发放宣传资料6,500余份", "sessions and leaflets")
rep.never("不少于5名", "a target")
