from common import B, C, R, Report, S, span

rep = Report("ningze-xiaofang-2019", "txt", "宁泽县消防救援大队", 2019, wrap=32, page_every=10, page_style="－{n}－",
             kind="宁泽县消防救援大队2019年全县火灾形势分析 (2020)",
             shape="PDF copy wrapped at 32, footers －n－; a count in Chinese numerals, 起 and 万元 changes, 按火灾场所分, a share of fires (planted), a month within a season, 分别 over 城区/农村, per-十万人 fire rate, a delta with percent, stations and staff beside fires")
rep.text = """
宁泽县消防救援大队2019年全县火灾形势分析

一、总体情况

2019年，全县共发生火灾二百一十二起，死亡2人、受伤5人，直接财产损失186.7万元。与上年相比，火灾起数下降11.7%，直接财产损失增长8.3%。城区、农村分别发生火灾78起、125起。全县常住人口38.6万人，每十万人口火灾起数为54.9起。

二、火灾特点

按火灾场所分：住宅火灾78起，车辆火灾31起，垃圾及杂物火灾64起，其他场所39起。住宅火灾占火灾总数的37.8%，住宅仍是防火重点。夏季（6—8月）共发生火灾46起，其中7月19起。

三、防控工作

全年接警出动1,286起，比上年增加97起，增长8.2%。开展消防监督检查2,864家次，发现隐患3,512处，督促整改3,468处，整改率98.7%；临时查封场所12家，罚款46.3万元，拘留3人。全县共有消防站2个、政府专职消防队8支，消防员146人。
"""
t = rep.text
head = "全县共发生火灾二百一十二起"
rep.add(
    C(212, -11.7, span(t, head, "火灾起数下降11.7%")),
    C(186.7, 8.3, span(t, "直接财产损失186.7万元", "直接财产损失增长8.3%")),
    S(212, [78, 125], span(t, head, "125起"), "B", bad="78 + 125 = 203, printed 212 (城区 87 with digits swapped)"),
    R(212, 386000, 54.9, span(t, head, "每十万人口火灾起数为54.9起"), "G", per=100000),
    S(212, [78, 31, 64, 39], span(t, head, "其他场所39起"), "F"),
    R(78, 212, 37.8, span(t, head, "占火灾总数的37.8%"), "C", bad="78 / 212 = 36.8%, printed 37.8"),
    B(19, 46, "共发生火灾46起，其中7月19起", "E"),
    C(1286, 8.2, "接警出动1,286起，比上年增加97起，增长8.2%", "A", prev=1189),
    R(3468, 3512, 98.7, "发现隐患3,512处，督促整改3,468处，整改率98.7%"),
    B(3468, 3512, "发现隐患3,512处，督促整改3,468处", "E"),
)
rep.never("临时查封场所12家，罚款46.3万元，拘留3人", "places, money and persons beside fires")
rep.never("全县共有消防站2个、政府专职消防队8支，消防员146人", "stations, squads and staff")
rep.never("死亡2人、受伤5人", "no change printed for these")
