"""泾川市人力资源和社会保障局 2023 劳动保障维权: HTML, <p> and a <table>."""
from tables import Table

NAME = "jingchuan-renshe-2023"
EXT = "html"
FMT: dict = {}
T = Table(header=["争议类型", "案件数（件）", "涉及人数（人）"],
          rows=[("劳动报酬", ["2,846", "3,912"]), ("解除、终止劳动合同", ["1,214", "1,386"]), ("社会保险", ["639", "724"]),
                ("工伤保险待遇", ["418", "431"]), ("其他", ["211", "461"]), ("合计", ["5,382", "6,914"])],
          style="html", before="<p>表1 2023年劳动人事争议案件按争议类型分布</p>\n")
T.cell = lambda label, i: int(dict(T.rows)[label][i].replace(",", ""))  # cells carry thousands separators
T.sums = [("col", 0, "合计", ["劳动报酬", "解除、终止劳动合同", "社会保险", "工伤保险待遇", "其他"], "t1"),
          ("col", 1, "合计", ["劳动报酬", "解除、终止劳动合同", "社会保险", "工伤保险待遇", "其他"], "t2")]
CHUNKS = ["""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>泾川市2023年劳动保障维权工作情况</title></head>
<body>
<h1>泾川市2023年劳动保障维权工作情况</h1>
<h2>一、劳动人事争议调解仲裁</h2>
<p>2023年，全市各级劳动人事争议仲裁机构共受理案件5,382件，涉及劳动者6,914人，案件数比上年增加417件，增长8.4%。加上年结转的298件，应审理案件5,680件，审结5,406件，结案率95.2%。</p>
<p>从结案方式看，调解结案2,913件、裁决结案2,187件、撤诉及其他306件，调解成功率53.9%。裁决结案中，终局裁决1,146件，占52.9%。</p>
""", T, """<h2>二、劳动保障监察执法</h2>
<p>全年主动检查用人单位3,126户次，涉及劳动者12.8万人；受理举报投诉1,487件，立案查处412件，结案409件。为2,864名劳动者追发工资等待遇3765.2万元，比上年减少412.6万元，下降9.9%，其中农民工2,613人、3418.6万元。</p>
<p>全市22个乡镇（街道）劳动保障所均设立调解组织，12333热线全年接听咨询4.1万个。</p>
</body></html>
"""]
RELS = [
    dict(id="r1", kind="change", current=5382, previous=4965, percent=8.4, q=("共受理案件5,382件", "增长8.4%"), pattern="A"),
    dict(id="r2", kind="sum", total=5680, parts=[5382, 298], q=("共受理案件5,382件", "应审理案件5,680件"), pattern="F"),
    dict(id="r3", kind="ratio", numerator=5406, denominator=5680, percent=95.2, q=("应审理案件5,680件", "结案率95.2%"),
         pattern="C"),
    dict(id="r4", kind="sum", total=5406, parts=[2913, 2187, 306], q=("审结5,406件", "撤诉及其他306件"), pattern="F"),
    dict(id="r5", kind="ratio", numerator=2913, denominator=5406, percent=53.9, q=("审结5,406件", "调解成功率53.9%"),
         pattern="C"),
    dict(id="r6", kind="ratio", numerator=1146, denominator=2187, percent=52.9, q=("裁决结案2,187件", "占52.9%"),
         holds=False, pattern="C", why="1146/2187 = 52.40%"),
    dict(id="r7", kind="equal", values=[5382, 5382], q=("共受理案件5,382件", "<td>5,382</td>"), pattern="H"),
    dict(id="r8", kind="equal", values=[6914, 6914], q=("涉及劳动者6,914人", "<td>6,914</td>"), pattern="H"),
    dict(id="r9", kind="bound", smaller=412, larger=1487, q=("受理举报投诉1,487件", "立案查处412件"), pattern="E"),
    dict(id="r10", kind="bound", smaller=409, larger=412, q=("立案查处412件", "结案409件"), pattern="E"),
    dict(id="r11", kind="bound", smaller=2613, larger=2864, q=("为2,864名劳动者", "农民工2,613人"), pattern="O"),
    dict(id="r12", kind="bound", smaller=3418.6, larger=3765.2, q=("3765.2万元", "3418.6万元"), pattern="O"),
]
RELS += [
    dict(id="r13", kind="change", current=3765.2, previous=4177.8, percent=-9.9, q=("待遇3765.2万元", "下降9.9%"),
         pattern="A"),
]
NC = [
    ("22个乡镇（街道）", "count of places"),
    ("12333", "hotline number"),
    ("涉及劳动者12.8万人", "workers covered by checks, not a part of any total"),
]
