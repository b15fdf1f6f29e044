from common import B, C, E, R, Report, S, span
from h17 import ch, pc, gk, col, tot
from tables import gk_table, fy_table

rep = Report("guyuan-yingji-xxgk-2024", "txt", "固原湾区应急管理局", 2025, wrap=35, page_every=13,
             page_style="第{n}页", header="固原湾区应急管理局2024年政府信息公开工作年度报告",
             kind="固原湾区应急管理局2024年政府信息公开工作年度报告 (2025)",
             shape="PDF copy wrapped at 35 with 第n页 footers and a running header; space-aligned application table and 复议 row; 执法 检查 with 隐患 found ≥ rectified and 整改率, 罚款 in 万元, 企业 beside 家次, 事故 起数 and 死亡 人数 with 同比, a planted 整改率")
d = gk({"new": [21, 4, 0, 0, 1, 0], "gk": [7, 2, 0, 0, 0, 0], "bf": [3, 0, 0, 0, 0, 0], "n7": [2, 0, 0, 0, 0, 0],
        "w1": [6, 1, 0, 0, 1, 0], "w2": [1, 0, 0, 0, 0, 0], "o1": [1, 1, 0, 0, 0, 0]})
tab, trels, rows = gk_table(d, "txt")
ftab, frels = fy_table([1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "txt")
new, done, fwd = col(d, "new"), tot(d), col(d, "fwd")
rep.text = f"""固原湾区应急管理局2024年政府信息公开工作年度报告

一、总体情况

（一）主动公开情况。2024年，我局在区政府门户网站主动公开信息392条，同比增长{ch(392, 347)}%（2023年347条）。其中行政执法信息“双公示”186条，占47.4%。

（二）执法信息公开。全年检查生产经营单位1,846家次，发现事故隐患6,352项，已整改6,127项，整改率96.4%；立案查处违法行为143起，作出行政处罚143件，罚款金额586.4万元，同比增长12.7%。对全区612家危险化学品、工贸企业实现检查全覆盖。

（三）事故情况。全年发生各类生产安全事故17起、死亡19人，同比分别下降22.7%和13.6%（2023年分别为22起、22人）。

（四）依申请公开。全年新收申请{new}件，办结{done}件，结转下年度{fwd}件。申请事项主要是事故调查报告。

二、主动公开政府信息情况

行政处罚本年处理决定数量143件；行政强制本年处理决定数量8件；行政许可本年处理决定数量57件。

三、收到和处理政府信息公开申请情况

{tab}

四、政府信息公开行政复议、行政诉讼情况

{ftab}

五、存在的主要问题及改进情况

事故调查报告公开的时限有待缩短。
"""
t = rep.text
p1 = span(t, "主动公开信息392条", "占47.4%")
p2 = span(t, "全年检查生产经营单位1,846家次", "同比增长12.7%")
p3 = span(t, "全年发生各类生产安全事故17起", "分别为22起、22人）")
rep.add(
    C(392, float(ch(392, 347)), p1, "A", prev=347),
    R(186, 392, 47.4, p1, "O"),
    B(6127, 6352, p2, "E"),
    R(6127, 6352, 96.4, p2, "O", bad="6,127 / 6,352 = 96.5%, printed 96.4%"),
    E([143, 143], p2, "H"),
    C(17, -22.7, p3, "B", prev=22),
    C(19, -13.6, p3, "B", prev=22),
    S(new, [done, fwd], span(t, f"全年新收申请{new}件", f"结转下年度{fwd}件"), "E"),
    E([143, 143], span(t, "作出行政处罚143件", "行政处罚本年处理决定数量143件"), "H"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("全年检查生产经营单位1,846家次", "家次 beside 612家: no share")
rep.add(
    C(586.4, 12.7, span(t, "罚款金额586.4万元", "同比增长12.7%"), "O"),
)
