from common import B, E, Report, S, span
from tables import fy_table, gk_table

rep = Report("jiping-zhen-xxgk-2021", "html", "柞岭县稷坪镇人民政府", 2022,
             kind="稷坪镇人民政府 2021 年政府信息公开工作年度报告",
             shape="HTML, national tables with rowspan/colspan, a planted 予以公开 cell against the prose, overlapping channels")
data = {"new": [9, 1, 0, 0, 0, 0], "gk": [4, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0],
        "w1": [2, 1, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0], "fwd": [1, 0, 0, 0, 0, 0]}
gk_text, gk_rels, rowt = gk_table(data, "html", typo={("gk", 0): 5}, pid="t",
                                  note="予以公开 row, 自然人 4 typed 5: the row adds to 5 (总计 4) and the 自然人 column to 9 ((七)总计 8)")
fy_text, fy_rels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
rep.text = f"""<html><head><meta charset="utf-8"></head><body>
<p align="center"><b>稷坪镇人民政府2021年政府信息公开工作年度报告</b></p>
<p>一、总体情况</p>
<p>2021年，稷坪镇人民政府认真贯彻落实《中华人民共和国政府信息公开条例》。全年主动公开政府信息128条，其中通过县政府门户网站公开96条，通过镇政务公开栏公开74条。全镇12个行政村全部设立村务公开栏。</p>
<p>本年度共收到政府信息公开申请10件，均为新收申请，办结9件，结转下年度办理1件。办结的申请中，予以公开4件，部分公开1件，无法提供3件，不予处理1件。</p>
<p>二、主动公开政府信息情况</p>
<p>规范性文件本年制发0件，现行有效0件。</p>
<p>三、收到和处理政府信息公开申请情况</p>
{gk_text}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{fy_text}
<p>五、存在的主要问题及改进情况</p>
<p>公开内容不够全面，2022年将进一步规范公开流程。</p>
<p>六、其他需要报告的事项</p>
<p>本年度未收取信息处理费。</p>
</body></html>"""
rep.add(*gk_rels, *fy_rels)
rep.add(
    S(10, [9, 1], "本年度共收到政府信息公开申请10件，均为新收申请，办结9件，结转下年度办理1件", "H"),
    S(9, [4, 1, 3, 1], "办结9件，结转下年度办理1件。办结的申请中，予以公开4件，部分公开1件，无法提供3件，不予处理1件", "F"),
    E([10, 10], span(rep.text, "本年度共收到政府信息公开申请10件", rowt["new"]), "H"),
    E([4, 4], span(rep.text, "予以公开4件", rowt["gk"]), "H"),
    E([9, 9], span(rep.text, "办结9件", rowt["tot"]), "H"),
    E([3, 3], span(rep.text, "无法提供3件", rowt["w1"]), "H"),
    B(96, 128, "全年主动公开政府信息128条，其中通过县政府门户网站公开96条", "D"),
    B(74, 128, "全年主动公开政府信息128条，其中通过县政府门户网站公开96条，通过镇政务公开栏公开74条", "D"),
)
rep.never("其中通过县政府门户网站公开96条，通过镇政务公开栏公开74条", "channels overlap: 96 + 74 > 128")
rep.never("全镇12个行政村全部设立村务公开栏", "a count of places")
