from common import B, C, E, R, Report, S, span
from h import addt, f, gk_sums, gr, pc
from tables import fy_table, gk_table

rep = Report("lingxi-jiaotong-xxgk-2021", "txt", "岭西县交通运输局", 2022, wrap=36, page_every=16,
             page_style="第{n}页", half=True,
             kind="岭西县交通运输局2021年政府信息公开工作年度报告 (2022)",
             shape="PDF copy wrapped at 36 with 第n页 footers, half-width punctuation; space-aligned national table and 复议/诉讼 row, prose with 公路 公里 beside 件, 均 over two figures, a per-公里 figure, a planted share over 办结")
data = {"new": [28, 6, 0, 0, 0, 1],
        "gk": [11, 3, 0, 0, 0, 0], "bf": [3, 1, 0, 0, 0, 0], "n4": [1, 0, 0, 0, 0, 0],
        "w1": [8, 1, 0, 0, 0, 1], "w2": [1, 0, 0, 0, 0, 0], "c1": [2, 1, 0, 0, 0, 0], "c2": [1, 0, 0, 0, 0, 0],
        "fwd": [1, 0, 0, 0, 0, 0]}
s = gk_sums(data)
gk, trels, rows = gk_table(data, "txt")
fy, frels = fy_table([2, 0, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0], "txt")
new, tot, fwd = s["new"], s["tot"], s["fwd"]
rep.text = f"""
岭西县交通运输局2021年政府信息公开工作年度报告

一、总体情况

(一)主动公开情况。全年在县政府门户网站交通运输专栏发布信息437条,较上年增加58条,增长{gr(437, 379)}%。公开农村公路建设项目23个,新改建农村公路186.4公里,完成投资2.61亿元,每公里平均造价140.0万元;全县公路总里程2,948公里,其中农村公路2,512公里,占85.2%。

(二)依申请公开情况。全年收到政府信息公开申请{new}件,办结{tot}件,结转下年度{fwd}件。办结件中,予以公开和部分公开的分别为{s['gk']}件和{s['bf']}件;本机关不掌握相关政府信息的{s['w1']}件,占办结总数的34.5%。全部申请均在法定期限内答复,答复平均用时均为9个工作日以内。

(三)行政复议和诉讼情况。因政府信息公开被申请行政复议2件,均被维持;被提起行政诉讼1件,尚未审结。

二、收到和处理政府信息公开申请情况

{gk}

三、政府信息公开行政复议、行政诉讼情况

{fy}

四、存在的主要问题及改进情况

专栏栏目设置与上级要求存在差距。2022年将完成专栏改版。
"""
t = rep.text
p1 = span(t, "全年收到政府信息公开申请", "34.5%")
rep.add(
    C(437, f(gr(437, 379)), span(t, "发布信息437条", "%"), "A", prev=379),
    R(2512, 2948, 85.2, span(t, "全县公路总里程2,948公里", "85.2%"), "O"),
    B(2512, 2948, span(t, "全县公路总里程2,948公里", "2,512公里"), "D"),
    S(new, [tot, fwd], p1, "E"),
    R(s["w1"], tot, 34.5, p1, "C", bad=f"{s['w1']} / {tot} = {pc(s['w1'], tot)}%, printed 34.5%"),
    E([tot, tot], span(t, f"办结{tot}件", rows["tot"]), "H"),
)
addt(rep, trels, frels)
rep.never("完成投资2.61亿元,每公里平均造价140.0万元", "2.61亿 / 186.4公里 = 140.02万: a per-unit average over 亿元 and 万元 that rounds; the text states it with 平均, hold within rounding")
rep.never("公开农村公路建设项目23个", "projects beside 公里 and 条")
rep.never("答复平均用时均为9个工作日以内", "a bound on days, not a count")
