from common import C, E, R, Report, S, span
from u34 import addt, dl, fmt_rows, gr, pc, tgrid

rep = Report("erqi-sxzd-2025", "md", "郑州市二七湾区司法局", 2026,
             kind="二七湾区2025年行政执法“三项制度”执行情况报告 (2026, 行政执法三项制度, 河南 区)",
             shape="Markdown; a table of 执法 公示 by 季度 with 许可 / 处罚 / 检查 / 合计 and a 全年 row (T: row sums and column sums), prose restating the 全年 row (H), 环比 with the delta (A), 同比 (O), 全过程记录 with 分别 over 文字/音像 (B), 法制审核 with 退回 (F), a share of 音像 over a distant 件数 (C), a planted prose restatement")
body = [["第一季度", 1826, 642, 2418], ["第二季度", 2134, 718, 2867], ["第三季度", 2276, 695, 3012], ["第四季度", 2041, 731, 2694]]
rows = [[*list(r), sum(r[1:])] for r in body]
rows.append(["全年"] + [sum(r[c] for r in rows) for c in range(1, 5)])
R_ = rows
rows = fmt_rows(rows)
tab, trels, rt = tgrid(["季度", "许可公示（条）", "处罚公示（条）", "检查公示（条）", "合计（条）"], rows, "md", col_sums=(1, 2, 3, 4), row_sums=((4, [1, 2, 3]),))
tot = R_[-1]
t = f"""# 二七湾区2025年行政执法“三项制度”执行情况报告

（二七湾区司法局　2026年1月20日）

2025年，全区各行政执法单位认真落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，行政执法规范化水平进一步提升。全区纳入统计的行政执法单位34个。

## 一、行政执法公示制度执行情况

全年通过“信用中国（河南二七）”和区政府网站公示执法信息{tot[4]:,}条，其中许可信息{tot[1]:,}条、处罚信息2,768条、检查信息{tot[3]:,}条，同比增长6.4%。分季度公示情况如下：

| 说明 | 数据来源：各执法单位报送，区司法局汇总 |
| --- | --- |

{tab}

第四季度公示{R_[3][4]:,}条，环比第三季度减少{R_[2][4] - R_[3][4]}条，下降{gr(R_[3][4], R_[2][4])}%。处罚信息公示率100%，许可信息平均公示时长1.6个工作日。

## 二、执法全过程记录制度执行情况

全年对{tot[2] + 612:,}件执法案件实施全过程记录，分别采用文字记录2,174件、音像记录1,224件；音像记录占记录案件总数的{pc(1224, 3398)}%。配备执法记录仪等音像设备486台（套），建成音像记录室12间。

## 三、重大执法决定法制审核制度执行情况

全年报送法制审核的重大执法决定158件，审核通过141件，退回补正17件；退回补正的案件已全部重新提交审核。

## 四、存在的问题

部分单位公示信息要素不全，全年抽查发现不规范公示信息86条，已全部更正。

## 五、下一步工作

2026年将推动各单位执法信息“7日内公示”执行率达到100%。
"""
rep.text = t
addt(rep, trels)
rep.add(
    E([tot[4], tot[4]], span(t, f"公示执法信息{tot[4]:,}条", rt[-1]), "H"),
    S(tot[4], [tot[1], 2768, tot[3]], span(t, f"公示执法信息{tot[4]:,}条", f"检查信息{tot[3]:,}条"), "F",
      bad="8,277 + 2,768 + 10,991 = 22,036, printed 22,054 (the table's 处罚 2,786 typed 2,768 in the prose)"),
    E([2768, tot[2]], span(t, "处罚信息2,768条", rt[-1]), "H", bad="the prose gives 处罚信息 2,768, the table's 全年 2,786 (planted)"),
    C(tot[4], 6.4, span(t, f"公示执法信息{tot[4]:,}条", "同比增长6.4%"), "O"),
    C(R_[3][4], dl(R_[3][4], R_[2][4]), span(t, f"第四季度公示{R_[3][4]:,}条", f"下降{gr(R_[3][4], R_[2][4])}%"), "A", prev=R_[2][4]),
    E([R_[3][4], R_[3][4]], span(t, rt[3], f"第四季度公示{R_[3][4]:,}条"), "H"),
    S(tot[2] + 612, [2174, 1224], span(t, f"全年对{tot[2] + 612:,}件", "音像记录1,224件"), "B"),
    R(1224, 3398, float(pc(1224, 3398)), span(t, f"全年对{tot[2] + 612:,}件", f"总数的{pc(1224, 3398)}%"), "C"),
    S(158, [141, 17], span(t, "重大执法决定158件", "退回补正17件"), "F"),
)
rep.never("全区纳入统计的行政执法单位34个", "units beside counts of information")
rep.never("平均公示时长1.6个工作日", "a mean duration")
rep.never("执法记录仪等音像设备486台（套），建成音像记录室12间", "equipment counts")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('enforcement.publicized', 22054, '条', '公示执法信息22,054条')
rep.metric('decisions.legal_review', 158, '件', '全年报送法制审核的重大执法决定158件')
