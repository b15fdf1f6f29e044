from common import C, E, R, Report, S, span
from tables import grid
from u30 import pct

rep = Report("hailan-gongshang-12315-2015", "html", "海岚市工商行政管理局", 2016,
             kind="海岚市工商行政管理局2015年12315消费者申诉举报情况分析 (2016, 工商 12315)",
             shape="HTML; 诉求 by kind (sum) with a change, an HTML table of 投诉 by 商品/服务 类别 with 件数 and 占投诉总量% over the 合计 row (T: the count column and each share over the 合计; a planted share; the printed shares add to 99.9, a trap), 商品 + 服务 subtotals in prose (H), 网购 change with last year's count (A), 办结率, 立案率 of 举报, 挽回损失 (a trap)")
items = [("家用电器", 628), ("服装鞋帽", 542), ("食品", 486), ("通讯器材", 412), ("交通工具", 386), ("其他商品", 1032),
         ("电信服务", 1086), ("网络购物", 962), ("餐饮住宿", 486), ("美容美发", 412), ("房屋装修", 368), ("其他服务", 1062)]
tot = sum(v for _, v in items)
assert tot == 7862
rows = [[k, f"{v:,}", "12.6" if k == "网络购物" else pct(v, tot)] for k, v in items] + [["合计", "7,862", "100.0"]]
tab, rowt = grid(["投诉类别", "件数（件）", "占投诉总量（%）"], rows, "html")
rep.text = f"""<html><head><meta charset="utf-8"><title>2015年12315消费者申诉举报情况分析</title></head><body>
<h1>海岚市工商行政管理局2015年12315消费者申诉举报情况分析</h1>
<p>发布日期：2016年3月14日　来源：市工商局消费者权益保护处</p>
<p>2015年，全市工商系统12315申诉举报中心认真履行消费维权职能，全年共受理消费者咨询、投诉和举报28,642件，比上年增长14.6%。其中咨询18,426件，投诉7,862件，举报2,354件。</p>
<h2>一、投诉情况</h2>
<p>全年受理消费者投诉7,862件，其中商品类投诉3,486件，服务类投诉4,376件，服务类投诉量连续第三年超过商品类。全年办结投诉7,648件，办结率97.3%，为消费者挽回经济损失486.2万元。</p>
<p>各类别投诉情况见下表：</p>
{tab}
<p>从商品类看，家用电器投诉居首位，主要反映空调、热水器安装维修问题。从服务类看，网络购物投诉962件，比上年的486件增长97.9%，主要涉及虚假宣传、退换货难和七日无理由退货执行不到位。</p>
<h2>二、举报情况</h2>
<p>全年受理消费者举报2,354件，经核查立案286件，立案率12.1%，罚没款128.6万元。</p>
<h2>三、消费提示</h2>
<p>市工商局提醒广大消费者，网购时要选择信誉良好的平台，保存好购物凭证；遇到消费纠纷可拨打12315热线或登录海岚红盾网（www.hlgs.gov.cn）进行投诉。</p>
</body></html>
"""
t = rep.text
region = span(t, rowt[0], rowt[-1])
rep.add(
    S(28642, [18426, 7862, 2354], span(t, "全年共受理消费者咨询、投诉和举报28,642件", "举报2,354件")),
    C(28642, 14.6, span(t, "全年共受理消费者咨询、投诉和举报28,642件", "增长14.6%")),
    S(7862, [3486, 4376], span(t, "全年受理消费者投诉7,862件", "服务类投诉4,376件")),
    R(7648, 7862, 97.3, span(t, "全年受理消费者投诉7,862件", "办结率97.3%")),
    C(962, 97.9, span(t, "网络购物投诉962件", "增长97.9%"), "A", prev=486),
    R(286, 2354, 12.1, span(t, "全年受理消费者举报2,354件", "立案率12.1%")),
    E([7862, 7862], span(t, "全年受理消费者投诉7,862件", rowt[-1])),
    S(7862, [v for _, v in items], region, "T"),
    S(3486, [v for _, v in items[:6]], span(t, "商品类投诉3,486件", rowt[5]), "H"),
    S(4376, [v for _, v in items[6:]], span(t, "服务类投诉4,376件", rowt[11]), "H"),
)
for (k, v), r in zip(items, rows, strict=False):
    bad = "962 / 7,862 = 12.2%, printed 12.6 (planted)" if k == "网络购物" else None
    rep.add(R(v, 7862, float(r[2]), span(t, rowt[items.index((k, v))], rowt[-1]), "T", bad=bad))
rep.never("为消费者挽回经济损失486.2万元", "money beside counts")
rep.never("<td>合计</td><td>7,862</td><td>100.0</td>", "the printed shares add to 99.9 (rounding), not a failing sum")
rep.never("罚没款128.6万元", "money beside counts")
