from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, pc, tot6

rep = Report("qinghe-fgj-xxgk-2022", "md", "济川市青河区发展和改革局", 2023,
             kind="济川市青河区发展和改革局2022年政府信息公开工作年度报告 (2023, 政府信息公开, 区 发改)",
             shape="Markdown; 主动公开 by 栏目 with 分别 (B) and a total, the national table as a Markdown table (T; a planted 总计 cell in the 自然人 column breaks its row, the column and the balance), prose restating 新收 and 办结 (H, against the 总计 column), 予以公开 + 部分公开 share (C), 价格 and 项目 figures not in relations, 复议 0, 同比 with the previous printed (A)")
lv = {"gk": [9, 2, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0], "w1": [6, 1, 0, 0, 0, 0],
      "w2": [1, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0], "o1": [2, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "md", typo={("tot", 0): 24}, note="总计 自然人 22 printed 24: the 总计 row, the 自然人 column and the 自然人 balance 新收 = 总计 break")
fy, frels = fy_table([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "md")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""# 济川市青河区发展和改革局2022年政府信息公开工作年度报告

> 来源：青河区发展和改革局　发布时间：2023年1月18日　浏览次数：1,026

本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分。

## 一、总体情况

2022年，我局在区政府门户网站“发改信息”专栏主动公开政府信息428条，分别为通知公告96条、规划计划42条、价格信息186条、项目审批104条，比上年（364条）增长{pc(428 - 364, 364)}%。全年更新“重大建设项目”专栏信息57条，公开区级重点项目142个、年度计划投资186.5亿元。

全年收到政府信息公开申请{new}件，均为当年新收，无上年结转。申请人中自然人{data['new'][0]}件，商业企业{data['new'][1]}件。全年办结{tot}件，无结转下年度。其中予以公开11件、部分公开2件，两项合计13件，占办结数的{pc(13, tot)}%；本机关不掌握相关政府信息7件，没有现成信息需要另行制作1件。

## 二、主动公开政府信息情况

| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| --- | --- | --- | --- |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 1 | 9 |

| 信息内容 | 本年处理决定数量 |
| --- | --- |
| 行政许可 | 264 |
| 行政处罚 | 18 |

## 三、收到和处理政府信息公开申请情况

{tab}

## 四、政府信息公开行政复议、行政诉讼情况

{fy}

全年未发生因政府信息公开引起的行政复议和行政诉讼。

## 五、存在的主要问题及改进情况

一是价格信息发布时效性有待提升，部分农产品价格周报延迟1至2个工作日；二是政策解读数量偏少，全年仅解读5件。2023年将建立价格信息“日采集、周发布”机制。

## 六、其他需要报告的事项

本年度未收取信息处理费。联系电话：0531-8765 4321。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(428, [96, 42, 186, 104], span(t, "主动公开政府信息428条", "项目审批104条"), "B"),
    C(428, float(pc(428 - 364, 364)), span(t, "主动公开政府信息428条", f"增长{pc(428 - 364, 364)}%"), "A", prev=364),
    E([new, new], span(t, f"全年收到政府信息公开申请{new}件", rt["new"]), "H"),
    S(new, list(data["new"][:2]), span(t, f"全年收到政府信息公开申请{new}件", f"商业企业{data['new'][1]}件")),
    E([tot, tot], span(t, f"全年办结{tot}件", rt["tot"]), "H"),
    S(13, [11, 2], span(t, "予以公开11件、部分公开2件", "两项合计13件")),
    R(13, tot, float(pc(13, tot)), span(t, f"全年办结{tot}件", f"占办结数的{pc(13, tot)}%"), "C"),
)
rep.never("年度计划投资186.5亿元", "a plan, not a part of the 142 projects' count")
rep.never("全年仅解读5件", "no base")
rep.never("浏览次数：1,026", "page furniture")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 428, '条', '主动公开政府信息428条')
rep.metric('disclosure.requests', 25, '件', '全年收到政府信息公开申请25件')
rep.metric('disclosure.closed', 25, '件', '全年办结25件')
rep.metric('disclosure.interpretations', 5, '件', '全年仅解读5件')
