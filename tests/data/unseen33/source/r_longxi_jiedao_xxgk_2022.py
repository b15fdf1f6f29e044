from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u33 import addt, gk, gr, pc, tot6

rep = Report("longxi-jiedao-xxgk-2022", "txt", "重庆市南坪区龙溪街道办事处", 2023,
             kind="龙溪街道办事处2022年政府信息公开工作年度报告 (2023, 政府信息公开, 街道)",
             shape="txt copied from a web page; the national table space-aligned (T), a short table where only 自然人 applies, prose with 主动公开 by 栏目 (F), 社区 公开栏 counts (F), 民生 资金 公示 with 分别 (B), 申请 同比 with the previous printed (A), 予以公开 比例 (C), 居民 counts and 网格 figures as traps")
lv = {"gk": [4, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [3, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "txt")
fy, frels = fy_table([0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""龙溪街道办事处2022年政府信息公开工作年度报告

　　按照《中华人民共和国政府信息公开条例》要求，现将龙溪街道办事处2022年度政府信息公开工作情况报告如下。本报告电子版可在南坪区人民政府网站“龙溪街道”栏目下载。

　　一、总体情况

　　2022年，街道在区政府网站主动公开信息274条，其中工作动态128条、通知公告63条、财务信息37条、民生保障46条，四类合计274条。街道辖8个社区，常住人口约9.6万人，设网格126个。8个社区均设立居务公开栏，全年更新公开栏内容384期，其中东湖社区、龙泉社区各更新60期，其余6个社区共更新264期。

　　全年公示民生资金发放情况12批次，共计1,482.6万元，分别为城乡低保金862.4万元、特困供养金214.8万元、高龄津贴186.2万元、残疾人两项补贴219.2万元。

　　全年收到政府信息公开申请{new}件，比上年（6件）增长{gr(new, 6)}%，申请人均为自然人。办结{tot}件，其中予以公开4件，占{pc(4, tot)}%；部分公开1件；本机关不掌握相关信息3件；不予处理1件。无上年结转和结转下年度申请。

　　二、主动公开政府信息情况

　　本年制发规范性文件0件。行政处罚决定（城市管理类）42件，行政强制0件。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　五、存在的主要问题及改进情况

　　社区公开栏内容更新不均衡，个别社区存在“重形式、轻实效”现象。2023年将每季度开展一次社区居务公开检查。

　　六、其他需要报告的事项

　　本年度无收取信息处理费情况。街道政务服务中心咨询电话：023-6288 1234。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(274, [128, 63, 37, 46], span(t, "主动公开信息274条", "四类合计274条"), "F"),
    S(384, [60, 60, 264], span(t, "更新公开栏内容384期", "共更新264期"), "F"),
    S(1482.6, [862.4, 214.8, 186.2, 219.2], span(t, "共计1,482.6万元", "219.2万元"), "B"),
    C(new, float(gr(new, 6)), span(t, f"收到政府信息公开申请{new}件", f"增长{gr(new, 6)}%"), "A", prev=6),
    E([new, new], span(t, f"收到政府信息公开申请{new}件", rt["new"]), "H"),
    R(4, tot, float(pc(4, tot)), span(t, f"办结{tot}件", f"占{pc(4, tot)}%"), "C"),
    S(tot, [4, 1, 3, 1], span(t, f"办结{tot}件", "不予处理1件"), "F"),
    E([tot, tot], span(t, f"办结{tot}件", rt["tot"]), "H"),
)
rep.never("常住人口约9.6万人，设网格126个", "no per-网格 figure is stated")
rep.never("全年公示民生资金发放情况12批次", "batches, not the amount")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 274, '条', '街道在区政府网站主动公开信息274条')
rep.metric('disclosure.requests', 9, '件', '全年收到政府信息公开申请9件')
rep.metric('disclosure.closed', 9, '件', '办结9件')
rep.metric('penalties.count', 42, '件', '行政处罚决定（城市管理类）42件')
rep.metric('population.resident', 96000, '人', '常住人口约9.6万人', qualifier='约')
