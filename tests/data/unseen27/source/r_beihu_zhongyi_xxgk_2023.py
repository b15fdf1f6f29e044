from common import B, E, R, Report, S, span
from tables import gk_table
from u27 import addt

rep = Report("beihu-zhongyi-xxgk-2023", "html", "北湖市中医医院", 2024,
             kind="北湖市中医医院2023年信息公开工作年度报告 (2024, hospital)",
             shape="HTML national table with rowspans, no carry-in, 结转 1 (新收 = 总计 + 结转), a planted 商业企业 cell; 主动公开 by channel with 分别, 患者 share of 新收, 投诉 funnel 受理 ≥ 办结, 门诊 人次 with a change, beds beside 件")
data = {"new": [14, 2, 0, 0, 0, 1],
        "gk": [6, 1, 0, 0, 0, 1], "bf": [2, 0, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0],
        "w1": [3, 0, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0], "o3": [0, 1, 0, 0, 0, 0], "fwd": [1, 0, 0, 0, 0, 0]}
gk, trels, rows = gk_table(data, "html", typo={("gk", 1): 2})
rep.text = f"""<html><head><meta charset="utf-8"><title>北湖市中医医院2023年信息公开工作年度报告</title></head><body>
<h2>北湖市中医医院2023年信息公开工作年度报告</h2>
<p>一、总体情况</p>
<p>本年度我院通过医院官网、微信公众号和院内公示栏主动公开信息分别为156条、238条和64条，合计458条。其中，医疗服务价格和收费标准信息47条，药品和耗材集中采购信息31条。</p>
<p>全年受理患者投诉93件，办结91件，办结率97.8%。全年门诊服务68.42万人次，比上年增长9.6%；开放床位820张。</p>
<p>二、依申请公开情况</p>
<p>2023年共收到信息公开申请17件，无上年结转。其中患者及家属提出14件，占82.4%。年末结转1件至2024年办理。</p>
{gk}
<p>三、存在的问题及改进措施</p>
<p>院内公示栏信息更新频次不高，下一步将与科室绩效考核挂钩。</p>
</body></html>
"""
t = rep.text
rep.add(
    S(458, [156, 238, 64], span(t, "分别为156条、238条和64条", "合计458条"), "B"),
    R(91, 93, 97.8, span(t, "受理患者投诉93件", "办结率97.8%")),
    B(91, 93, span(t, "受理患者投诉93件", "办结91件")),
    R(14, 17, 82.4, span(t, "共收到信息公开申请17件", "占82.4%"), "C"),
    E([17, 17], span(t, "共收到信息公开申请17件", rows["new"]), "H"),
    E([1, 1], span(t, "年末结转1件", rows["fwd"]), "H"),
)
addt(rep, trels)
rep.never("其中，医疗服务价格和收费标准信息47条，药品和耗材集中采购信息31条", "a non-exhaustive 其中 of the 458")
rep.never("门诊服务68.42万人次，比上年增长9.6%", "a growth with no previous value printed; 人次 beside 件")
rep.never("开放床位820张", "beds beside cases")
