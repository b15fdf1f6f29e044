"""湄川县 2024 统计公报 (节选: 人口, 教育, 卫生, 社会保障): txt, rounding footnote."""

NAME = "meichuan-tongji-2024"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""湄川县2024年国民经济和社会发展统计公报（节选）

湄川县统计局
2025年3月28日

九、人口
年末全县常住人口65.6万人，其中城镇人口38.7万人，常住人口城镇化率59.0%。全年出生人口4,126人，出生率6.27‰；死亡人口5,318人，死亡率8.08‰；人口自然增长率为-1.81‰。

十、教育
年末全县共有各级各类学校186所，在校学生9.84万人，比上年减少0.21万人，下降2.1%。其中普通高中在校生1.26万人，中等职业学校在校生0.49万人，初中在校生2.38万人，小学在校生4.23万人，幼儿园在园幼儿1.48万人。小学学龄儿童入学率100%，初中毕业生升学率98.6%。

十一、卫生健康
年末全县共有卫生机构412个，医院床位4,128张，每千常住人口医院床位6.29张。卫生技术人员5,286人，其中执业（助理）医师2,104人、注册护士2,417人；每千常住人口执业（助理）医师3.21人、注册护士3.86人。

十二、社会保障
年末全县参加城镇职工基本养老保险21.36万人，比上年末增加1.12万人，增长5.5%。参加基本医疗保险61.87万人，其中职工医保18.93万人、城乡居民医保42.94万人；基本医疗保险参保人数占常住人口的94.3%。
全年城乡低保对象8,126人，其中城市低保1,372人、农村低保6,745人；发放低保金5862.4万元，同比增长6.8%。

注：本公报部分数据因四舍五入的原因，存在总计与分项合计不等的情况。
"""]
RELS = [
    dict(id="r1", kind="ratio", numerator=38.7, denominator=65.6, percent=59.0, q=("常住人口65.6万人", "城镇化率59.0%"),
         pattern="O"),
    dict(id="r2", kind="sum", total=6.27, parts=[8.08, -1.81], q=("出生率6.27‰", "自然增长率为-1.81‰"), pattern="H",
         why="自然增长率 = 出生率 − 死亡率"),
    dict(id="r3", kind="sum", total=98400, parts=[12600, 4900, 23800, 42300, 14800], q=("在校学生9.84万人", "在园幼儿1.48万人"),
         pattern="O"),
    dict(id="r4", kind="ratio", numerator=4128, denominator=656000, percent=6.29, per=1000,
         q=("常住人口65.6万人", "医院床位6.29张"), pattern="G"),
    dict(id="r5", kind="bound", smaller=2104, larger=5286, q=("卫生技术人员5,286人", "医师2,104人"), pattern="D"),
    dict(id="r6", kind="bound", smaller=2417, larger=5286, q=("卫生技术人员5,286人", "注册护士2,417人"), pattern="D"),
    dict(id="r7", kind="ratio", numerator=2104, denominator=656000, percent=3.21, per=1000,
         q=("常住人口65.6万人", "医师3.21人"), pattern="G"),
    dict(id="r8", kind="ratio", numerator=2417, denominator=656000, percent=3.86, per=1000,
         q=("常住人口65.6万人", "注册护士3.86人"), holds=False, pattern="G", why="2417 / 656000 × 1000 = 3.68"),
    dict(id="r9", kind="change", current=213600, previous=202400, percent=5.5, q=("基本养老保险21.36万人", "增长5.5%"),
         pattern="A"),
    dict(id="r10", kind="sum", total=618700, parts=[189300, 429400], q=("基本医疗保险61.87万人", "城乡居民医保42.94万人"),
         pattern="O"),
    dict(id="r11", kind="ratio", numerator=618700, denominator=656000, percent=94.3, q=("常住人口65.6万人", "常住人口的94.3%"),
         pattern="C"),
    dict(id="r12", kind="sum", total=8126, parts=[1372, 6745], q=("低保对象8,126人", "农村低保6,745人"), holds=False,
         pattern="O", why="1372 + 6745 = 8117, printed 8,126 (6,754 typed 6,745)"),
    dict(id="r13", kind="change", current=5862.4, percent=6.8, q=("低保金5862.4万元", "增长6.8%"), pattern="O"),
]
RELS += [
    dict(id="r14", kind="change", current=98400, previous=100500, percent=-2.1, q=("在校学生9.84万人", "下降2.1%"),
         pattern="A"),
]
NC = [
    ("出生率6.27‰", "over the average population, not printed"),
    ("各级各类学校186所", "count of schools"),
    ("卫生机构412个", "count of institutions"),
    ("入学率100%，初中毕业生升学率98.6%", "bases not printed"),
    ("存在总计与分项合计不等的情况", "rounding note"),
]
