from common import B, E, R, Report, S, span
from h import addt, f, gk_sums, pc
from tables import fy_table, gk_table, grid

rep = Report("hexi-shuiwu-xxgk-2022", "html", "国家税务总局河西市税务局", 2023,
             kind="国家税务总局河西市税务局2022年政府信息公开工作年度报告 (2023)",
             shape="HTML, 主动公开 grid of 行政处罚 and 行政强制 with 万元, national application table (法人 column checked), 复议/诉讼 row, prose with 退税 亿元 and 户 beside 件, a share of 商业企业 over 新收, 减税 figures of 2021 and 2022 in one sentence")
data = {"new": [47, 33, 0, 0, 4, 2],
        "gk": [15, 11, 0, 0, 2, 1], "bf": [5, 4, 0, 0, 0, 0], "n1": [1, 0, 0, 0, 0, 0], "n4": [6, 5, 0, 0, 0, 0],
        "n7": [2, 1, 0, 0, 0, 0], "w1": [9, 6, 0, 0, 1, 1], "w2": [3, 2, 0, 0, 0, 0],
        "c1": [3, 1, 0, 0, 0, 0], "c2": [1, 1, 0, 0, 1, 0], "o1": [1, 0, 0, 0, 0, 0], "fwd": [1, 2, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "html", cols_checked=(0, 1, 6))
fy, frels = fy_table([3, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0], "html")
zd, zr = grid(["信息内容", "本年处理决定数量", "罚没金额（万元）"],
              [["行政处罚", 1418, "367.2"], ["行政强制", 36, "—"]], "html")
new, tot, fwd = s["new"], s["tot"], s["fwd"]
rep.text = f"""
<h2>国家税务总局河西市税务局2022年政府信息公开工作年度报告</h2>
<p>一、总体情况</p>
<p>2022年，全市税务系统累计办理增值税留抵退税38.64亿元，惠及纳税人1,927户；2021年、2022年新增减税降费分别为12.3亿元、21.7亿元。我局主动公开税收政策文件、纳税信用A级纳税人名单、重大税收违法失信案件等信息1,305条，其中重大税收违法失信案件信息64条。</p>
<p>全年新收政府信息公开申请{new}件，其中商业企业{data['new'][1]}件，占{pc(data['new'][1], new)}%，较上年提高6.1个百分点。办结{tot}件，结转下年度{fwd}件。在办结件中，予以公开{s['gk']}件，部分公开{s['bf']}件，不予公开{s['n']}件（含涉及商业秘密等第三方合法权益的{s['n4']}件），无法提供{s['w']}件，不予处理{s['c']}件，其他处理{s['o']}件。</p>
<p>因政府信息公开申请引发行政复议4件，行政诉讼1件。</p>
<p>二、主动公开政府信息情况</p>
{zd}
<p>三、收到和处理政府信息公开申请情况</p>
{gk}
<p>四、政府信息公开行政复议、行政诉讼情况</p>
{fy}
<p>五、存在的主要问题及改进情况</p>
<p>涉税信息公开与纳税人信息保密的边界需进一步明确。</p>
"""
t = rep.text
p1 = span(t, "全年新收政府信息公开申请", f"其他处理{s['o']}件")
rep.add(
    B(64, 1305, span(t, "等信息1,305条", "64条"), "D"),
    R(data["new"][1], new, f(pc(data["new"][1], new)), p1, "O"),
    S(new, [tot, fwd], p1, "E"),
    S(tot, [s["gk"], s["bf"], s["n"], s["w"], s["c"], s["o"]], p1, "F"),
    B(s["n4"], s["n"], p1, "D"),
    E([s["n4"], s["n4"]], span(t, f"第三方合法权益的{s['n4']}件", rows["n4"]), "H"),
)
addt(rep, trels, frels)
rep.never("2021年、2022年新增减税降费分别为12.3亿元、21.7亿元", "two years' figures, no sum or change stated")
rep.never("累计办理增值税留抵退税38.64亿元，惠及纳税人1,927户", "money beside households")
rep.never("较上年提高6.1个百分点", "last year's share is not printed")
rep.never("行政处罚", "1,418 decisions beside 367.2万元: no relation")
