"""潭坪市 2022 卫生健康事业发展统计公报: txt, 万人次, 分别 shares and changes, per-N rates."""

NAME = "tanping-weijian-tongji-2022"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""潭坪市2022年卫生健康事业发展统计公报

潭坪市卫生健康委员会

年末全市常住人口630.7万人。

一、卫生资源
年末全市医疗卫生机构2,846个，其中医院126个、基层医疗卫生机构2,614个、专业公共卫生机构98个、其他机构8个。医疗卫生机构床位3.86万张，其中医院3.12万张、基层医疗卫生机构0.61万张、专业公共卫生机构0.13万张；每千人口医疗卫生机构床位6.12张。
全市卫生技术人员4.86万人，其中执业（助理）医师1.79万人、注册护士2.21万人、药师（士）0.26万人。每千人口执业（助理）医师2.48人，医护比为1∶1.23。

二、医疗服务
全年全市医疗卫生机构总诊疗3126.4万人次，同比增长6.2%。其中医院1482.6万人次、基层医疗卫生机构1563.7万人次、其他机构80.1万人次；医院和基层医疗卫生机构诊疗人次分别占47.4%和50.6%。公立医院和民营医院诊疗人次分别为1216.8万人次和265.8万人次，分别增长4.1%和12.6%。
全年入院人数68.42万人，同比增长3.5%。家庭医生签约服务分别覆盖重点人群和常住人口的76.4%和38.2%。

三、妇幼健康
全年全市活产数58,012人，孕产妇死亡5人、婴儿死亡140人，孕产妇死亡率和婴儿死亡率分别为8.62/10万和2.41‰。
"""]
RELS = [
    dict(id="r1", kind="sum", total=2846, parts=[126, 2614, 98, 8], q=("医疗卫生机构2,846个", "其他机构8个"), pattern="O"),
    dict(id="r2", kind="sum", total=38600, parts=[31200, 6100, 1300], q=("床位3.86万张", "专业公共卫生机构0.13万张"),
         pattern="O"),
    dict(id="r3", kind="ratio", numerator=38600, denominator=6307000, percent=6.12, per=1000,
         q=("常住人口630.7万人", "床位6.12张"), pattern="G"),
    dict(id="r4", kind="bound", smaller=17900, larger=48600, q=("卫生技术人员4.86万人", "医师1.79万人"), pattern="D"),
    dict(id="r5", kind="bound", smaller=22100, larger=48600, q=("卫生技术人员4.86万人", "注册护士2.21万人"), pattern="D"),
    dict(id="r6", kind="bound", smaller=2600, larger=48600, q=("卫生技术人员4.86万人", "药师（士）0.26万人"), pattern="D"),
    dict(id="r7", kind="ratio", numerator=17900, denominator=6307000, percent=2.48, per=1000,
         q=("常住人口630.7万人", "医师2.48人"), holds=False, pattern="G", why="17900 / 6307000 × 1000 = 2.84"),
    dict(id="r8", kind="ratio", numerator=22100, denominator=17900, percent=1.23, per=1, q=("医师1.79万人", "1∶1.23"),
         pattern="G"),
    dict(id="r9", kind="change", current=31264000, percent=6.2, q=("总诊疗3126.4万人次", "增长6.2%"), pattern="O"),
    dict(id="r10", kind="sum", total=31264000, parts=[14826000, 15637000, 801000], q=("总诊疗3126.4万人次", "其他机构80.1万人次"),
         pattern="O"),
    dict(id="r11", kind="ratio", numerator=14826000, denominator=31264000, percent=47.4, q=("总诊疗3126.4万人次", "47.4%"),
         pattern="B"),
    dict(id="r12", kind="ratio", numerator=15637000, denominator=31264000, percent=50.6, q=("总诊疗3126.4万人次", "50.6%"),
         holds=False, pattern="B", why="1563.7 / 3126.4 = 50.02%"),
    dict(id="r13", kind="sum", total=14826000, parts=[12168000, 2658000], q=("医院1482.6万人次", "265.8万人次"), pattern="B"),
    dict(id="r14", kind="change", current=12168000, percent=4.1, q=("1216.8万人次", "增长4.1%"), pattern="B"),
    dict(id="r15", kind="change", current=2658000, percent=12.6, q=("265.8万人次", "12.6%"), pattern="B"),
    dict(id="r16", kind="change", current=684200, percent=3.5, q=("入院人数68.42万人", "增长3.5%"), pattern="O"),
    dict(id="r17", kind="ratio", numerator=5, denominator=58012, percent=8.62, per=100000, q=("活产数58,012人", "8.62/10万"),
         pattern="B"),
    dict(id="r18", kind="ratio", numerator=140, denominator=58012, percent=2.41, per=1000, q=("活产数58,012人", "2.41‰"),
         pattern="B"),
]
NC = [
    ("分别覆盖重点人群和常住人口的76.4%和38.2%", "bases (signed residents) not printed"),
]
