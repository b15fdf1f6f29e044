"""Rates beside a list whose items 分别 spreads over: an overall rate after the items' own rates, a
single rate after a distributed list -- of the items' sums (not printed), not of one item's figures.
Read by ``named_rates.one_items_rate``."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .structure import _Doc

_OVERALL = re.compile(r"(?:^|[,;:])(?:总体|综合|整体|全口径|总)[\u4e00-\u9fff]{1,8}$")


def overall_of_a_list(d: _Doc, pct: Quantity, lab: str) -> bool:
    """"…办结率分别为99.5%、99.8%,总体办结率99.6%": an overall rate after the items' own rates is of
    their sums (not printed), not of one item's figures."""
    return bool(_OVERALL.search(lab)) and "分别" in d.s[pct.sentence[0] : pct.start]


def one_of_a_distributed_list(d: _Doc, q: Quantity) -> bool:
    """"两轮分别整改686个、609个": a figure of a list that 分别 spreads over several items is one
    item's, so a single rate after the list ("整改率97.7%") is not of it alone."""
    def joined(a: Quantity, b: Quantity) -> bool:  # b right after a in one list of one unit
        return a.unit == b.unit and not b.is_percent and d.s[a.end : b.start] in ("、", "和", "及")

    first, last = q.index, q.index
    while first > 0 and joined(d.qs[first - 1], d.qs[first]):
        first -= 1
    while last + 1 < len(d.qs) and joined(d.qs[last], d.qs[last + 1]):
        last += 1
    return last > first and "分别" in re.split(r"[,;:。]", d.label(d.qs[first]))[-1]


# how the work a rate counts was done ("按期办结率", "及时受理率"): a count of its own, printed named so
_HOW = re.compile(r"按期|按时|如期|及时|限时|当场|当日|即时|提前")


def counts_unprinted(d: _Doc, pct: Quantity) -> bool:
    """"受理投诉860件,办结851件;…,按期办结率分别为98%、97.5%": rates naming how the work was done are of
    counts (closed on time) that no figure of their sentence before them is named by: not of the figures printed."""
    how = _HOW.search(re.split(r"[,;。]", d.label(pct))[-1])
    return how is not None and how.group() not in d.s[pct.sentence[0] : pct.start][: -len(d.label(pct)) or None]
