from common import C, E, R, Report, S, span
from tables import gk_table, grid
from u21 import take

rep = Report("huayuan-jiedao-xxgk-2023", "html", "越秀湾区花园街道办事处", 2024,
             kind="花园街道办事处2023年政府信息公开工作年度报告 (2024, 广东 street)",
             shape="HTML, 主动公开 grid whose 现行有效 is a stock, national table with a planted 自然人 cell, prose with the previous year in brackets, 答复 with a share printed over the wrong base (planted), 按时答复率 with no base")
data = {"new": [14, 2, 0, 0, 0, 1], "gk": [5, 1, 0, 0, 0, 0], "bf": [2, 0, 0, 0, 0, 0], "n6": [1, 0, 0, 0, 0, 0],
        "w1": [3, 1, 0, 0, 0, 1], "w2": [1, 0, 0, 0, 0, 0], "c1": [1, 0, 0, 0, 0, 0], "fwd": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "html", typo={("w1", 0): 4})
g1, g1rows = grid(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                  [["规章", 0, 0, 0], ["行政规范性文件", 2, 1, 9]], "html")
g2, g2rows = grid(["信息内容", "本年处理决定数量"], [["行政许可", 0], ["行政处罚", 36], ["行政强制", 4]], "html")
rep.text = f"""
<html><head><meta charset="utf-8"><title>花园街道办事处2023年政府信息公开工作年度报告</title></head><body>
<h2>花园街道办事处2023年政府信息公开工作年度报告</h2>
<p>本年度报告根据《中华人民共和国政府信息公开条例》和上级有关要求编制。报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>
<h3>一、总体情况</h3>
<p>2023年，街道在区政府门户网站"镇街信息"栏目发布各类信息1,127条，较上年（986条）增长14.3%；在街道微信公众号推送信息654条，全街道14个社区居务公开栏更新公示内容总计2,310宗。</p>
<p>全年共受理政府信息公开申请17件，同比增长41.7%（2022年12件），其中自然人申请14件，法人或其他组织申请3件。已答复16件，1件尚在法定答复期限内，结转至2024年办理。答复中，同意公开6件，占37.5%；因信息不存在或需另行制作而无法提供的6件，占答复总数的35.3%。所有申请均在法定期限内答复，按时答复率100%。</p>
<h3>二、主动公开政府信息情况</h3>
{g1}
{g2}
<h3>三、收到和处理政府信息公开申请情况</h3>
{gk}
<h3>四、政府信息公开行政复议、行政诉讼情况</h3>
<p>本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。</p>
<h3>五、存在的主要问题及改进情况</h3>
<p>社区公开栏内容以通知为主，解读类内容偏少。下一步将每季度对14个社区开展一次公开栏检查。</p>
<h3>六、其他需要报告的事项</h3>
<p>本年度未收取信息处理费。</p>
</body></html>
"""
t = rep.text
p = span(t, "全年共受理政府信息公开申请17件", "占答复总数的35.3%")
rep.add(
    C(1127, 14.3, span(t, "发布各类信息1,127条", "增长14.3%"), "A", prev=986),
    C(17, 41.7, span(t, "全年共受理政府信息公开申请17件", "2022年12件"), "A", prev=12),
    S(17, [14, 3], p, "O"),
    S(17, [16, 1], p, "H"),
    R(6, 16, 37.5, p, "C"),
    R(6, 16, 35.3, p, "C", bad="6 / 16 (答复总数) = 37.5%, printed 35.3% (divided by 受理 17)"),
    E([17, 17], span(t, "全年共受理政府信息公开申请17件", rows["new"]), "H"),
    E([1, 1], span(t, "1件尚在法定答复期限内", rows["fwd"]), "H"),
)
take(rep, trels)
rep.never(g1rows[1], "现行有效 9 is a stock, not 制发 2 − 废止 1")
rep.never("所有申请均在法定期限内答复，按时答复率100%", "rate over a base not printed as one figure")
rep.never("在街道微信公众号推送信息654条，全街道14个社区居务公开栏更新公示内容总计2,310宗", "channels overlap; 宗 are postings on notice boards, not part of 1,127")
rep.never("行政处罚</td><td>36", "处理决定 counts, no relation to applications")
