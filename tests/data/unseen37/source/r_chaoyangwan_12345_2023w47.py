from common import C, E, R, Report, S, span
from u37 import addt, gr, mark, n, pc, tgrid, val, NOTE

rep = Report("chaoyangwan-12345-2023w47", "md", "北京市朝阳湾区政务服务管理局", 2023,
             kind="朝阳湾区接诉即办第47周工作简报 (2023, 12345 周报 接诉即办, 北京 区)",
             shape="Markdown; a table of 街乡 with 派单 / 上周派单 / 环比 and a 合计 row (T: column sums, the 环比 per row over the printed 上周; a planted 环比 of 太阳湾乡), prose: 派单 in a heading line with 类别 parts in a list (F, a planted 其他), 环比 with 上周 in brackets (A), 同比 (O), 三率 with 分子 printed (C), 供暖 诉求 share (C), 主动治理 (F), 前五 街乡 (F) and their share of 全区 (C); 排名 and 分数 as traps")
st = [("望京湾街道", 1126, 1042), ("酒仙湾街道", 684, 731), ("太阳湾乡", 612, 566), ("双井湾街道", 548, 519), ("来广营湾乡", 503, 482),
      ("其他街乡", 5214, 4983)]
W1, W0 = sum(s[1] for s in st), sum(s[2] for s in st)
rows = [[s[0], n(s[1]), n(s[2]), gr(s[1], s[2]) if s[1] >= s[2] else "-" + gr(s[1], s[2])] for s in st]
rows.append(["合计", n(W1), n(W0), gr(W1, W0) if W1 >= W0 else "-" + gr(W1, W0)])
rows[2][3] = "9.1"
tab, trels, rowt = tgrid(["街乡", "本周派单（件）", "上周派单（件）", "环比（%）"], rows, "md", col_sums=(1, 2))
for row, rt_ in zip(rows, rowt, strict=False):
    trels.append(mark(C(val(row[1]), val(row[3]), rt_, "T", prev=val(row[2])), NOTE))
cats = [("供暖", 2418), ("物业管理", 1306), ("市容环境", 982), ("交通出行", 764), ("其他", W1 - 2418 - 1306 - 982 - 764)]
x1, x2, x3 = 8517, 7936, 8104
rep.text = f"""# 朝阳湾区接诉即办第47周工作简报

（2023年11月20日—11月26日）　区政务服务管理局编　第47期

## 一、本周概况

**本周区级共接收市12345派单{n(W1)}件，环比（上周{n(W0)}件）增长{gr(W1, W0)}%，同比增长21.7%。**按诉求类别分：

- 供暖类{n(2418)}件；
- 物业管理类{n(1306)}件；
- 市容环境类{982}件；
- 交通出行类{764}件；
- 其他{n(cats[-1][1] + 100)}件。

供暖类诉求占本周派单量的{pc(2418, W1)}%，随气温下降持续上升，主要反映室温不达标、暖气不热。

## 二、三率情况

本周已响应{n(x1)}件，响应率{pc(x1, W1)}%；已解决{n(x2)}件，解决率{pc(x2, x1)}%；已回访{n(x3)}件，满意{n(7419)}件，满意率{pc(7419, x3)}%。本周全区综合得分92.46分，在全市排名第6。

本周区级自办（区非紧急救助服务中心直接受理）工单{n(1318)}件，其中咨询类{n(947)}件、求助类{n(371)}件，与市派单合计{n(W1 + 1318)}件。区级工单平均响应时长1.6小时，平均办结时长3.8天。

## 三、各街乡派单情况

{tab}

派单量前五的街乡合计{n(sum(s[1] for s in st[:5]))}件，占全区的{pc(sum(s[1] for s in st[:5]), W1)}%。

## 四、典型诉求办理

一是望京湾街道某小区自11月15日供暖以来室温不足16℃，涉及居民312户，本周集中来电87件，街道协调热力公司更换换热站循环泵，11月24日室温恢复至20℃以上；二是双井湾街道反映某路口早晚高峰拥堵，本周来电26件，区交通支队已调整信号灯配时；三是太阳湾乡反映农村地区“煤改电”设备故障，本周来电41件，已全部上门维修。

## 五、“三率”变化

与上周相比，本周响应率持平，解决率下降0.9个百分点，满意率上升0.4个百分点。解决率下降主要是供暖类诉求集中，部分问题需换热站整改，当周难以解决。

## 六、主动治理

本周围绕供暖开展“每月一题”主动治理，各街乡入户测温1,846户，其中室温达标1,702户、不达标144户，已督促供热单位整改。

## 七、工作提示

本周全区共43个街乡，其中2个街乡满意率低于85%，请相关街乡对照问题清单于11月30日前完成整改。
"""
t = rep.text
addt(rep, trels)
top5 = sum(s[1] for s in st[:5])
rep.add(
    C(W1, float(gr(W1, W0)), span(t, f"市12345派单{n(W1)}件", f"增长{gr(W1, W0)}%"), "A", prev=W0),
    C(W1, 21.7, span(t, f"市12345派单{n(W1)}件", "同比增长21.7%")),
    S(W1, [c[1] for c in cats[:-1]] + [cats[-1][1] + 100], span(t, f"市12345派单{n(W1)}件", f"其他{n(cats[-1][1] + 100)}件"), "F",
      bad=f"the five 类别 add to {n(W1 + 100)}, the heading prints {n(W1)} (the planted 其他 {n(cats[-1][1] + 100)}, true {n(cats[-1][1])})"),
    R(2418, W1, float(pc(2418, W1)), span(t, f"市12345派单{n(W1)}件", f"占本周派单量的{pc(2418, W1)}%"), "C"),
    R(x1, W1, float(pc(x1, W1)), span(t, f"市12345派单{n(W1)}件", f"响应率{pc(x1, W1)}%"), "C"),
    R(x2, x1, float(pc(x2, x1)), span(t, f"已响应{n(x1)}件", f"解决率{pc(x2, x1)}%"), "C"),
    R(7419, x3, float(pc(7419, x3)), span(t, f"已回访{n(x3)}件", f"满意率{pc(7419, x3)}%"), "C"),
    E([W1, W1], span(t, f"市12345派单{n(W1)}件", rowt[-1]), "H"),
    S(top5, [s[1] for s in st[:5]], span(t, rowt[0], f"合计{n(top5)}件"), "F"),
    R(top5, W1, float(pc(top5, W1)), span(t, rowt[-1], f"占全区的{pc(top5, W1)}%"), "C"),
    S(1846, [1702, 144], span(t, "入户测温1,846户", "不达标144户"), "F"),
)
rep.add(S(W1 + 1318, [W1, 1318], span(t, f"市12345派单{n(W1)}件", f"合计{n(W1 + 1318)}件"), "F"),
        S(1318, [947, 371], span(t, f"工单{n(1318)}件", f"求助类{n(371)}件"), "F"))
rep.never("平均响应时长1.6小时，平均办结时长3.8天", "durations")
rep.never("综合得分92.46分，在全市排名第6", "a score and a rank")
rep.never("全区共43个街乡", "a count of streets")
rep.never("涉及居民312户，本周集中来电87件", "households beside calls")
rep.never("解决率下降0.9个百分点", "last week's rates are not printed")
rep.never("满意率低于85%", "a threshold")
