"""渚阳市 2018 统计公报 (综合, 农业, 就业): txt."""

NAME = "zhuyang-tongji-2018"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""渚阳市2018年国民经济和社会发展统计公报

一、综合
初步核算，全年全市地区生产总值1846.52亿元，按可比价格计算，比上年增长7.1%。分产业看，第一产业增加值142.38亿元，增长3.4%；第二产业增加值796.51亿元，增长6.8%；第三产业增加值907.63亿元，增长7.9%。三次产业结构为7.7∶43.1∶49.2。按常住人口计算，全年人均地区生产总值52,416元。

二、农业
全年粮食播种面积186.4万亩。粮食总产量78.62万吨，比上年增产2.14万吨，增长2.8%。其中，夏粮31.52万吨，秋粮47.37万吨。

三、国内贸易
全年社会消费品零售总额812.36亿元，比上年增长9.6%。按经营单位所在地分，城镇消费品零售额682.15亿元，乡村消费品零售额130.21亿元。按消费类型分，商品零售728.94亿元，餐饮收入83.42亿元。

四、财政
全年一般公共预算收入128.46亿元，增长6.4%，其中税收收入96.32亿元，占75.0%。一般公共预算支出286.14亿元，其中民生支出226.38亿元，占79.1%。

五、就业
全年城镇新增就业4.28万人，完成年度目标任务4万人的107.0%。年末城镇登记失业率2.86%，控制在4%以内。
"""]
RELS = [
    dict(id="r1", kind="sum", total=1846.52, parts=[142.38, 796.51, 907.63], q=("地区生产总值1846.52亿元", "907.63亿元"),
         pattern="F"),
    dict(id="r2", kind="ratio", numerator=142.38, denominator=1846.52, percent=7.7, q=("1846.52亿元", "7.7∶"), pattern="C"),
    dict(id="r3", kind="ratio", numerator=796.51, denominator=1846.52, percent=43.1, q=("1846.52亿元", "∶43.1"), pattern="C"),
    dict(id="r4", kind="ratio", numerator=907.63, denominator=1846.52, percent=49.2, q=("1846.52亿元", "∶49.2"), pattern="C"),
    dict(id="r5", kind="change", current=786200, previous=764800, percent=2.8, q=("粮食总产量78.62万吨", "增长2.8%"),
         pattern="A"),
    dict(id="r6", kind="sum", total=786200, parts=[315200, 473700], q=("粮食总产量78.62万吨", "秋粮47.37万吨"), holds=False,
         pattern="O", why="31.52 + 47.37 = 78.89, printed 78.62 (31.25 typed 31.52)"),
    dict(id="r7", kind="ratio", numerator=42800, denominator=40000, percent=107.0, q=("新增就业4.28万人", "107.0%"),
         pattern="C"),
]
RELS += [
    dict(id="r8", kind="change", current=812.36, percent=9.6, q=("零售总额812.36亿元", "增长9.6%"), pattern="O"),
    dict(id="r9", kind="sum", total=812.36, parts=[682.15, 130.21], q=("零售总额812.36亿元", "乡村消费品零售额130.21亿元"),
         pattern="F"),
    dict(id="r10", kind="sum", total=812.36, parts=[728.94, 83.42], q=("零售总额812.36亿元", "餐饮收入83.42亿元"),
         pattern="F"),
    dict(id="r11", kind="ratio", numerator=96.32, denominator=128.46, percent=75.0, q=("预算收入128.46亿元", "占75.0%"),
         pattern="O"),
    dict(id="r12", kind="ratio", numerator=226.38, denominator=286.14, percent=79.1, q=("预算支出286.14亿元", "占79.1%"),
         pattern="O"),
    dict(id="r13", kind="change", current=128.46, percent=6.4, q=("预算收入128.46亿元", "增长6.4%"), pattern="O"),
]
NC = [
    ("比上年增长7.1%", "constant-price growth"),
    ("增长3.4%", "constant-price growth"),
    ("人均地区生产总值52,416元", "per capita"),
    ("播种面积186.4万亩", "an area"),
    ("城镇登记失业率2.86%，控制在4%以内", "base not printed; a target"),
]
