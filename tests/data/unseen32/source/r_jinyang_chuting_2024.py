from common import C, R, Report, span
from u32 import addt, gr, pc, tgrid

rep = Report("jinyang-chuting-2024", "md", "晋阳县司法局", 2025,
             kind="晋阳县2024年度行政机关负责人出庭应诉情况通报 (2025, 行政应诉 出庭 通报, 山西 county 司法局)",
             shape="Markdown; a table of 单位 with 应出庭/实际出庭/出庭率 and a 合计 row (T: column sums, the rate per row; a planted 其他 rate), prose restating 合计 rate, 比上年 增加 delta with the previous (A), 败诉率, 正职 share of 出庭 (C), 出庭出声 share, 百分点 and 未达标 单位 (traps)")
body = [["县人民政府", "18", "15"], ["县公安局", "12", "12"], ["县自然资源局", "16", "13"], ["县住房和城乡建设局", "9", "6"],
        ["县人力资源和社会保障局", "7", "7"], ["其他单位", "14", "11"], ["合计", "76", "64"]]
rows = [[*r, pc(int(r[2]), int(r[1]))] for r in body]
rows[5][3] = "76.8"
tab, trels, rowt = tgrid(["单位", "应出庭案件（件）", "负责人出庭（件）", "出庭率（%）"], rows, "md", col_sums=(1, 2), rates=((3, 2, 1),))
for r in trels:
    if r.get("note"):
        r["note"] = f"其他单位 11 / 14 = {pc(11, 14)}%, printed 76.8 (planted)"
rep.text = f"""# 晋阳县2024年度行政机关负责人出庭应诉情况通报

晋司通〔2025〕2号

各乡（镇）人民政府，县直各单位：

根据《山西省行政机关负责人出庭应诉办法》，现将2024年度全县行政机关负责人出庭应诉情况通报如下。

**一、基本情况**

2024年，全县法院受理以行政机关为被告的一审行政诉讼案件76件，比上年增加11件，增长{gr(76, 65)}%。审结68件，行政机关败诉6件，败诉率{pc(6, 68)}%。行政机关负责人出庭应诉64件，出庭应诉率{pc(64, 76)}%，较上年提高9.5个百分点。其中正职负责人出庭27件，占出庭案件的{pc(27, 64)}%；负责人出庭并发言的58件，占{pc(58, 64)}%。

**二、各单位出庭情况**

{tab}

**三、存在问题**

出庭应诉率低于90%的单位仍有4个，个别单位存在“出庭不出声”现象。

**四、工作要求**

各单位要严格落实负责人出庭应诉制度，2025年全县出庭应诉率力争达到90%以上。
"""
t = rep.text
addt(rep, trels)
rep.add(
    C(76, float(gr(76, 65)), span(t, "一审行政诉讼案件76件", "增长" + gr(76, 65) + "%"), "A", prev=65),
    R(6, 68, float(pc(6, 68)), span(t, "审结68件", "败诉率" + pc(6, 68) + "%")),
    R(64, 76, float(pc(64, 76)), span(t, "一审行政诉讼案件76件", "出庭应诉率" + pc(64, 76) + "%")),
    R(27, 64, float(pc(27, 64)), span(t, "出庭应诉64件", "占出庭案件的" + pc(27, 64) + "%"), "C"),
    R(58, 64, float(pc(58, 64)), span(t, "出庭应诉64件", "占" + pc(58, 64) + "%")),
)
rep.never("较上年提高9.5个百分点", "a 百分点 change")
rep.never("出庭应诉率低于90%的单位仍有4个", "a count of units; the table shows which")
