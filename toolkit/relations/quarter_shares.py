"""The year as a share's base when the part is one of the year's quarters listed by 分别.

"各季度受理量分别为180,000件、250,000件、322,000件、248,000件,其中第三季度受理量最多,占全年的32.2%":
the 全年 a quarter is a share of is the year the quarters partition -- the figure the four add up to
(the year's 受理量), not whichever earlier figure happens to be introduced by 全年 ("全年直接办结…").
Where no printed figure is that sum (the year's total far back in the report), the four quarters
(or the two halves) are the year all the same: their sum, unprinted, is the base.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .distributed import _vocab
from .model import compatible
from .share_parts import _partition_total, names_the_year
from .structure import _Doc


def year_of_its_quarters(d: _Doc, numerator: Quantity, listed: tuple[list[Quantity], list[str]] | None,
                         base_words: str) -> Quantity | None:
    """The figure the part's 分别 list adds up to, when the part is an item of it and the base words
    name the year; None otherwise (the base is then looked for by its words, as before)."""
    if listed is None or numerator not in listed[0] or not names_the_year(base_words):
        return None
    measure = re.sub(r"全年度?|本年度?|年度|总量|量", "", base_words)
    if measure and measure not in d.label(listed[0][0]):
        return None  # ("各季度办结量分别为…,占全年受理量的25.0%": the year's intake, another measure)
    total = _partition_total(d, numerator)
    if total is None and _the_whole_year(listed[1]):
        from .equalities import _sum_of  # the figure a list adds up to, unprinted (one constructor)

        first = listed[0][0]
        if any(compatible(q, first) and "全年" in d.own_words(q) for q in d.qs[d.before(d.last_before(
                "\n", first.start)) : first.index] if not q.is_percent):
            return None  # (a year's figure printed before that the quarters do not add up to: which year?)
        total = _sum_of(listed[0])
    return total


def _the_whole_year(names: list[str]) -> bool:
    """Do the list's names run over the year's four quarters in order, or its two halves?"""
    quarter, half = _vocab()["quarter"], _vocab()["half"]
    if len(names) == 4:
        return all((m := quarter.match(n)) is not None and m.group(1) in (str(i), "一二三四"[i - 1])
                   for i, n in enumerate(names, 1))
    return len(names) == 2 and [(m.group(1) if (m := half.match(n)) else "") for n in names] == ["上半年", "下半年"]
