from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("jiyangwan-zjj-xxgk-2020", "md", "鹿城湾市吉阳湾区住房和城乡建设局", 2021,
             kind="吉阳湾区住房和城乡建设局2020年政府信息公开工作年度报告 (2021, 政府信息公开, 海南 区 部门)",
             shape="Markdown; the national table as a Markdown table (T; a planted 总计 cell of the 总计 row breaks its row, the 总计 column and the balance 新收 = 总计), prose restating 新收 and 办结 (H, one against the planted cell), 主动公开 by 栏目 with 分别 (B), 保障房 分配 公示 (F) with a share (C), 施工许可 (F), 申请 比上年 with the delta (A), 予以公开 share (C)")
lv = {"gk": [12, 2, 0, 0, 0, 0], "bf": [3, 0, 0, 0, 0, 0], "n4": [2, 0, 0, 0, 0, 0], "w1": [7, 1, 0, 0, 0, 0],
      "c1": [2, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
new, tot = sum(data["new"]), tot6(lv)
tab, trels, rt = gk_table(data, "md", typo={("tot", 6): tot + 3})
fy, frels = fy_table([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "md")
rep.text = f"""# 吉阳湾区住房和城乡建设局2020年政府信息公开工作年度报告

> 发布单位：吉阳湾区住房和城乡建设局　发布日期：2021年1月26日

本报告根据《中华人民共和国政府信息公开条例》第五十条规定编制，统计期限为2020年1月1日至12月31日。

## 一、总体情况

**（一）主动公开。** 2020年，我局在区政府网站主动公开信息623条，分别为通知公告84条、工作动态216条、保障性住房187条、建筑市场监管96条、财政资金40条。

全年分3批公示公共租赁住房分配结果，共分配房源1,248套，其中面向本地中低收入住房困难家庭832套、面向新就业无房职工284套、面向引进人才132套，面向本地中低收入家庭的房源占{pc(832, 1248)}%。全年核发建筑工程施工许可证142件，其中房屋建筑工程118件、市政基础设施工程24件。

**（二）依申请公开。** 全年收到政府信息公开申请{new}件，比上年增加6件（2019年为{new - 6}件），增长{gr(new, new - 6)}%。本年度办结{tot}件，无结转。予以公开14件，占办结总数的{pc(14, tot)}%；部分公开3件；不予公开2件；无法提供8件；不予处理3件。

**（三）政府信息管理。** 局政务公开领导小组召开会议2次，修订《信息发布审核制度》1项。

**（四）平台建设。** 在“吉阳住建”微信公众号开设“政策解读”专栏，全年发布解读文章21篇。

## 二、主动公开政府信息情况

| 信息内容 | 本年处理决定数量 |
| --- | --- |
| 行政许可 | 142 |
| 行政处罚 | 37 |
| 行政强制 | 0 |

## 三、收到和处理政府信息公开申请情况

{tab}

## 四、政府信息公开行政复议、行政诉讼情况

{fy}

## 五、存在的主要问题及改进情况

保障性住房分配信息公开的及时性仍需提高。2021年将在分配结果确定后5个工作日内公开。

## 六、其他需要报告的事项

本年度未收取信息处理费。咨询电话：0898-8826 1570。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(623, [84, 216, 187, 96, 40], span(t, "主动公开信息623条", "财政资金40条"), "B"),
    S(1248, [832, 284, 132], span(t, "共分配房源1,248套", "面向引进人才132套"), "F"),
    R(832, 1248, float(pc(832, 1248)), span(t, "共分配房源1,248套", f"占{pc(832, 1248)}%"), "C"),
    S(142, [118, 24], span(t, "施工许可证142件", "市政基础设施工程24件"), "F"),
    E([142, 142], span(t, "施工许可证142件", "| 行政许可 | 142 |"), "H"),
    C(new, float(gr(new, new - 6)), span(t, f"收到政府信息公开申请{new}件", f"增长{gr(new, new - 6)}%"), "A", prev=new - 6),
    S(tot, [14, 3, 2, 8, 3], span(t, f"本年度办结{tot}件", "不予处理3件"), "F"),
    R(14, tot, float(pc(14, tot)), span(t, f"本年度办结{tot}件", f"占办结总数的{pc(14, tot)}%"), "C"),
    E([new, new], span(t, f"收到政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot + 3], span(t, f"本年度办结{tot}件", rt["tot"]), "H", bad=f"the prose gives 办结{tot}件, the table's 总计 cell prints {tot + 3} (planted)"),
)
rep.never("全年发布解读文章21篇", "another channel")
rep.never("召开会议2次，修订《信息发布审核制度》1项", "meetings, no relation")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 623, '条', '在区政府网站主动公开信息623条')
rep.metric('disclosure.requests', 30, '件', '全年收到政府信息公开申请30件')
rep.metric('disclosure.closed', 30, '件', '本年度办结30件')
rep.metric('disclosure.interpretations', 21, '篇', '全年发布解读文章21篇')
