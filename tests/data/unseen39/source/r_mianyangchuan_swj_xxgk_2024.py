from common import B, C, E, R, Report, S, span
from tables import gk_table
from u39 import addt, gk, gr, pc, tot6, tsv_rows, tgrid

rep = Report("mianyangchuan-swj-xxgk-2024", "docx", "绵阳川市水务局", 2025, dest="enc",
             kind="绵阳川市水务局2024年政府信息公开工作年度报告 (2025, 政府信息公开, 四川 市级部门, 2021 template, .docx)",
             shape=".docx; the 2021 national table as a Word table (T; 结转下年度 1; a planted 无法提供 不掌握 总计 cell), a Word table of 水利 项目 公开 by 县（市、区） with 项目数 / 投资 and a 合计 row (T: column sums; a planted 合计 投资), prose: 主动公开 total after its parts (F), 投资 with 亿 and 万 mixed (H) and a share (C), 依申请 新收 = 办结 + 结转 (F), 比上年 with the delta (A), 河长制 (F); 河流 长度 and 水库 counts as traps")
lv = {"gk": [15, 2, 0, 0, 0, 0], "bf": [4, 1, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0], "w1": [9, 2, 0, 0, 0, 0],
      "w2": [1, 0, 0, 0, 0, 0], "c1": [3, 0, 0, 0, 0, 0], "o3": [1, 0, 0, 0, 0, 0]}
data = gk(lv, fwd=[1, 0, 0, 0, 0, 0])
tsv, trels, rt = gk_table(data, "tsv", typo={("w1", 6): 12})
cty = [("涪城湾区", 14, 38642.5), ("游仙湾区", 11, 27315.8), ("安州河区", 9, 19864.2), ("江油川市", 17, 52407.6),
       ("三台湾县", 13, 31268.9), ("梓潼河县", 8, 14926.0)]
P_ = sum(c[1] for c in cty)
I_ = round(sum(c[2] for c in cty), 1)
rows = [[c[0], str(c[1]), f"{c[2]:,.1f}"] for c in cty] + [["合计", str(P_), f"{I_ + 100:,.1f}"]]
ztab, zrels, zrt = tgrid(["县（市、区）", "项目数（个）", "完成投资（万元）"], rows, "tsv", col_sums=(1, 2))
new, tot = sum(data["new"]), tot6(lv)
rep.docx_blocks = [tsv_rows(ztab), tsv_rows(tsv)]
rep.text = f"""绵阳川市水务局2024年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2024年1月1日至2024年12月31日。
一、总体情况
（一）主动公开
全年通过局门户网站公开水利工程建设信息214条、水资源管理信息167条、防汛抗旱信息309条、河湖长制信息248条、政务动态信息396条，共计主动公开政府信息1,334条。
全市全年实施水利项目{P_}个，完成投资{I_ / 10000:.4f}亿元（各县（市、区）完成情况见下表），其中江油川市完成52,407.6万元，占全市的{pc(52407.6, I_)}%。
@@TABLE 0
河湖长制方面，全市设立市、县、乡、村四级河湖长2,186名，其中市级12名、县级147名、乡级603名、村级1,424名，全年巡河11.4万人次。
（二）依申请公开
全年新收政府信息公开申请{new}件，比上年的{new + 8}件减少8件，下降{gr(new, new + 8)}%。本年办结{tot}件，结转下年度1件，新收申请全部纳入办理。
（三）政府信息管理
对2019年以来制发的17件规范性文件进行清理，废止2件。
二、主动公开政府信息情况
行政规范性文件本年制发3件、废止2件，现行有效21件；行政许可本年处理决定数量463件；行政处罚本年处理决定数量58件，罚没金额127.65万元。
三、收到和处理政府信息公开申请情况
@@TABLE 1
四、政府信息公开行政复议、行政诉讼情况
本年度未发生因政府信息公开引起的行政复议、行政诉讼。
五、存在的主要问题及改进情况
全市流域面积50平方公里以上的河流共116条，中小型水库342座，相关信息公开还不够全面。2025年将逐库公开安全责任人。
六、其他需要报告的事项
本年度未收取信息处理费。
"""
t = rep.text.replace("@@TABLE 0", ztab).replace("@@TABLE 1", tsv)
addt(rep, trels)
addt(rep, zrels)
rep.add(
    S(1334, [214, 167, 309, 248, 396], span(t, "水利工程建设信息214条", "主动公开政府信息1,334条"), "F"),
    E([I_, I_ + 100], span(t, f"完成投资{I_ / 10000:.4f}亿元", zrt[-1]), "H", bad=f"the prose gives {I_ / 10000:.4f}亿元, the table's 合计 prints {I_ + 100:,.1f}万元 (planted)"),
    R(52407.6, I_, float(pc(52407.6, I_)), span(t, f"完成投资{I_ / 10000:.4f}亿元", f"占全市的{pc(52407.6, I_)}%"), "C"),
    E([P_, P_], span(t, f"实施水利项目{P_}个", zrt[-1]), "H"),
    S(2186, [12, 147, 603, 1424], span(t, "河湖长2,186名", "村级1,424名"), "F"),
    C(new, -float(gr(new, new + 8)), span(t, f"新收政府信息公开申请{new}件", f"下降{gr(new, new + 8)}%"), "A", prev=new + 8),
    S(new, [tot, 1], span(t, f"新收政府信息公开申请{new}件", "结转下年度1件"), "F"),
    B(2, 17, span(t, "17件规范性文件", "废止2件"), "E"),
)
rep.never("巡河11.4万人次", "attendances in no relation")
rep.never("河流共116条，中小型水库342座", "counts of rivers and reservoirs")
rep.never("现行有效21件", "a stock; last year's not printed")
rep.metric("disclosure.proactive", 1334, "条", "主动公开政府信息1,334条")
rep.metric("disclosure.requests", new, "件", f"全年新收政府信息公开申请{new}件")
rep.metric("disclosure.closed", tot, "件", f"本年办结{tot}件")
rep.metric("disclosure.carried_forward", 1, "件", "结转下年度1件")
rep.metric("normative_docs.issued", 3, "件", "行政规范性文件本年制发3件")
rep.metric("penalties.count", 58, "件", "行政处罚本年处理决定数量58件")
rep.metric("penalties.amount", 127.65, "万元", "罚没金额127.65万元")
