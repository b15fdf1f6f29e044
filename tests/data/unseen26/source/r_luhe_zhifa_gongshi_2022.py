from common import E, R, Report, span
from u26 import addt, tgrid

rep = Report("luhe-zhifa-gongshi-2022", "md", "芦河县人民政府办公室", 2023,
             kind="芦河县2022年度行政执法数据统计公示 (2023, 执法数据 by 部门)",
             shape="Markdown; a table by 部门 of 许可/处罚/强制/检查 with a 合计 column and row (a planted 检查 cell), a second table of 罚没款 by 部门 in 万元 with 占比 (a 合计 row), prose restating totals in 万 (H), 处罚 share of the county's 执法 总量 (C), 执法人员 beside 件")
rows = [["县市场监管局", 1862, 486, 38, 2416, 4802], ["县生态环境局", 46, 128, 22, 864, 1060],
        ["县交通运输局", 2214, 362, 16, 1128, 3720], ["县应急管理局", 0, 84, 6, 1462, 1552],
        ["县卫生健康局", 638, 112, 4, 926, 1680], ["合计", 4760, 1172, 86, 6796, 12814]]
rows[2][4] = 1182
tab, trels, rowt = tgrid(["执法部门", "行政许可", "行政处罚", "行政强制", "行政检查", "合计"], rows, "md",
                         col_sums=(1, 2, 3, 4, 5), row_sums=((5, [1, 2, 3, 4]),),
                         note="县交通运输局 行政检查 1,128 printed 1,182 (digits swapped): its row and the 检查 column do not add up")
rows2 = [["县市场监管局", "612.4", 44.6], ["县生态环境局", "486.2", 35.4], ["县交通运输局", "168.6", 12.3],
         ["县应急管理局", "72.8", 5.3], ["县卫生健康局", "33.6", 2.4], ["合计", "1,373.6", 100.0]]
tab2, trels2, rowt2 = tgrid(["执法部门", "罚没款（万元）", "占比（%）"], rows2, "md", col_sums=(1, 2))
rep.text = f"""
# 芦河县2022年度行政执法数据统计公示

根据行政执法公示制度要求，现将2022年度全县主要执法部门行政执法数据公示如下。

## 一、行政执法行为数量（单位：件）

{tab}

全县五个部门全年共实施行政执法行为12,814件，其中行政处罚1,172件，占9.1%。

## 二、罚没款情况

{tab2}

## 三、执法人员

五个部门共有持证执法人员312人。
"""
t = rep.text
addt(rep, trels)
addt(rep, trels2)
for i in range(5):
    rep.add(R(float(rows2[i][1]), 1373.6, rows2[i][2], span(t, rowt2[i], rowt2[5]), "T"))
rep.add(
    E([12814, 12814], span(t, "| 合计 | 4760 | 1172 | 86 | 6796 | 12814 |", "执法行为12,814件"), "H"),
    R(1172, 12814, 9.1, span(t, "执法行为12,814件", "占9.1%"), "C"),
)
rep.never("持证执法人员312人", "persons beside cases")
