from common import R, Report, S, span
from h28 import tab
from tables import gk_table

rep = Report("guanghe-zhen-xxgk-2024", "html", "临川县广和镇人民政府", 2025,
             kind="广和镇人民政府2024年政府信息公开工作年度报告 (2025, town)",
             shape="HTML, national table with one carried out, prose in Chinese numerals, a per-household average in 元 over 万元, a planted share of population in 万人, 村 beside 条, a rate without its base")
data = {"new": [14, 1, 0, 0, 0, 0],
        "gk": [6, 1, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [4, 0, 0, 0, 0, 0], "c1": [2, 0, 0, 0, 0, 0],
        "fwd": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "html")
rep.text = f"""
<h2>广和镇人民政府2024年政府信息公开工作年度报告</h2>
<p>广和镇位于县境东北部，全镇总人口3.62万人，其中农业人口2.87万人，占78.3%。全镇19个行政村均建立了村务公开栏。森林覆盖率68.4%，林地面积41.7万亩。</p>
<p><strong>一、总体情况</strong></p>
<p>（一）主动公开情况。镇政府网站专栏公开信息326条，其中财政资金类48条、惠民补贴类112条。全年发放耕地地力保护补贴1,382.6万元，惠及农户12,418户，户均1,113.4元，发放名册均在村公开栏张榜公示。</p>
<p>（二）依申请公开情况。全年收到政府信息公开申请十五件，办结十四件，结转一件。予以公开七件，占办结数的50.0%；部分公开一件；本机关不掌握相关信息四件；信访类申请二件，已转信访渠道办理。</p>
<p><strong>二、收到和处理政府信息公开申请情况</strong></p>
{gk}
<p><strong>三、政府信息公开行政复议、行政诉讼情况</strong></p>
<p>无。</p>
<p><strong>四、存在的主要问题及改进情况</strong></p>
<p>村级公开内容不够规范，下一步将统一村务公开目录。</p>
"""
t = rep.text
pa = span(t, "全年收到政府信息公开申请十五件", "已转信访渠道办理")
rep.add(
    R(28700, 36200, 78.3, span(t, "全镇总人口3.62万人", "占78.3%"), "O", bad="2.87 / 3.62 = 79.3%, printed 78.3%"),
    R(1382.6, 12418, 1113.4, span(t, "发放耕地地力保护补贴1,382.6万元", "户均1,113.4元"), "G", per=10000),
    S(15, [14, 1], pa, "O"),
    R(7, 14, 50.0, pa, "O"),
    S(14, [7, 1, 4, 2], pa, "F"),
)
tab(rep, trels)
rep.never("镇政府网站专栏公开信息326条，其中财政资金类48条、惠民补贴类112条", "non-exhaustive 其中")
rep.never("全镇19个行政村均建立了村务公开栏", "units")
rep.never("森林覆盖率68.4%，林地面积41.7万亩", "the area of the town is not printed")
