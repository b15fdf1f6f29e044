from common import B, C, R, Report, S, span
from h import f, gr, pc
from tables import grid

rep = Report("yanping-xian-12345-2021", "html", "延平县人民政府办公室", 2022,
             kind="延平县2021年12345政务服务热线工作情况通报 (2022)",
             shape="HTML; a table of 承办单位 with 交办/按期办结/按期办结率 (rates per row, a planted rate), prose restating the table's 合计, 工单 beside 来电 人次, 乡镇 counts, 分别 over months, a 同比 with 减少 and its delta")
rows = [["县住建局", 1264, 1231, "97.4"], ["县人社局", 842, 826, "98.1"], ["县市场监管局", 695, 688, "99.0"],
        ["县自然资源局", 318, 297, "94.3"], ["城关镇", 1107, 1086, "98.1"], ["合计", 4226, 4128, "97.7"]]
tab, trow = grid(["承办单位", "交办工单（件）", "按期办结（件）", "按期办结率（%）"], rows, "html")
rep.text = f"""
<h2>延平县2021年12345政务服务热线工作情况通报</h2>
<p>各乡镇人民政府，县政府各部门：</p>
<p>2021年，县12345热线共接听群众来电6.18万人次，形成有效工单9,835件，较上年减少1,126件，下降{gr(9835, 10961).lstrip('-')}%。其中，直接答复6,127件，交办承办单位3,708件，交办率{pc(3708, 9835)}%。第三季度受汛期影响来电集中，7月、8月、9月分别形成工单1,216件、1,348件、1,037件。</p>
<p>交办工单排名前五的承办单位情况如下（含上年结转至本年办理的工单）：</p>
{tab}
<p>全县16个乡镇和38个县直部门均已接入热线平台。全年群众满意率为92.6%。</p>
"""
t = rep.text
rep.add(
    C(9835, f(gr(9835, 10961)), span(t, "形成有效工单9,835件", "%"), "A", prev=10961),
    S(9835, [6127, 3708], span(t, "形成有效工单9,835件", "交办承办单位3,708件"), "O"),
    R(3708, 9835, f(pc(3708, 9835)), span(t, "形成有效工单9,835件", f"交办率{pc(3708, 9835)}%"), "O"),
    R(1231, 1264, 97.4, trow[0], "T"),
    R(826, 842, 98.1, trow[1], "T"),
    R(688, 695, 99.0, trow[2], "T"),
    R(297, 318, 94.3, trow[3], "T", bad="297 / 318 = 93.4%, printed 94.3 (digits swapped)"),
    R(1086, 1107, 98.1, trow[4], "T"),
    R(4128, 4226, 97.7, trow[5], "T"),
    S(4226, [1264, 842, 695, 318, 1107], span(t, trow[0], trow[5]), "T"),
    S(4128, [1231, 826, 688, 297, 1086], span(t, trow[0], trow[5]), "T"),
    B(1231, 1264, trow[0], "T"),
    B(297, 318, trow[3], "T"),
)
rep.never("<td>合计</td><td>4226</td>", "4,226 exceeds the 3,708 交办 of the year: the table counts carried-in work orders (stated above it)")
rep.never("分别形成工单1,216件、1,348件、1,037件", "three months, no quarter total printed")
rep.never("接听群众来电6.18万人次", "calls beside work orders")
rep.never("全县16个乡镇和38个县直部门", "units")
rep.never("全年群众满意率为92.6%", "over callbacks, not printed")
