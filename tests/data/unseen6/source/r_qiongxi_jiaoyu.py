"""琼溪市 2020 教育事业发展统计公报: txt, sections by level of education."""

NAME = "qiongxi-jiaoyu-2020"
EXT = "txt"
FMT: dict = {}
CHUNKS = ["""琼溪市2020年教育事业发展统计公报

一、总体情况
2020年，全市共有各级各类学校1,246所，在校生（含在园幼儿）86.42万人，比上年增加1.37万人，增长1.6%；专任教师5.83万人。

二、学前教育
全市共有幼儿园612所，在园幼儿18.64万人，其中公办园在园幼儿9.86万人，占52.9%。普惠性幼儿园在园幼儿16.12万人，普惠性幼儿园覆盖率86.8%。

三、义务教育
小学在校生34.26万人、初中在校生15.82万人，义务教育阶段在校生共50.08万人。进城务工人员随迁子女在校生6.24万人，占义务教育在校生的12.5%，其中在公办学校就读5.71万人，占91.5%。九年义务教育巩固率99.2%。

四、高中阶段教育
高中阶段在校生14.78万人，其中普通高中9.36万人、中等职业学校5.42万人，普职比为63.3∶36.7。

五、特殊教育和高等教育
特殊教育在校生0.21万人，市属高校在校生2.71万人。全市共有普通高中48所、中等职业学校21所。

六、学生资助
全年资助学生23.64万人次，资助金额4.12亿元，其中政府资助3.56亿元、学校及社会资助0.56亿元。
"""]
RELS = [
    dict(id="r1", kind="change", current=864200, previous=850500, percent=1.6, q=("86.42万人", "增长1.6%"), pattern="A"),
    dict(id="r2", kind="ratio", numerator=98600, denominator=186400, percent=52.9, q=("在园幼儿18.64万人", "占52.9%"),
         pattern="O"),
    dict(id="r3", kind="ratio", numerator=161200, denominator=186400, percent=86.8, q=("在园幼儿18.64万人", "覆盖率86.8%"),
         holds=False, pattern="C", why="16.12/18.64 = 86.48%"),
    dict(id="r4", kind="sum", total=500800, parts=[342600, 158200], q=("小学在校生34.26万人", "共50.08万人"), pattern="F"),
    dict(id="r5", kind="ratio", numerator=62400, denominator=500800, percent=12.5, q=("共50.08万人", "在校生的12.5%"),
         pattern="C"),
    dict(id="r6", kind="ratio", numerator=57100, denominator=62400, percent=91.5, q=("随迁子女在校生6.24万人", "占91.5%"),
         pattern="C"),
    dict(id="r8", kind="sum", total=147800, parts=[93600, 54200], q=("高中阶段在校生14.78万人", "中等职业学校5.42万人"),
         pattern="O"),
    dict(id="r9", kind="ratio", numerator=93600, denominator=147800, percent=63.3, q=("14.78万人", "63.3∶"), pattern="C"),
    dict(id="r10", kind="ratio", numerator=54200, denominator=147800, percent=36.7, q=("14.78万人", "∶36.7"), pattern="C"),
]
RELS += [
    dict(id="r12", kind="sum", total=4.12, parts=[3.56, 0.56], q=("资助金额4.12亿元", "社会资助0.56亿元"), pattern="O"),
]
NC = [
    ("普通高中48所、中等职业学校21所", "count of schools"),
    ("资助学生23.64万人次", "attendances, not a base"),
    ("各级各类学校1,246所", "count of schools"),
    ("幼儿园612所", "count of kindergartens"),
    ("巩固率99.2%", "base not printed"),
    ("专任教师5.83万人", "teachers, not a part of students"),
]
