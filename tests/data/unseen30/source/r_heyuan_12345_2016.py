from common import C, E, R, Report, S, span
from u30 import addt, pct, tgrid

rep = Report("heyuan-12345-2016", "html", "鹤原市民热线服务中心", 2017,
             kind="鹤原市12345市民热线2016年度运行情况通报 (2017, 12345 热线)",
             shape="HTML; a month table of 受理/办结/办结率 with a 全年 row (T: column sums and the rate per row; a planted 9月 rate), prose restating the 全年 (H), the change of 受理, 7-8月 as a named pair with its share (C), 渠道 by 分别 (B), 类型 without 其中 (F), 回访 满意率 and 按时办结率 (traps)")
acc = [18642, 14286, 16428, 15862, 17246, 19486, 22648, 21486, 18962, 16842, 17624, 20486]
done = [18124, 13962, 16012, 15486, 16862, 18964, 21862, 20846, 18426, 16412, 17186, 19648]
ta, td = sum(acc), sum(done)
months = [f"{i}月" for i in range(1, 13)]
body = [[m, f"{a:,}", f"{d:,}", pct(d, a)] for m, a, d in zip(months, acc, done, strict=True)]
body[8][3] = "97.8"
body.append(["全年", f"{ta:,}", f"{td:,}", pct(td, ta)])
tab, trels, rowt = tgrid(["月份", "受理量（件）", "办结量（件）", "办结率（%）"], body, "html", col_sums=(1, 2),
                         rates=((3, 2, 1),))
for r in trels:
    if r.get("note"):
        r["note"] = f"18,426 / 18,962 = {pct(18426, 18962)}%, printed 97.8 (planted)"
summer = acc[6] + acc[7]
phone, web, wx = 168246, 24862, ta - 168246 - 24862
rep.text = f"""<html><head><meta charset="utf-8"><title>鹤原市12345市民热线2016年度运行情况通报</title></head><body>
<h2>鹤原市12345市民热线2016年度运行情况通报</h2>
<p>鹤热线发〔2017〕2号</p>
<p>各县（市）区人民政府，市政府各部门、各直属机构，各热线承办单位：</p>
<p>2016年，市民热线服务中心在市委、市政府的正确领导下，坚持“接诉即办”，热线受理量、办结量均创历史新高。现将全年运行情况通报如下：</p>
<p><b>一、受理和办结情况</b></p>
<p>全年共受理市民诉求{ta:,}件，比上年增长11.6%；办结{td:,}件，办结率{pct(td, ta)}%。其中，电话、网站和微信渠道受理量分别为{phone:,}件、{web:,}件和{wx:,}件。7月、8月受理量合计{summer:,}件，占全年受理量的{pct(summer, ta)}%，主要反映供水、停电和防汛问题。</p>
<p>各月受理和办结情况如下：</p>
{tab}
<p><b>二、诉求类型</b></p>
<p>按诉求类型分，咨询类112,486件，求助类42,862件，投诉类50,326件，建议类7,846件，其他类6,478件。投诉类诉求中，物业管理、城市管理和劳动工资类居前三位。</p>
<p><b>三、回访情况</b></p>
<p>全年对办结诉求回访38,642件，群众满意率93.2%，按时办结率96.5%。对群众不满意的1,862件诉求退回承办单位重新办理。</p>
<p><b>四、工作要求</b></p>
<p>各承办单位要严格落实首问负责制，诉求办理时限由原来的7个工作日压缩至5个工作日。</p>
<p style="text-align:right">鹤原市民热线服务中心<br>2017年1月18日</p>
</body></html>
"""
t = rep.text
kinds = [112486, 42862, 50326, 7846, 6478]
assert sum(kinds) == ta, (sum(kinds), ta)
rep.add(
    C(ta, 11.6, span(t, f"全年共受理市民诉求{ta:,}件", "增长11.6%")),
    R(td, ta, float(pct(td, ta)), span(t, f"全年共受理市民诉求{ta:,}件", f"办结率{pct(td, ta)}%")),
    S(ta, [phone, web, wx], span(t, f"全年共受理市民诉求{ta:,}件", f"和{wx:,}件"), "B"),
    S(summer, [acc[6], acc[7]], span(t, f"7月、8月受理量合计{summer:,}件", rowt[7]), "H"),
    R(summer, ta, float(pct(summer, ta)), span(t, f"全年共受理市民诉求{ta:,}件", f"占全年受理量的{pct(summer, ta)}%"), "C"),
    S(ta, kinds, span(t, f"全年共受理市民诉求{ta:,}件", "其他类6,478件"), "F"),
    E([ta, ta], span(t, f"全年共受理市民诉求{ta:,}件", rowt[-1])),
    E([td, td], span(t, f"全年共受理市民诉求{ta:,}件", rowt[-1])),
)
addt(rep, trels)
rep.never("群众满意率93.2%，按时办结率96.5%", "over unprinted counts")
rep.never("对群众不满意的1,862件诉求", "not a part of a printed total")
rep.never("由原来的7个工作日压缩至5个工作日", "time limits")
