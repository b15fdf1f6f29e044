"""A month's (or a quarter's) figure within the year-to-date figure of the same measure: "10月,全区发生
生产安全事故3起。1-10月,全区累计发生生产安全事故27起", "1-5月…社会消费品零售总额317.46亿元。5月份
实现社会消费品零售总额71.38亿元" -- the month is one of the months summed, so it is no more than the
sum (``bound.to_date``).

Read in one paragraph: each figure's period is the last one named in its sentence before it (a range
from January, 1-N月 / 1至N月 / 前三季度 / 上半年, or one month or quarter); the part's period lies in the
range; both figures are levels (no change, rate, earlier period, aside) in one unit, and name one
measure (their last clause's words less the frame: the region, 累计, 当月, 实现…). Not a measure that
may be negative or is a stock (利润, 余额, 末, 平均, 指数…): a month's loss or balance is no part of a sum.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .vocab import gated

_RANGE = re.compile(r"(?<![\d.])1\s*[-—~至]\s*(\d{1,2})\s*月|前三季度|上半年")
# (``_RANGE`` without its look-behind, opening with a literal: a superset the engine scans for quickly)
_RANGE_ANYWHERE = re.compile(r"1\s*[-—~至]\s*\d{1,2}\s*月")
_ONE = re.compile(r"(?<![\d.\-—~至])(\d{1,2})\s*月(?:份)?(?!\s*[-—~至]|末|底|\d)|([一二三四1-4])季度")
# (gated: no alternative opens with a literal, so the engine tried every character of the sentence)
_PERIODS = gated(re.compile(_RANGE.pattern + "|" + _ONE.pattern))
_FRAME = re.compile(r"全[市区县省州镇]|我[市区县省]|累计|当月|本月|单月|份|实现|完成|共|计|发生|有|达|为|的|\d+|[一二三四]季度|前三季度|上半年|月")
_NOT_A_SUM = re.compile(r"利润|亏损|盈利|净|余额|存量|末|底|平均|均价|指数|价格|率|比重|差额|顺差|逆差|人均|同比|环比|增长|下降|增加(?!值)|减少|上年|去年|同期")
_CLAUSE = re.compile(r"[,;:。]")
_YEAR = re.compile(r"(?:19|20)\d\d年")
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _period(d: _Doc, q: Quantity) -> tuple[str, int, int] | None:
    """("range", 1, N) or ("part", first month, last month) of the last period named before ``q`` in
    its sentence (None: none named)."""
    if d.last_before("月季半", q.start) < q.sentence[0]:
        return None  # (every period named holds 月, 季 or 半: most figures' sentences name none before them)
    last = None
    for m in _PERIODS.finditer(d.s, q.sentence[0], q.start):
        last = m
    if last is None:
        return None
    text = last.group(0)
    if _RANGE.fullmatch(text):
        n = 9 if text == "前三季度" else 6 if text == "上半年" else int(last.group(1))
        return ("range", 1, n) if 1 < n <= 12 else None
    if last.group(2):
        month = int(last.group(2))
        return ("part", month, month) if 1 <= month <= 12 else None
    k = _QUARTER[last.group(3)]
    return ("part", 3 * k - 2, 3 * k)


def _measure(d: _Doc, q: Quantity) -> str:
    clause = _CLAUSE.split(d.s[q.sentence[0] : q.start])[-1]
    return _FRAME.sub("", re.sub(r"[^\u4e00-\u9fff\d]", "", clause))


def _level(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or q.in_table or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q)
                or d.in_parentheses(q) or q.qualifier)


def to_date_bounds(d: _Doc) -> list[Relation]:
    if "上半年" not in d.s and "前三季度" not in d.s and not _RANGE_ANYWHERE.search(d.s):
        return []  # (every bound needs a running total, named by a range from January: none in the text)
    read = [(q, p) for q in d.qs if (p := _period(d, q)) is not None]
    # the running totals by the paragraph they stand in: a month looks at its own paragraph's only (a
    # scan of every range for every month grew with the square of a long report's months)
    ranges: dict[int, list[tuple[Quantity, tuple]]] = {}
    for w, wp in read:
        if wp[0] == "range":
            ranges.setdefault(d.s.rfind("\n", 0, w.start) + 1, []).append((w, wp))
    out: list[Relation] = []
    for q, p in read:
        if p[0] != "part" or not _level(d, q):
            continue
        m = _measure(d, q)
        if len(m) < 2 or _NOT_A_SUM.search(d.s[q.sentence[0] : q.end]):
            continue
        para = (d.s.rfind("\n", 0, q.start) + 1, (d.s.find("\n", q.end) + 1 or len(d.s) + 1) - 1)
        wholes = [w for w, wp in ranges.get(para[0], []) if wp[2] >= p[2] and para[0] <= w.start < para[1]
                  and w.unit == q.unit and compatible(q, w) and _level(d, w) and _measure(d, w) == m
                  and not _NOT_A_SUM.search(d.s[w.sentence[0] : w.end])]
        year = _YEAR.findall(d.s, q.sentence[0], q.start)
        wholes = [w for w in wholes if not (year and (wy := _YEAR.findall(d.s, w.sentence[0], w.start))
                                            and wy[-1] != year[-1])]  # ("2023年1-10月" is no whole of 2024年10月)
        if len(wholes) == 1:
            out.append(Relation("bound", "bound.to_date", {"smaller": q, "larger": wholes[0]}))
    return out
