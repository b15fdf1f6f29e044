from common import B, C, E, R, Report, S, span
from tables import fy_table, gk_table
from u39 import addt, gk, gr, pc, tot6

rep = Report("ganzhouchuan-qu-xxgk-2022", "txt", "赣州川市南康湾区人民政府办公室", 2023, wrap=35,
             header="南康湾区人民政府2022年政府信息公开工作年度报告", page_every=16, page_style="第{n}页",
             kind="南康湾区人民政府2022年政府信息公开工作年度报告 (2023, 政府信息公开, 江西 区, 2021 template)",
             shape="PDF copy wrapped at 35 with 第n页 footers and a running header; the 2021 national table space-aligned with group labels on their own lines (T; consistent), the 复议/诉讼 table (T), prose: 主动公开 by 渠道 with 分别 (B), 重点领域 parts after 其中 non-exhaustive (E bounds), 依申请 新收 比上年 (A) with 法人 share (C), 办结 = 新收 (H), 予以公开 rate over 办结 printed later in the table (C), 政务新媒体 (F), 同比 (O); 街道/乡镇 counts, 热线 numbers as traps")
lv = {"gk": [64, 7, 0, 0, 2, 1], "bf": [12, 2, 0, 0, 0, 0], "n3": [1, 0, 0, 0, 0, 0], "n4": [4, 1, 0, 0, 0, 0],
      "n6": [2, 0, 0, 0, 0, 0], "w1": [31, 3, 0, 0, 0, 0], "w2": [5, 0, 0, 0, 0, 0], "w3": [3, 0, 0, 0, 0, 0],
      "c1": [9, 0, 0, 0, 0, 0], "c2": [6, 0, 0, 0, 0, 0], "c5": [1, 0, 0, 0, 0, 0], "o1": [4, 0, 0, 0, 0, 0],
      "o3": [2, 0, 0, 0, 0, 0]}
data = gk(lv)
tab, trels, rt = gk_table(data, "txt")
fyt, frels = fy_table([3, 1, 0, 1], [2, 1, 0, 2], [1, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
org = new - data["new"][0]
gkn = sum(lv["gk"])
prev = 131
rep.text = f"""南康湾区人民政府2022年政府信息公开工作年度报告

　　本报告依据《中华人民共和国政府信息公开条例》第五十条规定编制，由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。所列数据统计期限自2022年1月1日起至2022年12月31日止。

　　一、总体情况

　　2022年，区政府办公室会同全区41个区直单位和14个乡镇（街道）推进政务公开标准化规范化建设。

　　（一）主动公开。全年通过区政府门户网站、“南康湾发布”微信公众号和政务服务大厅公开栏三个渠道，分别公开政府信息5,217条、2,364条和612条，三项共计8,193条，同比增长{gr(8193, 7468)}%。其中，财政预决算信息361条、重大建设项目信息287条、乡村振兴信息509条。

　　（二）依申请公开。全年新收政府信息公开申请{new}件，比上年的{prev}件增加{new - prev}件，增长{gr(new, prev)}%；其中法人或其他组织提出{org}件，占{pc(org, new)}%，涉及征地拆迁、家具产业园区规划的申请较为集中。本年办结{tot}件，无结转。予以公开{gkn}件，占办结总数的{pc(gkn, tot)}%。

　　（三）政务新媒体。全区保留政务新媒体账号23个，全年关停整合账号9个，现有账号中微信公众号15个、微博账号3个、抖音账号5个。

　　（四）监督保障。全年组织政务公开专题培训3期，培训人员286人次；对区直单位开展季度检查4次，通报问题37个，已全部整改。

　　二、主动公开政府信息情况

　　第二十条第（一）项：行政规范性文件本年制发6件、废止2件，现行有效48件。
　　第二十条第（五）项：行政许可本年处理决定数量12,847件。
　　第二十条第（六）项：行政处罚本年处理决定数量1,365件，行政强制34件。
　　第二十条第（八）项：行政事业性收费本年收费金额2,418.6万元。

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fyt}

　　全年因政府信息公开被申请行政复议5件，被提起行政诉讼6件。

　　五、存在的主要问题及改进情况

　　一是依申请公开数量上升较快，答复的规范性有待提高；二是部分乡镇公开内容更新不及时。2023年将开展乡镇（街道）公开专区“回头看”，确保每月更新不少于2次。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。政务公开咨询电话：0797-6632158。

　　南康湾区人民政府办公室
　　2023年1月16日
"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(8193, [5217, 2364, 612], span(t, "分别公开政府信息5,217条", "共计8,193条"), "B"),
    C(8193, float(gr(8193, 7468)), span(t, "共计8,193条", f"同比增长{gr(8193, 7468)}%")),
    B(509, 8193, span(t, "共计8,193条", "乡村振兴信息509条"), "E"),
    C(new, float(gr(new, prev)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, prev)}%"), "A", prev=prev),
    S(new, [prev, new - prev], span(t, f"新收政府信息公开申请{new}件", f"增加{new - prev}件"), "O"),
    R(org, new, float(pc(org, new)), span(t, f"新收政府信息公开申请{new}件", f"占{pc(org, new)}%"), "C"),
    E([tot, new], span(t, f"本年办结{tot}件", rt["new"]), "H"),
    R(gkn, tot, float(pc(gkn, tot)), span(t, f"本年办结{tot}件", f"占办结总数的{pc(gkn, tot)}%"), "C"),
    S(23, [15, 3, 5], span(t, "政务新媒体账号23个", "抖音账号5个"), "F"),
    E([5, 5], span(t, frels[0]["quote"], "被申请行政复议5件"), "H"),
    S(6, [5, 1], span(t, frels[0]["quote"], "被提起行政诉讼6件"), "H"),
)
rep.never("41个区直单位和14个乡镇（街道）", "counts of units")
rep.never("培训人员286人次", "attendances in no relation")
rep.never("通报问题37个", "a count in no relation")
rep.never("现行有效48件", "a stock; last year's not printed")
rep.never("每月更新不少于2次", "a target")
rep.never("0797-6632158", "a phone number")
rep.metric("disclosure.proactive", 8193, "条", "三项共计8,193条")
rep.metric("disclosure.requests", new, "件", f"全年新收政府信息公开申请{new}件")
rep.metric("disclosure.closed", tot, "件", f"本年办结{tot}件")
rep.metric("normative_docs.issued", 6, "件", "行政规范性文件本年制发6件")
rep.metric("penalties.count", 1365, "件", "行政处罚本年处理决定数量1,365件")
rep.metric("reconsideration.count", 5, "件", "被申请行政复议5件")
rep.metric("litigation.count", 6, "件", "被提起行政诉讼6件")
rep.metric("training.sessions", 3, "次", "政务公开专题培训3期")
