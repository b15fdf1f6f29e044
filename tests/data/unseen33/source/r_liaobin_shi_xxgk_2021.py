from common import C, E, R, Report, S, span
from tables import fy_table
from u33 import addt, gr, n, pc, tgrid

rep = Report("liaobin-shi-xxgk-2021", "html", "辽滨市人民政府办公室", 2022,
             kind="辽滨市2021年政府信息公开工作年度报告 (2022, 政府信息公开, 市政府办公室 summarising 全市)",
             shape="HTML; a 全市 table by 地区/系统 with 新收/办结/予以公开/予以公开比例 and a 全市合计 row (T: column sums and the rate per row; a planted 予以公开 cell of 市直部门), prose restating 全市 (H), 主动公开 全市 with 分别 and 比上年 (A), 复议/诉讼 全市 table (T) and 纠错率 (C), 市本级 figures beside 全市 (a trap), 依申请 同比 (O), 上年结转 + 新收 (F)")
body = [["市政府本级", "86", "84", "41", pc(41, 84)], ["市直部门（42个）", "1,264", "1,238", "596", pc(569, 1238)],
        ["铁西区", "318", "312", "152", pc(152, 312)], ["湖滨区", "246", "241", "118", pc(118, 241)],
        ["望海县", "132", "130", "71", pc(71, 130)], ["东岭县", "104", "102", "55", pc(55, 102)],
        ["辽滨经济开发区", "58", "57", "26", pc(26, 57)]]
nw = [86, 1264, 318, 246, 132, 104, 58]
bj = [84, 1238, 312, 241, 130, 102, 57]
gk_ = [41, 569, 152, 118, 71, 55, 26]
body.append(["全市合计", n(sum(nw)), n(sum(bj)), n(sum(gk_)), pc(sum(gk_), sum(bj))])
tab, trels, rowt = tgrid(["地区/系统", "新收申请（件）", "办结（件）", "予以公开（件）", "予以公开比例（%）"], body, "html",
                         col_sums=(1, 2, 3), rates=((4, 3, 2),),
                         note="市直部门 予以公开 569 printed 596 (digits swapped): the column and the row's 比例 break")
fy, frels = fy_table([21, 6, 2, 3], [9, 2, 1, 4], [3, 1, 0, 2], "html")
NW, BJ, GK = sum(nw), sum(bj), sum(gk_)
rep.text = f"""<html><head><meta charset="utf-8"><title>辽滨市2021年政府信息公开工作年度报告</title></head><body>
<h1>辽滨市2021年政府信息公开工作年度报告</h1>
<p>发布机构：辽滨市人民政府办公室　成文日期：2022-03-25</p>
<p>根据《中华人民共和国政府信息公开条例》规定，市政府办公室汇总全市各县（区）政府、市政府各部门年度报告编制本报告。全市共有报送单位64个，其中市政府本级1个、市直部门42个、县（区）政府4个、开发区管委会1个、乡镇（街道）16个（乡镇数据已汇入所在县区）。</p>
<h2>一、总体情况</h2>
<p>（一）主动公开。2021年全市主动公开政府信息12.86万条，比上年增加1.42万条，增长{gr(128600, 128600 - 14200)}%。其中市级5.64万条、县（区）级7.22万条，分别占{pc(5.64, 12.86)}%和{pc(7.22, 12.86)}%。市政府门户网站发布信息18,264条，市政府本级发布规范性文件23件。</p>
<p>（二）依申请公开。全市新收政府信息公开申请{n(NW)}件，比上年下降{gr(NW, 2406)}%；上年结转64件，合计{n(NW + 64)}件。全市办结{n(BJ)}件，予以公开{n(GK)}件，予以公开比例{pc(GK, BJ)}%，比上年提高2.3个百分点。其中市政府本级新收86件、办结84件。各地区、各系统情况如下表：</p>
{tab}
<h2>二、政府信息公开行政复议、行政诉讼情况（全市）</h2>
{fy}
<p>全市因政府信息公开被申请行政复议32件，结果纠正6件，纠错率{pc(6, 32)}%；被提起行政诉讼22件（直接起诉16件、复议后起诉6件），结果纠正3件。</p>
<h2>三、存在的主要问题及改进情况</h2>
<p>一是县区之间工作不平衡，望海县、东岭县专职人员均不足2人；二是依申请公开答复规范性仍需提高。2022年将组织全市政务公开培训4期、培训人员不少于600人次。</p>
<h2>四、其他需要报告的事项</h2>
<p>全市本年度共收取信息处理费0元。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(64, [1, 42, 4, 1, 16], span(t, "报送单位64个", "乡镇（街道）16个"), "F"),
    C(128600, float(gr(128600, 128600 - 14200)), span(t, "主动公开政府信息12.86万条", f"增长{gr(128600, 128600 - 14200)}%"), "A", prev=128600 - 14200),
    S(128600, [56400, 72200], span(t, "主动公开政府信息12.86万条", "县（区）级7.22万条"), "F"),
    R(56400, 128600, float(pc(5.64, 12.86)), span(t, "主动公开政府信息12.86万条", f"和{pc(7.22, 12.86)}%"), "B"),
    R(72200, 128600, float(pc(7.22, 12.86)), span(t, "主动公开政府信息12.86万条", f"和{pc(7.22, 12.86)}%"), "B"),
    C(NW, -float(gr(NW, 2406)), span(t, f"全市新收政府信息公开申请{n(NW)}件", f"下降{gr(NW, 2406)}%")),
    S(NW + 64, [NW, 64], span(t, f"全市新收政府信息公开申请{n(NW)}件", f"合计{n(NW + 64)}件"), "F"),
    E([NW, NW], span(t, f"全市新收政府信息公开申请{n(NW)}件", rowt[-1]), "H"),
    E([BJ, BJ], span(t, f"全市办结{n(BJ)}件", rowt[-1]), "H"),
    R(GK, BJ, float(pc(GK, BJ)), span(t, f"全市办结{n(BJ)}件", f"予以公开比例{pc(GK, BJ)}%"), "C"),
    E([86, 86], span(t, "市政府本级新收86件", rowt[0]), "H"),
    R(6, 32, float(pc(6, 32)), span(t, "被申请行政复议32件", f"纠错率{pc(6, 32)}%"), "C"),
    S(22, [16, 6], span(t, "被提起行政诉讼22件", "复议后起诉6件"), "F"),
)
rep.never("比上年提高2.3个百分点", "a change in 百分点 over last year's 比例, not printed")
rep.never("市政府门户网站发布信息18,264条", "a channel of the 市级 figure, not a part of the sum stated")
rep.never("培训人员不少于600人次", "a target")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 128600, '条', '2021年全市主动公开政府信息12.86万条')
rep.metric('disclosure.requests', 2208, '件', '全市新收政府信息公开申请2,208件')
rep.metric('disclosure.carried_in', 64, '件', '上年结转64件')
rep.metric('disclosure.closed', 2164, '件', '全市办结2,164件')
rep.metric('reconsideration.count', 32, '件', '全市因政府信息公开被申请行政复议32件')
rep.metric('litigation.count', 22, '件', '被提起行政诉讼22件')
