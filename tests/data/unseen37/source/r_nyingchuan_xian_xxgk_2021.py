from common import C, E, R, Report, S, span
from tables import gk_table
from u37 import addt, gk, gr, pc, tot6

rep = Report("nyingchuan-xian-xxgk-2021", "txt", "林芝川县人民政府办公室", 2022,
             kind="林芝川县人民政府2021年政府信息公开工作年度报告 (2022, 政府信息公开, 西藏 县 whole county, 2021 template)",
             shape="txt copied from a web page; the 2021 national table space-aligned with group labels on their own lines (T), prose: 主动公开 by 渠道 with '其中…分别' (B), 公开 by 乡镇 and 部门 'X和Y分别占A%和B%' (C), 惠民 资金 with 人均 (G), 生态 岗位 (F), 依申请 比上年 (A), 予以公开 share (C), 复议/诉讼 0 (T), 藏汉 双语 (F); 海拔 and 面积 as traps")
lv = {"gk": [8, 0, 0, 0, 0, 0], "bf": [1, 0, 0, 0, 0, 0], "w1": [3, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "txt")
new, tot = sum(data["new"]), tot6(lv)
pub, town, dept = 1528, 604, 924
eco, ecop = 3862.8, 6438
rep.text = f"""林芝川县人民政府2021年政府信息公开工作年度报告

（2022年1月28日）

　　本报告由县人民政府办公室根据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个部分。统计期限为2021年1月1日至12月31日。

　　一、总体情况

　　（一）主动公开。2021年全县共主动公开政府信息{pub:,}条，其中乡镇和县直部门分别公开{town}条和{dept}条，分别占{pc(town, pub)}%和{pc(dept, pub)}%。通过县政府门户网站、“林芝川发布”微信公众号、政务公开栏分别公开1,137条、286条、105条。公开信息中以藏汉双语发布的有312条，其中政策解读74条、通知公告238条。

　　（二）重点领域信息公开。全年公开生态保护岗位补助资金{eco}万元，涉及生态岗位人员{ecop:,}人，人均补助{pc(eco * 10000, ecop, 0, 1)}元；其中林业生态岗位2,418.6万元、草原生态岗位1,136.2万元、水生态岗位308.0万元。全县平均海拔3,100米，国土面积9,846平方公里。

　　（三）依申请公开。全年新收政府信息公开申请{new}件，比上年的9件增长{gr(new, 9)}%，均为自然人申请；办结{tot}件，其中予以公开8件，占{pc(8, tot)}%。

　　（四）政府信息管理。坚持“先审查、后公开”，全年未发生泄密事件。

　　二、主动公开政府信息情况

信息内容　　本年制发件数　　本年废止件数　　现行有效件数
规章  0  0  0
行政规范性文件  4  1  23

信息内容　　本年处理决定数量
行政许可  1,372
行政处罚  58
行政强制  2

信息内容　　本年收费金额（单位：万元）
行政事业性收费  14.7

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

行政复议：结果维持0，结果纠正0，其他结果0，尚未审结0，总计0。
行政诉讼：未经复议直接起诉0件，复议后起诉0件。

　　五、存在的主要问题及改进情况

　　一是乡镇公开力量薄弱，专兼职人员仅17人；二是双语公开的比例有待提高。2022年将在7个乡镇开展政务公开标准化培训。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。
"""
t = rep.text
addt(rep, trels)
per = pc(eco * 10000, ecop, 0, 1)
rep.add(
    S(pub, [town, dept], span(t, f"主动公开政府信息{pub:,}条", f"{dept}条"), "B"),
    R(town, pub, float(pc(town, pub)), span(t, f"主动公开政府信息{pub:,}条", f"分别占{pc(town, pub)}%"), "C"),
    R(dept, pub, float(pc(dept, pub)), span(t, f"主动公开政府信息{pub:,}条", f"和{pc(dept, pub)}%"), "C"),
    S(pub, [1137, 286, 105], span(t, f"主动公开政府信息{pub:,}条", "105条"), "B"),
    S(312, [74, 238], span(t, "藏汉双语发布的有312条", "通知公告238条"), "F"),
    R(eco, ecop, int(per), span(t, f"补助资金{eco}万元", f"人均补助{per}元"), "G", per=10000),
    S(eco, [2418.6, 1136.2, 308.0], span(t, f"补助资金{eco}万元", "水生态岗位308.0万元"), "F"),
    C(new, float(gr(new, 9)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, 9)}%"), "A", prev=9),
    R(8, tot, float(pc(8, tot)), span(t, f"办结{tot}件", f"占{pc(8, tot)}%"), "C"),
    E([new, tot], span(t, f"新收政府信息公开申请{new}件", f"办结{tot}件"), "H"),
)
rep.never("平均海拔3,100米，国土面积9,846平方公里", "geography")
rep.never("专兼职人员仅17人", "staff")
rep.never("在7个乡镇开展", "a count of towns")
