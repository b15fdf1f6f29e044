from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u37 import gk, gr, pc, refit, tot6

HEAD = "遵义川市发展和改革委员会2023年政府信息公开工作年度报告"
rep = Report("zunyichuan-fgw-xxgk-2023", "txt", "遵义川市发展和改革委员会", 2024, wrap=34,
             kind="遵义川市发展和改革委员会2023年政府信息公开工作年度报告 (2024, 政府信息公开, 贵州 市级部门, 2021 template)",
             shape="PDF copy wrapped at 34 with — n — footers and a running header; the 2021 national table space-aligned, broken over a page with its header row printed again (T; 上年结转 1; a planted 予以公开 商业企业 cell), prose: 主动公开 by 类别 with 分别 (B), 价格 监测 (F), 项目 审批 with 万 and 亿 mixed (F) and a share (C), 依申请 新收 + 结转 (F), 比上年 with the delta (A), 予以公开 share (C), 复议 and 诉讼 (T, H); 项目 counts beside 投资 as traps")
lv = {"gk": [14, 9, 0, 0, 1, 0], "bf": [3, 2, 0, 0, 0, 0], "n4": [1, 1, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
      "w1": [7, 3, 0, 0, 0, 0], "w2": [1, 0, 0, 0, 0, 0], "c1": [2, 0, 0, 0, 0, 0], "c5": [1, 0, 0, 0, 0, 0],
      "o3": [1, 0, 0, 0, 0, 0]}
data = gk(lv, old=[1, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "txt", typo={("gk", 1): 8})
brk = rt["n8"]
rep_head = tab.split("\n")[0]
tab = tab.replace(brk + "\n", brk + "\n\n— 4 —\n\n" + HEAD + "\n\n" + rep_head + "\n", 1)
fy, frels = fy_table([2, 0, 0, 0], [0, 1, 0, 1], [1, 0, 0, 0], "txt")
new, tot = sum(data["new"]), tot6(lv)
ok = 14 + 9 + 1
rep.text = f"""{HEAD}

　　本报告依据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。报告中所列数据统计期限为2023年1月1日至12月31日。

　　一、总体情况

　　（一）主动公开。2023年，我委在市政府门户网站主动公开政府信息1,176条，规划计划、项目审批、价格收费、工作动态分别为86条、412条、203条、475条。全年发布重要农产品和生活必需品价格监测信息52期，监测价格数据14,976个，其中粮油类3,744个、肉禽蛋类4,992个、蔬菜水果类6,240个。

　　全年公开审批、核准、备案固定资产投资项目688个，总投资1,246.8亿元；其中审批项目73个、投资218.3亿元，核准项目12个、投资96.7亿元，备案项目603个、投资931.8亿元。审批项目投资占{pc(218.3, 1246.8)}%。

— 1 —

{HEAD}

　　（二）依申请公开。全年新收政府信息公开申请{new}件，比上年增加9件，增长{gr(new, new - 9)}%；上年结转1件，本年办结{tot}件，新收与上年结转合计{new + 1}件，全部按期办结。办结件中予以公开{ok}件，占{pc(ok, tot)}%。

　　（三）政府信息管理。制定信息公开保密审查流程，全年审查拟公开信息1,203条。

　　（四）平台建设。优化“价格信息”“重点项目”两个专栏，全年专栏访问量约34万人次。

— 2 —

{HEAD}

　　二、主动公开政府信息情况

信息内容　　本年制发件数　　本年废止件数　　现行有效件数
规章  0  0  0
行政规范性文件  3  2  17

信息内容　　本年处理决定数量
行政许可  85
行政处罚  0
行政强制  0

信息内容　　本年收费金额（单位：万元）
行政事业性收费  0

— 3 —

{HEAD}

　　三、收到和处理政府信息公开申请情况

{tab}

　　四、政府信息公开行政复议、行政诉讼情况

{fy}

　　全年因政府信息公开被申请行政复议2件，均维持；被提起行政诉讼3件，其中未经复议直接起诉2件（纠正1件、尚未审结1件），复议后起诉1件（维持）。

　　五、存在的主要问题及改进情况

　　价格信息解读不够通俗，项目信息公开的字段还不统一。2024年将统一项目公开字段12项，并逐月发布价格监测分析。

　　六、其他需要报告的事项

　　本年度未收取信息处理费。

— 5 —
"""
t = rep.text
for r in trels + frels:
    r["anchor"] = r.pop("quote")
for r in trels:
    r["quote"] = r.pop("anchor")
refit(trels, t)
for r in trels:
    r["anchor"] = r.pop("quote")
rep.add(*trels, *frels)
rep.add(
    S(1176, [86, 412, 203, 475], span(t, "主动公开政府信息1,176条", "分别为86条、412条、203条、475条"), "B"),
    S(14976, [3744, 4992, 6240], span(t, "监测价格数据14,976个", "蔬菜水果类6,240个"), "F"),
    S(1246.8, [218.3, 96.7, 931.8], span(t, "总投资1,246.8亿元", "投资931.8亿元"), "F"),
    S(688, [73, 12, 603], span(t, "投资项目688个", "备案项目603个"), "F"),
    R(218.3, 1246.8, float(pc(218.3, 1246.8)), span(t, "总投资1,246.8亿元", f"占{pc(218.3, 1246.8)}%"), "C"),
    C(new, float(gr(new, new - 9)), span(t, f"新收政府信息公开申请{new}件", f"增长{gr(new, new - 9)}%"), "A", prev=new - 9),
    S(new + 1, [new, 1], span(t, f"新收政府信息公开申请{new}件", f"合计{new + 1}件"), "F"),
    E([new + 1, tot], span(t, f"本年办结{tot}件", f"合计{new + 1}件"), "H"),
    R(ok, tot, float(pc(ok, tot)), span(t, f"本年办结{tot}件", f"占{pc(ok, tot)}%"), "C"),
    E([ok, ok], span(t, f"予以公开{ok}件", rt["gk"]), "H"),
    S(3, [2, 1], span(t, "被提起行政诉讼3件", "复议后起诉1件"), "F"),
)
rep.never("监测信息52期", "a count of issues, not of data")
rep.never("专栏访问量约34万人次", "page visits")
rep.never("统一项目公开字段12项", "a plan")
