from common import B, C, E, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import fy_table, gk_table

rep = Report("qiaotou-weijian-xxgk-2024", "txt", "桥头区卫生健康委员会", 2025, wrap=34, page_every=16,
             page_style="第{n}页 共3页",
             kind="桥头区卫生健康委员会2024年政府信息公开工作年度报告 (2025)",
             shape="PDF copy wrapped at 34 with 第n页 共3页 footers; space-aligned national table with carry-in and carry-out, 复议/诉讼 row, prose restating it with the previous year's figure in brackets, 医疗机构 and 床位 beside 件, 双随机 抽查 家 with 合格率, a planted prose share and a planted 合格 bound")
data = {"new": [58, 4, 0, 0, 1, 1], "old": [3, 0, 0, 0, 0, 0],
        "gk": [19, 2, 0, 0, 1, 0], "bf": [6, 0, 0, 0, 0, 0], "n4": [4, 0, 0, 0, 0, 0], "n6": [2, 0, 0, 0, 0, 0],
        "w1": [15, 1, 0, 0, 0, 1], "w2": [3, 0, 0, 0, 0, 0], "c1": [5, 1, 0, 0, 0, 0], "c2": [2, 0, 0, 0, 0, 0],
        "o1": [1, 0, 0, 0, 0, 0], "fwd": [4, 0, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "txt", cols_checked=(0, 6))
fy, frels = fy_table([3, 0, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0], "txt")
new, old, tot, fwd = s["new"], s["old"], s["tot"], s["fwd"]
rep.text = f"""
桥头区卫生健康委员会2024年政府信息公开工作年度报告

一、总体情况

2024年，我委主动公开政府信息1,128条，其中医疗机构执业登记、校验等行政许可信息412条，卫生健康行政处罚信息87条。辖区共有医疗卫生机构286家，其中医院19家、社区卫生服务中心12家，实有床位4,937张。全年开展"双随机、一公开"监督抽查医疗机构214家，合格207家，合格率96.7%；对不合格的12家依法处理。

全年新收政府信息公开申请{new}件（2023年：71件），同比下降{gr(new, 71).lstrip('-')}%；上年结转{old}件。全年办结{tot}件，其中予以公开{s['gk']}件，部分公开{s['bf']}件，予以公开和部分公开合计{s['gk'] + s['bf']}件，占办结数的42.9%；结转下年度{fwd}件。申请内容主要涉及医疗纠纷、医保报销和职业病诊断。

因政府信息公开被申请行政复议3件，被提起行政诉讼2件，未发生被纠错情况。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

四、存在的主要问题及改进情况

医疗纠纷类申请与信访、投诉交织。2025年将完善分类处置流程。
"""
t = rep.text
p1 = span(t, "全年新收政府信息公开申请", f"结转下年度{fwd}件")
rep.add(
    B(412, 1128, span(t, "主动公开政府信息1,128条", "412条"), "D"),
    B(87, 1128, span(t, "主动公开政府信息1,128条", "87条"), "D"),
    B(19, 286, span(t, "医疗卫生机构286家", "医院19家"), "D"),
    R(207, 214, 96.7, span(t, "监督抽查医疗机构214家", "96.7%"), "O"),
    S(214, [207, 12], span(t, "监督抽查医疗机构214家", "不合格的12家"), "E",
      bad="207 合格 + 12 不合格 = 219, but 214 were checked (不合格 7 typed 12)"),
    C(new, f(gr(new, 71)), span(t, "全年新收政府信息公开申请", "%"), "A", prev=71),
    S(s["gk"] + s["bf"], [s["gk"], s["bf"]], p1, "O"),
    R(s["gk"] + s["bf"], tot, 42.9, p1, "C", bad=f"{s['gk'] + s['bf']} / {tot} = {pc(s['gk'] + s['bf'], tot)}%, printed 42.9%"),
    E([tot, tot], span(t, f"全年办结{tot}件", rows["tot"]), "H"),
)
addt(rep, trels, frels)
rep.never(f"全年办结{tot}件", "办结 with carry-in: 新收 + 结转 = 办结 + 结转下年度, no single total printed")
rep.never("实有床位4,937张", "beds beside institutions")
rep.never("被提起行政诉讼2件", "2 = the table's 直接起诉 group total; 复议3 and 诉讼2 are different cases")
