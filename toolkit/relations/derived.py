"""Figures that are differences or comparisons, never parts of a list nor its total.

"比上年增加14所", "较上年分别增加5件、3件", "是上年的1.2倍", "占全省受理总量16,705件的1.74%",
"为年度计划5.90亿元的114.2%": each compares the figure before it with another; a breakdown sums
neither it nor takes it for the whole its 其中 breaks down.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .roles import is_delta, is_previous
from .structure import _Doc


def _drop_derived(d: _Doc, group: list[Quantity]) -> list[Quantity]:
    """Leave out figures that are differences or comparisons, not parts ("比上年增加14所")."""
    return [q for q in group if not d.memo("derived", q, _derived)]


def _derived(d: _Doc, q: Quantity) -> bool:
    lab = d.label(q)
    if q.unit == "倍":
        return True  # "是上年的1.2倍", "增长1.3倍": a multiple compares two levels, it is neither
    if is_delta(d, q) or is_previous(d, q):
        return True  # "较上年分别增加5件、3件": each figure of a list of differences
    # (a one-character test before each search: every match of _DIFFERENCE and _COMPARED holds 比 or 较, of
    # the share bases 占, of _MEASURED_BY "," or ";" -- most labels hold none, and each search is a call)
    compares = "比" in lab or "较" in lab
    share = "占" in lab
    if (compares and _DIFFERENCE.search(lab)) or (share and _SHARE_BASE.search(lab) and d.s.startswith("的", q.end)):
        return True  # (also "占全省受理总量16,705件的1.74%": the whole of a share, no part -- not "占道经营706件")
    if share and _BRACKETED_SHARE_BASE.search(lab) and _CLOSED_BEFORE_OF.match(d.s, q.end):
        return True  # "占同期立案数(356件)的12.4%": the base printed in brackets inside the share's words
    nxt = d.qs[q.index + 1] if 0 <= q.index < len(d.qs) - 1 and d.qs[q.index] is q else None
    if (("," in lab or ";" in lab) and _MEASURED_BY.search(lab) and d.s.startswith("的", q.end) and nxt is not None and nxt.is_percent
            and nxt.start - q.end <= 2):
        return True  # "完成投资6.74亿元,为年度计划5.90亿元的114.2%": what the figure before is measured by
    if (nxt is not None and nxt.is_percent and _PLANNED.match(d.own_words(q))
            and _RATE_OF_PLAN.search(d.label(nxt)) and not re.search(r"[。;\n]", d.s[q.end : nxt.start])):
        return True  # "…检查1,962家次,计划检查2,000家次,计划完成率98.1%": the plan the figure before is measured by
    return compares and bool(_COMPARED.search(lab))


_SHARE_BASE = re.compile(r"[,;]占[^,;。\d]{1,16}$")
# a base in brackets inside the words of 占 (after a part or a clause break): "…44件,占立案数(356件)的"
_BRACKETED_SHARE_BASE = re.compile(r"(?:^|[,;])占[^,;。\d()]{1,16}\($")
_CLOSED_BEFORE_OF = re.compile(r"\)(?:的|中的)")
# ("完成年度预算76.5亿元的76.6%": the budget the figure before is measured by, as 为…的 states it)
_MEASURED_BY = re.compile(r"[,;](?:为|是|相当于|达到|达|完成)[^,;。\d]{1,16}$")
_DIFFERENCE = re.compile(r"(比|较|同比|环比)[^,;。]{0,8}(增加|减少|上升|下降|多|少)[^,;。]{0,3}$")
# a figure named as planned or targeted ("计划检查", "目标任务"), and the completion rate after it
_PLANNED = re.compile(r"^(?:年度|全年|原)?(?:计划|目标|任务|预期|预计)")
_RATE_OF_PLAN = re.compile(r"完成率|完成进度|完成[^,;。\d]{0,8}的$")
_COMPARED = re.compile(r"(较|比)[^,;。]{0,8}(同期|上年|去年)的?$")
