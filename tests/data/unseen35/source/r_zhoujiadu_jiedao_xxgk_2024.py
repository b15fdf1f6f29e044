from common import C, E, R, Report, S, span
from tables import fy_table, gk_table
from u35 import addt, gk, gr, pc, tot6

rep = Report("zhoujiadu-jiedao-xxgk-2024", "html", "上海市浦江湾区周渡街道办事处", 2025,
             kind="上海市浦江湾区周渡街道办事处2024年政府信息公开工作年度报告 (2025, 政府信息公开, 上海 街道)",
             shape="HTML; 主动公开 by 栏目 with 分别 (B), 居委 公开 (F), 依申请 with 上年结转 2 and 结转下年度 3 (F: 新收 + 结转 = 办结 + 结转), applications mostly on 旧改 征收 (a share, C), 比上年 with the previous printed (A), the national table with rowspans (T), 复议 2 (T) restated (H), 复议 纠错率 over 审结 (C)")
lv = {"gk": [18, 1, 0, 0, 0, 0], "bf": [4, 0, 0, 0, 0, 0], "n4": [3, 0, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
      "w1": [21, 0, 0, 0, 0, 0], "w2": [3, 0, 0, 0, 0, 0], "c1": [6, 0, 0, 0, 0, 0], "c2": [4, 0, 0, 0, 0, 0],
      "c4": [2, 0, 0, 0, 0, 0], "o1": [3, 0, 0, 0, 0, 0]}
data = gk(lv, old=[2, 0, 0, 0, 0, 0], fwd=[3, 0, 0, 0, 0, 0])
tab, trels, rt = gk_table(data, "html")
fy, frels = fy_table([1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], "html")
new, tot = sum(data["new"]), tot6(lv)
rep.text = f"""<html><head><meta charset="utf-8"><title>周渡街道2024年政府信息公开工作年度报告</title></head><body>
<p>上海市浦江湾区周渡街道办事处 2025-01-21 【打印】【关闭】</p>
<h3>上海市浦江湾区周渡街道办事处2024年政府信息公开工作年度报告</h3>
<p>本报告根据《中华人民共和国政府信息公开条例》《上海市政府信息公开规定》要求，由周渡街道办事处编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中使用数据统计期限为2024年1月1日至2024年12月31日。如对本报告有任何疑问，请与周渡街道办事处党政办公室联系（地址：浦江湾区周渡路1188号；邮编：200126；电话：021-5886 3012；电子邮箱：zdjd_gk@pjw.gov.cn）。</p>
<p><strong>一、总体情况</strong></p>
<p>（一）主动公开。2024年，街道在“上海浦江湾”门户网站街道专栏主动公开政府信息297条，分别为机构职能4条、工作动态142条、社区治理51条、民生服务63条、财政信息21条、规划建设16条。街道下辖27个居民区，各居民委员会通过居务公开栏公开信息1,654条，其中涉及“美丽家园”建设的612条、加装电梯的218条、其他824条。</p>
<p>（二）依申请公开。全年新收政府信息公开申请{new}件，比上年（71件）下降{gr(new, 71)}%；上年结转2件；本年办结{tot}件，结转下年度继续办理3件。新收申请中涉及旧区改造房屋征收补偿的44件，占{pc(44, new)}%。办结件中予以公开19件，部分公开4件，不予公开5件，无法提供24件，不予处理12件，其他处理3件。</p>
<p>（三）政府信息管理。严格执行“三审三校”制度，全年发布信息均经分管领导审核。</p>
<p>（四）平台建设。在街道社区事务受理服务中心设置政府信息公开查阅点，配备专职人员1名。</p>
<p><strong>二、主动公开政府信息情况</strong></p>
<table border="1"><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>0</td><td>0</td><td>0</td></tr></table>
<table border="1"><tr><td>信息内容</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>0</td></tr><tr><td>行政处罚</td><td>58</td></tr><tr><td>行政强制</td><td>0</td></tr></table>
<p><strong>三、收到和处理政府信息公开申请情况</strong></p>
{tab}
<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
{fy}
<p>全年因政府信息公开被申请行政复议2件，均已审结，其中维持1件、纠正1件，纠错率{pc(1, 2)}%。未发生行政诉讼。</p>
<p><strong>五、存在的主要问题及改进情况</strong></p>
<p>一是重复申请、大量申请占比仍较高；二是部分居民区公开栏内容更新不够及时。2025年，街道将对27个居民区开展居务公开季度抽查。</p>
<p><strong>六、其他需要报告的事项</strong></p>
<p>本年度未收取信息处理费。本年度街道共办理区人大代表书面意见4件、区政协提案3件。</p>
</body></html>"""
t = rep.text
addt(rep, trels)
addt(rep, frels)
rep.add(
    S(297, [4, 142, 51, 63, 21, 16], span(t, "主动公开政府信息297条", "规划建设16条"), "B"),
    S(1654, [612, 218, 824], span(t, "公开信息1,654条", "其他824条"), "F"),
    C(new, -float(gr(new, 71)), span(t, f"新收政府信息公开申请{new}件", f"下降{gr(new, 71)}%"), "A", prev=71),
    R(44, new, float(pc(44, new)), span(t, f"新收政府信息公开申请{new}件", f"占{pc(44, new)}%"), "C"),
    S(tot, [19, 4, 5, 24, 12, 3], span(t, f"本年办结{tot}件", "其他处理3件"), "F"),
    E([new, new], span(t, f"新收政府信息公开申请{new}件", rt["new"]), "H"),
    E([tot, tot], span(t, f"本年办结{tot}件", rt["tot"]), "H"),
    S(2, [1, 1], span(t, "被申请行政复议2件", "纠正1件"), "F"),
    R(1, 2, float(pc(1, 2)), span(t, "被申请行政复议2件", f"纠错率{pc(1, 2)}%"), "C"),
)
rep.never("下辖27个居民区", "places")
rep.never("电话：021-5886 3012", "a phone number")
rep.never("区人大代表书面意见4件、区政协提案3件", "not applications")
# headline figures (metric-keys.yaml keys), added by met27
rep.metric('disclosure.proactive', 297, '条', '主动公开政府信息297条')
rep.metric('disclosure.requests', 68, '件', '全年新收政府信息公开申请68件')
rep.metric('disclosure.carried_in', 2, '件', '上年结转2件')
rep.metric('disclosure.closed', 67, '件', '本年办结67件')
rep.metric('disclosure.carried_forward', 3, '件', '结转下年度继续办理3件')
rep.metric('reconsideration.count', 2, '件', '全年因政府信息公开被申请行政复议2件')
