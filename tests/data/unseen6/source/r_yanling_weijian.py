"""雁陵县卫生健康局 2025 法治政府建设情况报告: txt, full-width."""

NAME = "yanling-weijian-2025"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""雁陵县卫生健康局2025年法治政府建设情况报告

一、卫生健康监督执法
2025年，县卫生健康综合监督执法大队对全县1,126家医疗卫生机构、公共场所和学校开展监督检查3,418户次。共立案查处违法案件96件，较2024年的81件增加15件，增长18.5%。其中医疗卫生类52件、公共场所类23件、生活饮用水类9件、职业卫生类7件、传染病防治类5件。按处罚种类分，警告38件、罚款58件。罚没款共计68.42万元，其中没收违法所得11.36万元。

二、医疗纠纷化解
全年受理医疗纠纷投诉148件，经县医调委调解126件，调解成功119件，调解成功率94.4%。

三、信访工作
全年受理信访事项214件次（其中来信37件次、来访85件次、网上信访119件次），均在法定期限内办结。

四、行政审批
全年办理医疗机构执业登记、护士执业注册等行政许可事项2,317件，全部在承诺时限内办结，其中“即来即办”1,604件，占69.2%。

五、妇幼健康
全县活产数3,842人，新生儿疾病筛查3,821人，筛查率99.8%。婴儿死亡9人，婴儿死亡率2.34‰。孕产妇死亡0人，连续5年保持零死亡。
"""]
RELS = [
    dict(id="r1", kind="change", current=96, previous=81, percent=18.5, q=("违法案件96件", "增长18.5%"), pattern="A"),
    dict(id="r2", kind="sum", total=96, parts=[52, 23, 9, 7, 5], q=("违法案件96件", "传染病防治类5件"), pattern="O"),
    dict(id="r3", kind="sum", total=96, parts=[38, 58], q=("违法案件96件", "罚款58件"), pattern="F"),
    dict(id="r4", kind="bound", smaller=11.36, larger=68.42, q=("罚没款共计68.42万元", "11.36万元"), pattern="O"),
    dict(id="r5", kind="bound", smaller=126, larger=148, q=("医疗纠纷投诉148件", "调解126件"), pattern="E"),
    dict(id="r6", kind="ratio", numerator=119, denominator=126, percent=94.4, q=("调解126件", "调解成功率94.4%"), pattern="C"),
    dict(id="r7", kind="sum", total=214, parts=[37, 85, 119], q=("信访事项214件次", "网上信访119件次"), holds=False,
         pattern="F", why="37 + 85 + 119 = 241, printed 214 (来访58 typed 85)"),
    dict(id="r8", kind="ratio", numerator=1604, denominator=2317, percent=69.2, q=("行政许可事项2,317件", "占69.2%"),
         pattern="O"),
    dict(id="r9", kind="ratio", numerator=3821, denominator=3842, percent=99.8, q=("活产数3,842人", "筛查率99.8%"),
         holds=False, pattern="C", why="3821/3842 = 99.45%"),
    dict(id="r10", kind="ratio", numerator=9, denominator=3842, percent=2.34, per=1000, q=("活产数3,842人", "婴儿死亡率2.34‰"),
         pattern="G"),
    dict(id="r11", kind="bound", smaller=3821, larger=3842, q=("活产数3,842人", "新生儿疾病筛查3,821人"), pattern="E"),
]
NC = [
    ("1,126家医疗卫生机构", "count of places"),
    ("监督检查3,418户次", "checks, not a base of cases"),
    ("连续5年", "a duration"),
]
