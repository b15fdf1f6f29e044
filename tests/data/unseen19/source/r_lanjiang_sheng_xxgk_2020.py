from common import B, C, E, R, Report, S, span
from h import pc, gr, f
from tables import fy_table, gk_table, grid

rep = Report("lanjiang-sheng-xxgk-2020", "md", "澜江省人民政府办公厅", 2021,
             kind="澜江省人民政府办公厅2020年政府信息公开工作年度报告 (2021)",
             shape="Markdown, national tables 二-四 in Markdown (主动公开 grid with 现行有效 stocks), prose restating the application table with carry-in, shares over 新收 and over 办结, 厅局 counts beside 件, a planted 部分公开 share")
data = {"new": [214, 31, 2, 1, 6, 3], "old": [11, 2, 0, 0, 0, 0],
        "gk": [88, 14, 1, 0, 3, 1], "bf": [27, 5, 0, 1, 1, 0], "n1": [2, 0, 0, 0, 0, 0], "n3": [1, 0, 0, 0, 0, 0],
        "n4": [6, 1, 0, 0, 0, 0], "n6": [9, 2, 0, 0, 0, 0], "n8": [4, 0, 0, 0, 0, 0],
        "w1": [51, 6, 1, 0, 1, 1], "w2": [7, 1, 0, 0, 0, 0], "w3": [3, 0, 0, 0, 0, 0],
        "c1": [8, 1, 0, 0, 0, 0], "c2": [6, 0, 0, 0, 0, 1], "c5": [2, 0, 0, 0, 0, 0],
        "o1": [4, 1, 0, 0, 1, 0], "o3": [1, 0, 0, 0, 0, 0], "fwd": [6, 2, 0, 0, 0, 0]}
# balance: new 257 + old 13 = tot + fwd
gk, trels, rows = gk_table(data, "md", cols_checked=(0, 1, 6))
fy, frels = fy_table([6, 2, 1, 1], [4, 1, 2, 1], [1, 0, 0, 1], "md")
zd_head = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
zd_rows = [["规章", 7, 3, 142], ["行政规范性文件", 38, 21, 406]]
zd, zrows = grid(zd_head, zd_rows, "md")
LEAF = [k for k in data if k not in ("new", "old", "fwd")]
new, old, fwd = sum(data["new"]), sum(data["old"]), sum(data["fwd"])
tot = sum(sum(data[k]) for k in LEAF)
assert new + old == tot + fwd, (new, old, tot, fwd)
gk_n, bf_n = sum(data["gk"]), sum(data["bf"])
rep.text = f"""
# 澜江省人民政府办公厅2020年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制，由省政府办公厅在汇总厅本级及省政府门户网站年度情况的基础上形成。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。

## 一、总体情况

2020年，省政府门户网站发布各类信息**2.46万条**，比上年增加3,120条；其中省政府文件、省政府办公厅文件共**184件**，政策解读稿件**97篇**。举办省政府新闻发布会**41场**，其中新冠肺炎疫情防控专题发布会**23场**，省政府领导出席**12场次**。

全年新收政府信息公开申请{new}件，较上年的219件增长{gr(new, 219)}%，上年结转{old}件。已办结{tot}件，结转下年度继续办理{fwd}件。办结件中，予以公开{gk_n}件，占{pc(gk_n, tot)}%；部分公开{bf_n}件，占13.5%；无法提供{60 + 8 + 3}件，不予处理{9 + 7 + 2}件。从申请主体看，自然人申请214件，占新收申请的{pc(214, new)}%，法人或其他组织申请43件。

全省43个省直部门均已开设政府信息公开专栏，全年共督办下级政府信息公开事项17项。

## 二、主动公开政府信息情况

{zd}

## 三、收到和处理政府信息公开申请情况

{gk}

## 四、政府信息公开行政复议、行政诉讼情况

{fy}

## 五、存在的主要问题及改进情况

一是部分政策解读形式单一；二是依申请公开答复文书不够规范。2021年将组织业务培训不少于2期。
"""
t = rep.text
p = span(t, "全年新收政府信息公开申请", "法人或其他组织申请43件")
rep.add(
    C(257, f(gr(new, 219)), span(t, "全年新收政府信息公开申请", "上年结转13件"), "A", prev=219),
    R(gk_n, tot, f(pc(gk_n, tot)), p, "C"),
    R(bf_n, tot, 13.5, p, "C", bad="34 / 262 = 13.0%, printed 13.5%"),
    R(214, new, f(pc(214, new)), p, "C"),
    S(new, [214, 43], p, "O"),
    E([tot, tot], span(t, f"已办结{tot}件", rows["tot"]), "H"),
    E([gk_n, gk_n], span(t, "予以公开107件", rows["gk"]), "H"),
    B(12, 41, span(t, "举办省政府新闻发布会", "12场次"), "D"),
    B(23, 41, span(t, "举办省政府新闻发布会", "23场"), "D"),
    B(184, 24600, span(t, "发布各类信息", "184件"), "D"),
)
for r in trels + frels:
    r["anchor"] = r.pop("quote")
    rep.add(r)
rep.never("比上年增加3,120条", "an increase with no previous total printed exactly (2.46万 is rounded)")
rep.never("现行有效件数", "现行有效 is a stock: 制发 − 废止 does not give it")
rep.never("全省43个省直部门均已开设", "units, not applications")
rep.never(f"已办结{tot}件", "办结 > 新收 because 13 were carried in: no bound")
rep.never("省政府领导出席**12场次**", "场次 of attendance, a part of 41 meetings but not of the 23 epidemic ones")
