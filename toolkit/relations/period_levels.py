"""The level of the period just before, printed beside the current one in its sentence.

"11月受理112,357件,12月受理118,000件,环比增长5.0%", "上半年受理628,117件,下半年受理658,335件,较上半年
增长4.8%", "上月受理…,本月受理…,环比…": two figures of one measure, each opening its clause with a
period of the year (a month, a quarter, a half, 上月/本月), the second period the one right after the
first, and the second figure's clause going on with a change against the period before (环比, 较上月,
较上半年, 比11月). The first figure is the level the change is measured against. The year's own
levels (2023年…,2024年…,同比) are read in roles.py; this is the same statement one step finer.

Only two such figures in the sentence: a run of three months ("10月…,11月…,12月…") is the parts of a
quarter, whatever change follows the last.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .structure import _Doc

_CN = {"一": 1, "二": 2, "三": 3, "四": 4}
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")

# a clause's opening period: (kind, its place in the year)
_OPENING = re.compile(r"(?:^|[,;。:\n])(?:\d{4}年)?(?:(?P<month>1[0-2]|[1-9])月份?(?![\d至~-])"
                      r"|第?(?P<quarter>[一二三四1-4])季度|(?P<half>[上下])半年|(?P<rel>上|本)(?P<relkind>月|季度))"
                      r"(?![\d日号])[^,;。\d]{0,14}$")
# the change after the later figure, right after it, against the period before: 环比, or 较/比 with the relative name
# of the period before ("较上月", "比上半年") or its own name (filled in for the period: "较11月", "比三季度")
_AGAINST_BEFORE = r"[,]?(?:环比|(?:较|比)(?:上月|上季度|上半年|{name}))"
_NAMES = {"month": "{n}月份?", "quarter": "第?(?:{cn}|{n})季度", "half": "上半年", "rel-月": "上月", "rel-季度": "上季度"}
_CN_OF = {v: k for k, v in _CN.items()}
# a level that is no one period's: a running total, an average
_NOT_A_LEVEL = re.compile(r"累计|以来|平均|均")


def _period(d: _Doc, q: Quantity) -> tuple[str, int, str] | None:
    """The period opening ``q``'s clause and the words after it to the figure: ("month", 11, "受理"),
    ("quarter", 3, …), ("half", 1, …), ("rel-月", 0, …)."""
    m = _OPENING.search(d.s, max(q.sentence[0] - 1, q.start - 24, 0), q.start)
    if m is None:
        return None
    name = next(g for g in ("month", "quarter", "half", "relkind") if m.group(g))
    words = _NOT_CJK.sub("", d.s[m.end(name) : q.start]).removeprefix("份")
    if name == "month":
        return "month", int(m.group("month")), words
    if name == "quarter":
        x = m.group("quarter")
        return "quarter", _CN.get(x) or int(x), words
    if name == "half":
        return "half", 1 if m.group("half") == "上" else 2, words.removeprefix("半年")
    return "rel-" + m.group("relkind"), 0 if m.group("rel") == "上" else 1, words


def earlier_period_level(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` the level of the period right before that of a later figure of its sentence, of the same
    measure (the words after both periods alike), whose clause goes on with a change against the period
    before?"""
    if q.is_percent or not ("月" in d.label(q) or "季度" in d.label(q) or "半年" in d.label(q)):
        return False  # (a cheap test: the label names no period)
    mine = _period(d, q)
    if mine is None:
        return False
    others = [c for c in d.in_range(q.sentence[0], q.sentence[1]) if c is not q and not c.is_percent and c.unit == q.unit]
    periods = [(c, p) for c in others if (p := _period(d, c)) is not None and p[0] == mine[0]]
    if len(periods) != 1 or periods[0][0].start < q.start:
        return False  # none, or a run of periods (the parts of a longer one)
    c, theirs = periods[0]
    if theirs[1] != mine[1] + 1 or theirs[2] != mine[2] or _NOT_A_LEVEL.search(mine[2]):
        # (not the period right before, or another measure -- "11月受理…,12月办结…", "受理群众诉求…,受理企业
        # 诉求" -- or no level of a period: "11月累计受理…")
        return False
    name = _NAMES[mine[0]].format(n=mine[1], cn=_CN_OF.get(mine[1], ""))
    return re.match(_AGAINST_BEFORE.format(name=name), d.s[c.end : c.end + 12]) is not None
