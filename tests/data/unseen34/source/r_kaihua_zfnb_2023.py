from common import C, E, R, Report, S, span
from u34 import addt, fmt_rows, gr, pc, tgrid, with_totals

rep = Report("kaihua-zfnb-2023", "md", "开化湾县司法局", 2024,
             kind="开化湾县2023年度行政执法统计年报 (2024, 行政执法统计年报, 浙江 县)",
             shape="Markdown; a table of 行政执法 by 部门 with 许可 / 处罚 / 强制 / 检查 / 合计 and a 全县 row (T: row sums and column sums; a planted 处罚 cell of 市场监管), prose restating the 全县 row (H), 同比 with the delta (A), 处罚 罚没 万元 with 分别 (B), 重大执法决定 法制审核 (F), 检查 shares (C), 执法主体 counts (a trap)")
body = [["县公安局", 2864, 1672, 412, 3018], ["县市场监管局", 1936, 318, 27, 2462], ["县自然资源和规划局", 412, 64, 8, 936],
        ["县生态环境分局", 86, 71, 12, 1284], ["县交通运输局", 1218, 462, 36, 1876], ["县综合行政执法局", 324, 1108, 145, 4312],
        ["其他部门", 3472, 206, 19, 2645]]
rows = with_totals(body, "全县", typo={(1, 2): 381})
rows = fmt_rows(rows)
tab, trels, rt = tgrid(["执法部门", "行政许可", "行政处罚", "行政强制", "行政检查", "合计"], rows, "md",
                       col_sums=(1, 2, 3, 4, 5), row_sums=((5, [1, 2, 3, 4]),),
                       note="县市场监管局 行政处罚 318 printed 381: its row and the 处罚 column break")
tot = with_totals(body, "全县")[-1]
t = f"""# 开化湾县2023年度行政执法统计年报

根据《浙江省行政执法统计年报制度》要求，现将我县2023年度行政执法数据统计公布如下。

## 一、执法主体和人员情况

全县共有行政执法主体41个，其中行政机关33个、法律法规授权组织8个；持有行政执法证件人员1,286人，较上年增加47人。

## 二、行政执法行为总体情况

2023年，全县各执法部门共实施行政执法行为{tot[5]:,}件，其中行政许可{tot[1]:,}件、行政处罚{tot[2]:,}件、行政强制{tot[3]:,}件、行政检查{tot[4]:,}件。行政检查占全部执法行为的{pc(tot[4], tot[5])}%。各部门数据见下表（单位：件）：

{tab}

## 三、行政处罚情况

全年行政处罚案件{tot[2]:,}件，较上年增加283件，增长{gr(tot[2], tot[2] - 283)}%。罚没款总额3,417.6万元，分别为罚款2,968.3万元、没收违法所得449.3万元。适用简易程序作出处罚2,164件，适用普通程序作出处罚{tot[2] - 2164:,}件。

## 四、“三项制度”落实情况

全年公示行政执法信息1.62万条；作出重大执法决定96件，均经法制审核，其中审核通过87件、提出修改意见后通过9件。

## 五、执法监督情况

县司法局开展行政执法案卷评查，共评查案卷320卷，其中优秀112卷、合格186卷、不合格22卷，优秀率{pc(112, 320)}%。

开化湾县司法局
2024年3月15日
"""
rep.text = t
addt(rep, trels)
rep.add(
    S(41, [33, 8], span(t, "行政执法主体41个", "授权组织8个"), "F"),
    S(tot[5], tot[1:5], span(t, f"共实施行政执法行为{tot[5]:,}件", f"行政检查{tot[4]:,}件"), "F"),
    E([tot[5], tot[5]], span(t, f"共实施行政执法行为{tot[5]:,}件", rt[-1]), "H"),
    R(tot[4], tot[5], float(pc(tot[4], tot[5])), span(t, f"共实施行政执法行为{tot[5]:,}件", f"执法行为的{pc(tot[4], tot[5])}%"), "C"),
    E([tot[2], tot[2]], span(t, rt[-1], f"行政处罚案件{tot[2]:,}件"), "H"),
    C(tot[2], float(gr(tot[2], tot[2] - 283)), span(t, f"行政处罚案件{tot[2]:,}件", f"增长{gr(tot[2], tot[2] - 283)}%"), "A", prev=tot[2] - 283),
    S(3417.6, [2968.3, 449.3], span(t, "罚没款总额3,417.6万元", "449.3万元"), "B"),
    S(tot[2], [2164, tot[2] - 2164], span(t, f"行政处罚案件{tot[2]:,}件", f"普通程序作出处罚{tot[2] - 2164:,}件"), "F"),
    S(96, [87, 9], span(t, "重大执法决定96件", "修改意见后通过9件"), "F"),
    S(320, [112, 186, 22], span(t, "评查案卷320卷", "不合格22卷"), "F"),
    R(112, 320, float(pc(112, 320)), span(t, "评查案卷320卷", f"优秀率{pc(112, 320)}%"), "O"),
)
rep.never("持有行政执法证件人员1,286人，较上年增加47人", "a stock of staff; the change in 人 carries no rate")
rep.never("公示行政执法信息1.62万条", "条 of information, not the table's 件")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('units.enforcement', 41, '个', '全县共有行政执法主体41个')
rep.metric('staff.certified', 1286, '人', '持有行政执法证件人员1,286人')
rep.metric('penalties.count', 3901, '件', '全年行政处罚案件3,901件')
rep.metric('penalties.amount', 3417.6, '万元', '罚没款总额3,417.6万元')
rep.metric('penalties.simple_procedure.count', 2164, '件', '适用简易程序作出处罚2,164件')
rep.metric('penalties.general_procedure.count', 1737, '件', '适用普通程序作出处罚1,737件')
rep.metric('enforcement.publicized', 16200, '条', '全年公示行政执法信息1.62万条')
rep.metric('decisions.major', 96, '件', '作出重大执法决定96件')
