"""婉石街道办事处 2022 政府信息公开工作年度报告 (HTML, national table with rowspan/colspan header)."""

from common import E, S
from tables import leaves_from, review_table, xxgk_application_table

NAME = "wanshi-jiedao-xxgk-2022"
EXT = "html"
FMT: dict = {}

HEAD = """<tr><th rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th><th colspan="7">申请人情况</th></tr>
<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>
<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>
"""
LEAVES = leaves_from({0: [4, 1, 0, 0, 0, 0], 1: [1, 0, 0, 0, 0, 0], 10: [2, 0, 0, 0, 0, 0],
                      13: [1, 0, 0, 0, 0, 0], 20: [1, 0, 0, 0, 0, 0]})
APPLY = xxgk_application_table(new=[9, 1, 0, 0, 0, 0], carried=[1, 0, 0, 0, 0, 0], leaves=LEAVES,
                               carry_out=[1, 0, 0, 0, 0, 0], style="html", html_head=HEAD,
                               override={("三、本年度办理结果 （一）予以公开", 1): 2}, extra_cols=(1,),
                               before="<p><strong>三、收到和处理政府信息公开申请情况</strong></p>\n")
REVIEW = review_table({"行政复议": [0, 0, 0, 0, 0], "未经复议直接起诉": [1, 0, 0, 0, 1],
                       "复议后起诉": [0, 0, 0, 0, 0]}, style="html",
                      before="<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>\n")

CHUNKS = ["""<html><head><meta charset="utf-8"></head><body>
<p align="center"><strong>婉石街道办事处2022年政府信息公开工作年度报告</strong></p>
<p>　　本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2022年1月1日至12月31日。</p>
<p><strong>一、总体情况</strong></p>
<p>　　2022年，婉石街道通过街道政务公开栏公开信息126条，通过“婉石发布”微信公众号发布信息348条。全年办理“一网通办”事项4,126件。</p>
<p>　　全年收到政府信息公开申请10件，上年结转1件。办结10件，其中予以公开5件、部分公开1件、无法提供2件、不予处理1件、其他处理1件；结转下年度继续办理1件。</p>
""", APPLY, REVIEW, """<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>　　社区层面公开内容更新不够及时，2023年将每季度开展一次检查。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>　　本年度未收取信息处理费。</p>
</body></html>
"""]

RELS = [
    S(10, [5, 1, 2, 1, 1], ("办结10件", "其他处理1件"), "F"),
    E([10, 10], ("申请10件", "<td>一、本年新收政府信息公开申请数量</td><td>9</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>10"), "H"),
    E([10, 10], ("办结10件", "<td>（七）总计</td><td>9</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>10"), "H"),
    E([5, 5], ("予以公开5件", "<td>三、本年度办理结果 （一）予以公开</td><td>4</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5"), "H"),
]

NC = [
    (("公开信息126条", "发布信息348条"), "channels, no total printed"),
    ("“一网通办”事项4,126件", "service cases, not applications"),
    ("每季度开展一次检查", "plan"),
]
