from common import C, E, R, Report, S, span
from tables import gk_table
from u27 import addt

rep = Report("xiyuan-jiedao-xxgk-2019", "txt", "河阳市西苑区西苑街道办事处", 2020, enc="gbk", dest="enc",
             kind="西苑街道办事处2019年政府信息公开工作年度报告 (2020, street, first year of the national table)",
             shape="GBK .txt; space-aligned national table (first year of the template), no carry-in, 结转 0, 新收 = 总计; prose with 同比 and the previous figure, 主动公开 through 公开栏 and 网站 with 共, a planted 予以公开 share, 社区 beside 条, 办件 by 窗口 as list lines")
data = {"new": [9, 1, 0, 0, 0, 0], "gk": [4, 1, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0],
        "w1": [2, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "txt")
rep.text = f"""西苑街道办事处2019年政府信息公开工作年度报告

一、总体情况
2019年是新修订的《中华人民共和国政府信息公开条例》施行的第一年。街道通过区政府网站街道专栏公开信息184条，通过各社区公开栏公开信息352条，共计536条，同比增加72条，增长15.5%。辖区9个社区全部建立了居务公开制度。

街道便民服务中心全年办件4,218件。分窗口情况如下：
社会保障窗口1,826件；
民政救助窗口1,134件；
计生卫健窗口692件；
综合受理窗口566件。

二、依申请公开情况
全年受理依申请公开10件，全部按期答复，其中予以公开5件，占60.0%；部分公开1件；无法提供2件；不予处理2件。

{gk}

三、存在问题及改进措施
部分社区公开栏更新不及时，2020年将实行月度通报。
"""
t = rep.text
rep.add(
    S(536, [184, 352], span(t, "街道专栏公开信息184条", "共计536条")),
    C(536, 15.5, span(t, "共计536条", "增长15.5%"), "A", prev=464),
    S(4218, [1826, 1134, 692, 566], span(t, "全年办件4,218件", "综合受理窗口566件"), "F"),
    R(5, 10, 60.0, span(t, "依申请公开10件", "占60.0%"), bad="5 / 10 = 50.0%, printed 60.0%"),
    S(10, [5, 1, 2, 2], span(t, "依申请公开10件", "不予处理2件"), "F"),
    E([10, 10], span(t, "依申请公开10件", rows["new"]), "H"),
    E([5, 5], span(t, "予以公开5件", rows["gk"]), "H"),
)
addt(rep, trels)
rep.never("辖区9个社区全部建立了居务公开制度", "communities beside items")
