"""Small helpers of unseen30 (written for this set): percents, plain grids with their T relations, and the
2016-2018 政府信息公开情况统计表 (统计指标 / 单位 / 统计数) of the older template."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from common import E, R, S
from tables import grid
from grids import addt, mark, NOTE, tgrid, val  # noqa: F401  (the set's reports import them from here)


def pct(a, b, nd=1, per=100) -> str:
    """a / b × per, rounded half up to nd places, as printed."""
    x = Decimal(repr(per * float(a) / float(b))).quantize(Decimal(1).scaleb(-nd), rounding=ROUND_HALF_UP)
    return str(x)


def chg(cur, prev, nd=1) -> str:
    """The change of cur against prev in percent (signed), rounded half up."""
    x = Decimal(repr(100 * (float(cur) - float(prev)) / float(prev))).quantize(Decimal(1).scaleb(-nd),
                                                                                rounding=ROUND_HALF_UP)
    return str(x)


# the older 统计表 (key, label, unit, parent); a parent's value is the sum of its children where printed
OLD = [
    ("h1", "一、主动公开情况", "", None),
    ("zd", "（一）主动公开政府信息数", "条", None),
    ("gf", "其中：主动公开规范性文件数", "条", None),
    ("zf", "制发规范性文件总数", "件", None),
    ("h2", "二、回应解读情况", "", None),
    ("hy", "（一）回应公众关注热点或重大舆情数", "次", None),
    ("fb", "（二）参加或举办新闻发布会总次数", "次", None),
    ("ft", "（三）政府网站在线访谈次数", "次", None),
    ("jd", "（四）政策解读稿件发布数", "篇", None),
    ("h3", "三、依申请公开情况", "", None),
    ("sq", "（一）收到申请数", "件", None),
    ("sq1", "1.当面申请数", "件", "sq"),
    ("sq2", "2.传真申请数", "件", "sq"),
    ("sq3", "3.网络申请数", "件", "sq"),
    ("sq4", "4.信函申请数", "件", "sq"),
    ("bj", "（二）申请办结数", "件", None),
    ("bj1", "1.按时办结数", "件", "bj"),
    ("bj2", "2.延期办结数", "件", "bj"),
    ("df", "（三）申请答复数", "件", None),
    ("df1", "1.属于已主动公开范围数", "件", "df"),
    ("df2", "2.同意公开答复数", "件", "df"),
    ("df3", "3.同意部分公开答复数", "件", "df"),
    ("df4", "4.不同意公开答复数", "件", "df"),
    ("n1", "其中：涉及国家秘密", "件", "df4"),
    ("n2", "涉及商业秘密", "件", "df4"),
    ("n3", "涉及个人隐私", "件", "df4"),
    ("n4", "危及国家安全、公共安全、经济安全和社会稳定", "件", "df4"),
    ("n5", "不是《条例》所指政府信息", "件", "df4"),
    ("n6", "法律法规规定的其他情形", "件", "df4"),
    ("df5", "5.不属于本行政机关公开数", "件", "df"),
    ("df6", "6.申请信息不存在数", "件", "df"),
    ("df7", "7.告知作出更改补充数", "件", "df"),
    ("df8", "8.告知通过其他途径办理数", "件", "df"),
    ("fy", "四、行政复议数量", "件", None),
    ("fy1", "（一）维持具体行政行为数", "件", "fy"),
    ("fy2", "（二）被依法纠错数", "件", "fy"),
    ("fy3", "（三）其他情形数", "件", "fy"),
    ("ss", "五、行政诉讼数量", "件", None),
    ("ss1", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "ss"),
    ("ss2", "（二）被依法纠错数", "件", "ss"),
    ("ss3", "（三）其他情形数", "件", "ss"),
    ("jb", "六、举报投诉数量", "件", None),
    ("fee", "七、依申请公开信息收取的费用", "万元", None),
    ("h8", "八、机构建设和保障经费情况", "", None),
    ("jg", "（一）政府信息公开工作专门机构数", "个", None),
    ("cy", "（二）设置政府信息公开查阅点数", "个", None),
    ("ry", "（三）从事政府信息公开工作人员数", "人", None),
    ("ry1", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "ry"),
    ("ry2", "2.兼职人员数", "人", "ry"),
    ("jf", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", None),
    ("h9", "九、政府信息公开会议和培训情况", "", None),
    ("hy9", "（一）召开政府信息公开工作会议或专题会议数", "次", None),
    ("px", "（二）举办各类培训班数", "次", None),
    ("pr", "（三）接受培训人员数", "人次", None),
]


def old_table(data: dict, fmt: str, typo: dict | None = None, pid: str = "t", short: bool = False):
    """The older 统计表. data: key -> value (parents are computed from children unless given); typo: key ->
    printed. Returns text, relations (sums of children, T) and each row's printed text."""
    typo = typo or {}
    full = dict(data)
    for k, _, _, par in reversed(OLD):
        if par and k in full:
            pass
    for parent in ("df4", "sq", "bj", "df", "fy", "ss", "ry"):
        kids = [k for k, _, _, p in OLD if p == parent]
        if parent not in full:
            full[parent] = sum(full.get(k, 0) for k in kids)
    printed = {k: typo.get(k, full.get(k, 0)) for k, _, u, _ in OLD if u}
    rows = []
    for k, lab, u, _ in OLD:
        if short and lab.startswith("（四）政府信息公开专项经费"):
            lab = "（四）政府信息公开专项经费"
        v = printed.get(k, "")
        rows.append([lab, u, v if u else ""])
    text, rowt = grid(["统计指标", "单位", "统计数"], rows, fmt)
    idx = {k: i for i, (k, _, _, _) in enumerate(OLD)}
    rels, n = [], 0
    for parent in ("sq", "bj", "df", "df4", "fy", "ss", "ry"):
        kids = [k for k, _, _, p in OLD if p == parent]
        if not printed[parent] and not any(printed[k] for k in kids):
            continue
        a, b = rowt[idx[parent]], rowt[idx[kids[-1]]]
        i = text.index(a)
        region = text[i:text.index(b, i) + len(b)]
        r = S(printed[parent], [printed[k] for k in kids], region, "T")
        n += 1
        r["id"] = f"{pid}{n}"
        rels.append(mark(r, NOTE))
    return text, rels, {k: rowt[idx[k]] for k in idx}


def eq(values, q, p="H", bad=None):
    return E(values, q, p, bad)


def rt(num, den, q, p="O", nd=1, per=None):
    """A ratio whose printed percent is computed here (the text must print pct(num, den, nd))."""
    return R(num, den, float(pct(num, den, nd, per or 100)) if nd else int(pct(num, den, 0, per or 100)), q, p,
             per=per)
