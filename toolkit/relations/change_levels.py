"""The levels around a change that are no level of its own: the previous levels printed right after
or right before it ("上年分别为81.4亿元、38.0亿元", "上年同期分别为120件、96件") and a count of the
figures listed before 均/分别 ("三项指标同比均下降20%")."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .roles import is_previous
from .structure import _Doc

# "…分别增长6.2%、8.5%,上年分别为81.4亿元、38.0亿元": the previous levels right after the change.
_PREVIOUS_AFTER = re.compile(r"[,;]?(?:上年|去年|上一年度?|上年同期|去年同期)(?:分别)?(?:为|是)")


def _previous_after(d: _Doc, chain: list[Quantity]) -> list[Quantity]:
    """The previous levels stated right after a chain of change percents, in its sentence: one,
    or a list (分别为a、b) -- each the previous level of the figure in its position."""
    last = chain[-1]
    k = last.index + 1
    if k >= len(d.qs) or d.qs[k].sentence != last.sentence or not is_previous(d, d.qs[k]) \
            or not _PREVIOUS_AFTER.fullmatch(d.s, last.end, d.qs[k].start):
        return []
    run = [d.qs[k]]
    for q in d.from_index(k + 1):
        if q.is_percent or q.sentence != last.sentence or d.s[run[-1].end : q.start] not in ("、", "和", "及"):
            break
        run.append(q)
    return run


_LIST_COUNT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:同比|环比|比上年|较上年)?(?:均|分别|都|全部)")


def _counts_the_list(d: _Doc, q: Quantity, pct: Quantity) -> bool:
    """"…死亡32人、受伤40人,三项指标同比均下降20%": a small count right before 均/分别 counting the
    figures listed before it is no level of its own."""
    if q.unit not in ("项", "类", "个", "种") or q.value != int(q.value) or not 2 <= q.value <= 10:
        return False
    if not _LIST_COUNT.match(d.s, q.end, pct.start):
        return False
    listed = [p for p in d.in_range(q.sentence[0], q.start) if not p.is_percent]
    return len(listed) >= q.value


def _previous_run(d: _Doc, before: list[Quantity]) -> list[Quantity]:
    """The last previous level before a change, with the ones listed right before it ("上年同期
    分别为120件、96件")."""
    run: list[Quantity] = []
    for q in reversed(before):
        if is_previous(d, q) and (not run or q.index == run[0].index - 1):
            run.insert(0, q)
        elif run:
            break
    return run
