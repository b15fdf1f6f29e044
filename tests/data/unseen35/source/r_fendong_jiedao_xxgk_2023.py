from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("fendong-jiedao-xxgk-2023", "txt", "太原市汾河湾区汾东街道办事处", 2024,
             kind="汾东街道办事处2023年政府信息公开工作年度报告 (2024, 政府信息公开, 山西 街道)",
             shape="txt copied from a web page; the national table space-aligned with 上年结转 1 and 结转下年度 2 (T; a planted 不掌握 cell of 自然人 breaks its row, the 自然人 column and its balance), prose: 新收 + 结转 = 需办理 = 办结 + 结转下年 (F), 主动公开 by 栏目 with 分别 (B), 社区 公开 (F), 申请 比上年 增加 with the delta (A), 予以公开 share (C), 复议 1 维持 (T, H), 居民 and 楼院 counts as traps")
lv = {"gk": [9, 0, 0, 0, 0, 0], "bf": [3, 1, 0, 0, 0, 0], "n6": [1, 0, 0, 0, 0, 0], "w1": [6, 0, 0, 0, 0, 0],
      "w3": [1, 0, 0, 0, 0, 0], "c1": [2, 0, 0, 0, 0, 0], "o1": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[1, 0, 0, 0, 0, 0], fwd=[2, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt", typo={("w1", 0): 8})
fy, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
need = new + 1
rep.text = f"""汾东街道办事处2023年政府信息公开工作年度报告

发布日期：2024-01-29　　索引号：FHW-FD-2024-0007　　浏览次数：1186

　　本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。本报告中所列数据统计期限自2023年1月1日至2023年12月31日。

　　一、总体情况

　　（一）主动公开。全年在区政府门户网站街道专栏发布信息382条，分别为领导信息6条、工作动态171条、通知公告58条、财政信息29条、社会救助64条、应急管理54条。街道下辖11个社区、居民5.2万户，全年在社区居务公开栏张贴公开内容528期，其中长风社区、晋阳社区、坞城社区三个示范社区各公开60期，其余8个社区共公开348期。

　　（二）依申请公开。2023年新收政府信息公开申请{new}件，比上年增加7件（上年{new - 7}件），增长{gr(new, new - 7)}%。加上2022年结转的1件，全年需办理申请{need}件，已办结{tot}件，结转至2024年继续办理2件。办结的申请中，予以公开9件，占{pc(9, tot)}%；部分公开4件；不予公开1件；无法提供7件；不予处理2件；其他处理1件。

　　（三）政府信息管理。街道建立“主要领导负总责、分管领导具体抓、综合办公室组织实施”的工作机制，全年召开政务公开专题会议4次。

　　（四）平台建设。街道便民服务大厅设立政务公开专区，配备自助查询终端3台。

　　（五）监督保障。全年开展自查4次，发现并整改问题9个。

　　二、主动公开政府信息情况

　　本年度街道未制发规范性文件。作出行政处罚决定17件，行政强制决定2件，无行政许可事项。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　2023年，街道因政府信息公开被申请行政复议1件，复议机关维持原处理决定，未发生行政诉讼。

　　五、存在的主要问题及改进情况

　　部分社区公开栏内容更新仍不够及时，少数依申请公开答复的说理不够充分。下一步将每月通报11个社区的公开情况，并邀请区司法局对答复文书开展评查。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。本年度无政府信息公开工作考核、社会评议和责任追究情况。联系电话：0351-7261 4509。
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(382, [6, 171, 58, 29, 64, 54], span(t, "发布信息382条", "应急管理54条"), "B"),
    S(528, [60, 60, 60, 348], span(t, "公开内容528期", "共公开348期"), "F"),
    C(new, float(gr(new, new - 7)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, new - 7)}%"), "A", prev=new - 7),
    S(need, [new, 1], span(t, f"新收政府信息公开申请{new}件", f"需办理申请{need}件"), "F"),
    S(need, [tot, 2], span(t, f"需办理申请{need}件", "继续办理2件"), "F"),
    S(tot, [9, 4, 1, 7, 2, 1], span(t, f"已办结{tot}件", "其他处理1件"), "F"),
    R(9, tot, float(pc(9, tot)), span(t, f"已办结{tot}件", f"占{pc(9, tot)}%"), "C"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"已办结{tot}件", rt["tot"]), "H"),
    S(7, [6, 0, 1], span(t, "无法提供7件", rt["w3"]), "H"),
)
rep.never("居民5.2万户", "households, no relation")
rep.never("发现并整改问题9个", "self-check findings, not applications")
rep.never("浏览次数：1186", "page furniture")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 382, '条', '全年在区政府门户网站街道专栏发布信息382条')
rep.metric('disclosure.requests', 25, '件', '2023年新收政府信息公开申请25件')
rep.metric('disclosure.carried_in', 1, '件', '加上2022年结转的1件')
rep.metric('disclosure.closed', 24, '件', '已办结24件')
rep.metric('disclosure.carried_forward', 2, '件', '结转至2024年继续办理2件')
rep.metric('penalties.count', 17, '件', '作出行政处罚决定17件')
rep.metric('reconsideration.count', 1, '件', '街道因政府信息公开被申请行政复议1件')
