"""蛟岚市医疗保障局 2024 政府信息公开工作年度报告: HTML, tables with rowspan/colspan header."""
from tables import leaves_from, review_table, xxgk_application_table

NAME = "jiaolan-yibao-xxgk-2024"
EXT = "html"
FMT: dict = {}
HEAD = ('<tr><th rowspan="3" colspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>'
        '<th colspan="7">申请人情况</th></tr>\n'
        '<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>\n'
        '<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>\n')
LEAVES = leaves_from({
    0: [19, 2, 0, 0, 1, 0], 1: [5, 0, 0, 0, 0, 0], 5: [2, 0, 0, 0, 0, 0], 9: [1, 0, 0, 0, 0, 0],
    10: [21, 1, 0, 0, 1, 0], 12: [3, 0, 0, 0, 0, 0], 13: [4, 0, 0, 0, 0, 0], 16: [2, 0, 0, 0, 0, 0],
    18: [3, 1, 0, 0, 0, 0], 20: [1, 0, 0, 0, 0, 0]})
T3 = xxgk_application_table([58, 4, 0, 0, 2, 0], [3, 0, 0, 0, 0, 0], LEAVES, [0] * 6, "html", balance=True,
                            override={("（四）无法提供 1.本机关不掌握相关政府信息", 1): 2}, html_head=HEAD,
                            extra_cols=(1,),
                            before="<h3>三、收到和处理政府信息公开申请情况</h3>\n")
T4 = review_table({"行政复议": [1, 0, 0, 0, 1], "行政诉讼（未经复议直接起诉）": [0, 0, 0, 0, 0],
                   "行政诉讼（复议后起诉）": [1, 0, 0, 0, 1]}, "html",
                  before="<h3>四、政府信息公开行政复议、行政诉讼情况</h3>\n")
CHUNKS = ["""<html>
<head><meta charset="utf-8"><title>蛟岚市医疗保障局2024年政府信息公开工作年度报告</title></head>
<body>
<h2>蛟岚市医疗保障局2024年政府信息公开工作年度报告</h2>
<h3>一、总体情况</h3>
<p>2024年，本机关共收到政府信息公开申请64件，比2023年的52件增加12件，增长23.1%；加上2023年结转的3件，需办理67件，已全部办结，无结转下年度办理的申请。</p>
<p>从申请渠道看，网上申请47件、信函申请11件、当面申请6件。从申请内容看，涉及医保基金使用、定点医药机构管理的较多，共38件，占新收申请量的59.4%。</p>
<p>从办理结果看，予以公开22件，占32.8%；部分公开6件；本机关不掌握相关政府信息等无法提供的26件。</p>
<p>主动公开方面，全年在“蛟岚医保”网站发布信息612条，公开医保行政处罚决定书23份，公开全市1,284家定点医药机构名单。</p>
<h3>二、主动公开政府信息情况</h3>
<table border="1">
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>14</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">23</td></tr>
</table>
""", T3, T4, """<h3>五、存在的主要问题及改进情况</h3>
<p>政策解读形式较为单一。下一步将围绕DRG/DIP支付方式改革等2项重点工作加强解读。</p>
</body>
</html>
"""]
R = "三、本年度办理结果 （一）予以公开</td><td>19</td><td>2</td><td>0</td><td>0</td><td>1</td><td>0</td><td>22</td>"
RELS = [
    dict(id="r1", kind="change", current=64, previous=52, percent=23.1, q=("申请64件", "增长23.1%"), pattern="A"),
    dict(id="r2", kind="sum", total=67, parts=[64, 3], q=("申请64件", "需办理67件"), pattern="F"),
    dict(id="r3", kind="sum", total=64, parts=[47, 11, 6], q=("申请64件", "当面申请6件"), pattern="F"),
    dict(id="r4", kind="ratio", numerator=38, denominator=64, percent=59.4, q=("申请64件", "新收申请量的59.4%"), pattern="C"),
    dict(id="r5", kind="ratio", numerator=22, denominator=67, percent=32.8, q=("需办理67件", "占32.8%"), pattern="C"),
    dict(id="r6", kind="equal", values=[64, 64], q=("申请64件", "<td>58</td><td>4</td><td>0</td><td>0</td><td>2</td><td>0</td><td>64</td>"),
         pattern="H"),
    dict(id="r7", kind="equal", values=[3, 3], q=("结转的3件", "<td>二、上年结转政府信息公开申请数量</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td>"),
         pattern="H"),
    dict(id="r8", kind="equal", values=[67, 67], q=("需办理67件", "（七）总计</td><td>61</td><td>4</td><td>0</td><td>0</td><td>2</td><td>0</td><td>67</td>"),
         pattern="H"),
    dict(id="r9", kind="equal", values=[22, 22], q=("予以公开22件", R), pattern="H"),
    dict(id="r10", kind="equal", values=[6, 5], q=("部分公开6件", "不计其他情形）</td><td>5</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td>"),
         holds=False, pattern="H", why="prose 6, table 5"),
    dict(id="r11", kind="sum", total=26, parts=[23, 3],
         q=("无法提供的26件", "3.补正后申请内容仍不明确</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td>"),
         pattern="H", why="prose subtotal = the 无法提供 rows 23 + 0 + 3"),
    dict(id="r12", kind="equal", values=[23, 23], q=("处罚决定书23份", '<td>行政处罚</td><td colspan="3">23</td>'),
         pattern="H"),
]
NC = [
    ("发布信息612条", "a separate count"),
    ("1,284家定点医药机构", "count of firms"),
    ("<td>3</td><td>1</td><td>14</td>", "14 is the stock"),
    ("等2项重点工作", "count of tasks"),
]
