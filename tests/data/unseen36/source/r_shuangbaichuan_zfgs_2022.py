from common import C, E, S, Report, span
from u36 import NOTE, addt, gr, mark, n, pc, shares, subtotals, tgrid

rep = Report("shuangbaichuan-zfgs-2022", "txt", "双柏川县司法局", 2023,
             kind="双柏川县2022年度行政执法数据公示 (2023, 三项制度 执法数据公示, 云南 县)",
             shape="txt copied from a web page; a space-aligned table of 执法类别 with 件数 / 占比（%） where 行政处罚 is a 小计 with 简易 / 普通 其中 rows and a 合计 row (T: the 小计, the 合计 over the six kinds (the 其中 rows excluded), the share per row over the 合计), prose restating (H), 罚没款 = 罚款 + 没收 (F), 普通程序 法制审核 (H), 较上年 with the previous printed (A), 听证 (bound); 6类1,246项 清单, 重大执法决定 count, 个百分点 without the previous as traps")
kinds = [["行政许可", 2846], ["行政处罚", 1428], ["其中：简易程序", 1116], ["　　　普通程序", 312], ["行政强制", 87], ["行政检查", 5214],
         ["行政征收", 362], ["行政确认", 1937]]
top = [0, 1, 4, 5, 6, 7]
T = sum(kinds[i][1] for i in top)
rows = [[k, n(v), pc(v, T) if i in top else ""] for i, (k, v) in enumerate(kinds)] + [["合计", n(T), "100.0"]]
tab, _, rowt = tgrid(["执法类别", "件数", "占比（%）"], rows, "txt")
trels = subtotals(rows, rowt, [(1, [2, 3])], (1,))
trels += [mark(S(T, [kinds[i][1] for i in top], "\n".join(rowt), "T"), NOTE)]
trels += shares(rows, rowt, 1, 2, -1, skip=(2, 3))
rep.text = f"""双柏川县2022年度行政执法数据公示

信息来源：双柏川县司法局　发布日期：2023-01-29　浏览次数：512

　　根据《云南省行政执法公示办法》，现将我县2022年度行政执法总体情况公示如下。

　　一、执法事项清单

　　全县34个行政执法主体共梳理公示行政执法事项6类1,246项，并在县人民政府门户网站“行政执法公示”专栏集中公开。

　　二、执法数据

　　2022年，全县共实施各类行政执法行为{n(T)}件，较上年的{n(10587)}件增长{gr(T, 10587)}%。分类别情况如下：

{tab}

　　全县作出行政处罚决定1,428件，罚没款586.34万元，其中罚款512.68万元、没收违法所得73.66万元。普通程序案件312件全部经法制审核，其中组织听证9件。作出重大执法决定47件，均履行集体讨论程序。行政检查占比较上年提高3.2个百分点。

　　三、监督电话

　　对行政执法行为有异议的，可拨打县司法局行政执法监督电话0878-4121xxx。
"""
t = rep.text
addt(rep, trels)
from common import B
rep.add(
    C(T, float(gr(T, 10587)), span(t, f"行政执法行为{n(T)}件", f"增长{gr(T, 10587)}%"), "A", prev=10587),
    E([T, T], span(t, f"行政执法行为{n(T)}件", rowt[-1]), "H"),
    E([1428, 1428], span(t, rowt[1], "行政处罚决定1,428件"), "H"),
    S(586.34, [512.68, 73.66], span(t, "罚没款586.34万元", "没收违法所得73.66万元"), "F"),
    E([312, 312], span(t, rowt[3], "普通程序案件312件"), "H"),
    B(9, 312, span(t, "普通程序案件312件", "听证9件"), "E"),
)
rep.never("行政执法事项6类1,246项", "a count of kinds and items")
rep.never("重大执法决定47件", "a count with no relation")
rep.never("行政检查占比较上年提高3.2个百分点", "the previous share is not printed")
rep.never("34个行政执法主体", "bodies")
rep.never("浏览次数：512", "page furniture")
