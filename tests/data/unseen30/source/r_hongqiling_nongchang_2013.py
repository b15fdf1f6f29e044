from common import C, E, R, Report, S, span
from u30 import addt, tgrid

rep = Report("hongqiling-nongchang-2013", "txt", "红旗岭农场", 2014, wrap=32, page_every=28,
             page_style="- {n} -", header="红旗岭农场2013年国民经济和社会发展统计公报",
             kind="红旗岭农场2013年国民经济和社会发展统计公报 (2014, 国营农场)",
             shape="PDF copy wrapped at 32 with - n - footers and a running header; a space-aligned table of 播种面积/总产/单产 by 作物 with a 合计 row (T: column sums and 单产 = 总产 × 1000 / 面积 per row; a planted 玉米 总产 breaks a sum and a rate), prose restating the 合计 (H), 增产 by the delta (A), 水稻 share, 保险 share of 耕地, 生产总值 by 产业, 积温 and 机械化率 (traps)")
hdr = ["作物", "播种面积（万亩）", "总产（万吨）", "单产（公斤/亩）"]
body = [["水稻", "22.4", "14.56", "650"], ["玉米", "15.2", "11.68", "780"], ["大豆", "9.6", "1.82", "190"],
        ["其他", "1.4", "0.38", "271"], ["合计", "48.6", "28.62", "589"]]
tab, trels, rowt = tgrid(hdr, body, "txt", col_sums=(1, 2), rates=())
from common import R as _R
for row, rt_ in zip(body, rowt, strict=True):
    r = _R(float(row[2]), float(row[1]), int(row[3]), rt_, "T", per=1000)
    if row[0] == "玉米":
        r["note"] = "11.68 × 1000 / 15.2 = 768, printed 780 (玉米 11.86 typed 11.68)"
    trels.append(r)
for r in trels:
    if r.get("note") and r["kind"] == "sum":
        r["note"] = "14.56 + 11.68 + 1.82 + 0.38 = 28.44, 合计 printed 28.62 (玉米 11.86 typed 11.68)"
rep.text = f"""红旗岭农场2013年国民经济和社会发展统计公报

红旗岭农场统计站
2014年2月

　　2013年，农场以现代化大农业建设为统领，克服了春涝和秋季早霜等不利因素影响，农业生产再获丰收，场区经济保持较快增长。

　　一、综合

　　全年实现生产总值24.86亿元，比上年增长12.6%。其中第一产业增加值16.42亿元，第二产业增加值3.28亿元，第三产业增加值5.16亿元。年末总人口3.86万人，其中职工1.24万人。

　　二、农业

　　全场耕地面积48.6万亩，全部实现标准化种植。全年粮豆薯总产28.62万吨，比上年增加1.46万吨，增长5.4%，创历史新高。主要作物生产情况如下：

{tab}

　　水稻总产占粮豆薯总产的50.9%。全年农业保险参保面积46.8万亩，占耕地面积的96.3%。田间综合机械化率达到98.6%，有效积温2,486℃。

　　三、畜牧业

　　年末牛存栏8,642头，生猪饲养量4.62万头，禽类饲养量38.6万只。

　　四、人民生活

　　职工家庭人均纯收入16,842元，比上年增长10.6%。全年新建职工住房1,286户，完成投资2.46亿元。

　　四之一、基础设施

　　全年新建和维修晒场12处、水泥晒场面积4.86万平方米；新建烘干塔6座，日烘干能力达到6,400吨。农场场部新建供热管网2.6公里，新增集中供热面积8.6万平方米。

　　五、社会事业

　　农场有中小学3所，在校学生4,286人；职工医院1所，床位160张。
"""
t = rep.text
rep.add(
    S(24.86, [16.42, 3.28, 5.16], span(t, "生产总值24.86亿元", "第三产业增加值5.16亿元")),
    C(28.62, 5.4, span(t, "全年粮豆薯总产28.62万吨", "增长5.4%"), "A", prev=27.16),
    R(14.56, 28.62, 50.9, span(t, rowt[0], "总产的50.9%"), "C"),
    R(46.8, 48.6, 96.3, span(t, "全场耕地面积48.6万亩", "占耕地面积的96.3%"), "C"),
    E([28.62, 28.62], span(t, "全年粮豆薯总产28.62万吨", rowt[4])),
    E([48.6, 48.6], span(t, "全场耕地面积48.6万亩", rowt[4])),
    C(16842, 10.6, span(t, "职工家庭人均纯收入16,842元", "增长10.6%")),
)
addt(rep, trels)
rep.never("年末总人口3.86万人，其中职工1.24万人", "a non-exhaustive 其中")
rep.never("田间综合机械化率达到98.6%", "a rate over an unprinted base")
rep.never("新建职工住房1,286户，完成投资2.46亿元", "户 beside 亿元")
rep.never("有效积温2,486℃", "a temperature sum")
