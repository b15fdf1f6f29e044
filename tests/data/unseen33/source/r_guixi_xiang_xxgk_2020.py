from common import E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, pc, tot6

rep = Report("guixi-xiang-xxgk-2020", "md", "永和县桂溪乡人民政府", 2021,
             kind="桂溪乡人民政府2020年政府信息公开工作年度报告 (2021, 政府信息公开, 乡)",
             shape="Markdown; a 乡 with two applications; 主动公开 by 类别 (F) and by 渠道 (a trap: overlapping channels), 惠农 补贴 公示 with 分别 (B, one planted), 村务 公开 (F), the national table in Markdown (T), 财政 预决算 公开 figures, 扶贫 资金 share (C)")
lv = {"gk": [1, 0, 0, 0, 0, 0], "w1": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "md")
fy, frels = fy_table([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "md")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""## 桂溪乡人民政府2020年政府信息公开工作年度报告

发布日期：2021-01-22　来源：桂溪乡人民政府

本报告根据《中华人民共和国政府信息公开条例》要求编制。

### 一、总体情况

**（一）主动公开。** 2020年，我乡在县政府门户网站“乡镇动态”栏目主动公开政府信息138条，分别为工作动态54条、财政信息18条、扶贫信息41条、惠农补贴25条。同时通过乡政府公开栏、村务公开栏和“桂溪乡”微信群同步发布，微信群累计推送信息326条次。

**（二）惠农补贴公示。** 全年公示各类惠农补贴资金562.38万元，分别为耕地地力保护补贴286.45万元、农机购置补贴64.20万元、生态公益林补偿152.93万元、农村危房改造补助48.80万元。全乡14个行政村均按季度公开村务，全年公开村务信息224期，其中财务收支公开112期、扶贫项目公开56期、其他事项公开56期。

**（三）财政资金。** 公开2020年乡级财政预算支出1,864万元，其中扶贫专项资金426万元，占{pc(426, 1864)}%。

**（四）依申请公开。** 全年收到政府信息公开申请{new}件，均由自然人提出，办结{tot}件：予以公开1件，本机关不掌握相关政府信息1件。

### 二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| --- | --- | --- | --- |
| 规范性文件 | 0 | 0 | 3 |

### 三、收到和处理政府信息公开申请情况

{tab}

### 四、政府信息公开行政复议、行政诉讼情况

{fy}

### 五、存在的主要问题及改进情况

信息公开工作人员均为兼职，专业能力不足；部分村务公开栏内容更新滞后。2021年将配备1名专职信息员。

### 六、其他需要报告的事项

无。
"""
t = rep.text
addt(rep, trels)
rep.add(
    S(138, [54, 18, 41, 25], span(t, "主动公开政府信息138条", "惠农补贴25条"), "B"),
    S(562.38, [286.45, 64.20, 152.93, 48.80], span(t, "惠农补贴资金562.38万元", "48.80万元"), "B", bad="286.45 + 64.20 + 152.93 + 48.80 = 552.38, printed 562.38 (planted)"),
    S(224, [112, 56, 56], span(t, "公开村务信息224期", "其他事项公开56期"), "F"),
    R(426, 1864, float(pc(426, 1864)), span(t, "预算支出1,864万元", f"占{pc(426, 1864)}%"), "C"),
    E([new, new], span(t, f"收到政府信息公开申请{new}件", rt["new"]), "H"),
    S(tot, [1, 1], span(t, f"办结{tot}件", "本机关不掌握相关政府信息1件"), "F"),
)
rep.never("微信群累计推送信息326条次", "a channel beside the website's 138: not a part, not a total")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 138, '条', '主动公开政府信息138条')
rep.metric('disclosure.requests', 2, '件', '全年收到政府信息公开申请2件')
rep.metric('disclosure.closed', 2, '件', '办结2件')
