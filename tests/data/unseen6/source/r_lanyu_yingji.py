"""蓝屿市应急管理局 2022 安全生产工作总结: txt, half-width punctuation."""

NAME = "lanyu-yingji-2022"
EXT = "txt"
FMT = {"halfwidth": True}
CHUNKS = ["""蓝屿市应急管理局2022年安全生产工作总结

一、全市安全生产形势
2022年,全市地区生产总值4538.6亿元。全市共发生各类生产安全事故87起、死亡64人、受伤39人,与上年相比,事故起数减少9起、死亡人数减少11人,分别下降9.4%和14.7%;亿元地区生产总值生产安全事故死亡率为0.0141,未发生一次死亡10人以上的重大事故。
按事故等级分,较大事故2起,一般事故85起。
从行业领域看:道路运输事故61起、死亡45人;工矿商贸事故19起、死亡14人;火灾事故5起、死亡4人;农业机械事故2起、死亡1人。道路运输事故起数占全市事故总起数的70.1%,死亡人数占全市的73.4%。
道路运输事故中，涉及货车的23起、涉及电动自行车的19起。工矿商贸领域中,建筑施工事故9起、死亡7人,工贸行业事故6起、死亡6人,其他行业4起、死亡2人。

二、隐患排查治理
全年检查生产经营单位1.86万家次,发现各类隐患5.24万项,已整改5.17万项,整改率98.7%。挂牌督办重大隐患14项。

三、行政执法
全年立案312件,作出行政处罚决定298件,其中对个人处罚47件;罚款1864.5万元,同比增长12.6%。全市13个应急管理执法大队均完成年度执法计划。
"""]
RELS = [
    dict(id="r1", kind="change", current=87, previous=96, percent=-9.4, q=("生产安全事故87起", "分别下降9.4%"), pattern="B"),
    dict(id="r2", kind="change", current=64, previous=75, percent=-14.7, q=("死亡64人", "14.7%"), pattern="B"),
    dict(id="r3", kind="ratio", numerator=64, denominator=4538.6, percent=0.0141, per=1, q=("4538.6亿元", "死亡率为0.0141"),
         pattern="G"),
    dict(id="r4", kind="sum", total=87, parts=[2, 85], q=("生产安全事故87起", "一般事故85起"), pattern="F"),
    dict(id="r5", kind="sum", total=87, parts=[61, 19, 5, 2], q=("生产安全事故87起", "农业机械事故2起"), pattern="F"),
    dict(id="r6", kind="sum", total=64, parts=[45, 14, 4, 1], q=("死亡64人", "死亡1人"), pattern="F"),
    dict(id="r7", kind="ratio", numerator=61, denominator=87, percent=70.1, q=("事故87起", "总起数的70.1%"), pattern="C"),
    dict(id="r8", kind="ratio", numerator=45, denominator=64, percent=73.4, q=("死亡64人", "全市的73.4%"), holds=False,
         pattern="C", why="45/64 = 70.3%"),
    dict(id="r9", kind="sum", total=19, parts=[9, 6, 4], q=("工矿商贸事故19起", "其他行业4起"), pattern="F"),
    dict(id="r10", kind="sum", total=14, parts=[7, 6, 2], q=("死亡14人", "死亡2人。"), holds=False, pattern="F",
         why="7 + 6 + 2 = 15, printed 14 (工贸 死亡5人 typed 6)"),
    dict(id="r11", kind="ratio", numerator=51700, denominator=52400, percent=98.7, q=("隐患5.24万项", "整改率98.7%"),
         pattern="O"),
    dict(id="r12", kind="bound", smaller=298, larger=312, q=("立案312件", "处罚决定298件"), pattern="E"),
    dict(id="r13", kind="bound", smaller=47, larger=298, q=("处罚决定298件", "对个人处罚47件"), pattern="O"),
    dict(id="r14", kind="change", current=1864.5, percent=12.6, q=("罚款1864.5万元", "增长12.6%"), pattern="O"),
]
RELS += [
    dict(id="r15", kind="bound", smaller=23, larger=61, q=("道路运输事故61起", "涉及货车的23起"), pattern="D"),
    dict(id="r16", kind="bound", smaller=19, larger=61, q=("道路运输事故61起", "电动自行车的19起"), pattern="D"),
]
NC = [
    ("一次死亡10人以上", "a threshold"),
    ("受伤39人", "no change or base printed"),
    ("挂牌督办重大隐患14项", "a separate count, not part of the 5.24万 found"),
    ("13个应急管理执法大队", "count of units"),
    ("检查生产经营单位1.86万家次", "checks, not a base of the hazards"),
]
