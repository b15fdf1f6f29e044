"""The percents no ratio found so far reads: what the families reading a rate only where no other
did (a base in a bracket, a set counted at the head, a level over an earlier year, 100% of itself)
walk over."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc


def unread_percents(d: _Doc, found: list[Relation]) -> Iterator[Quantity]:
    """The percents, in reading order, that are no ratio's percent in ``found``."""
    taken = {id(r.roles.get("percent")) for r in found if r.kind == "ratio"}
    return (q for q in d.qs if q.is_percent and id(q) not in taken)


def unread_full_rates(d: _Doc, found: list[Relation], names: re.Pattern) -> Iterator[tuple[Quantity, re.Match, set[int]]]:
    """The rates of 100% out of tables whose figure no ratio in ``found`` reads, with the match of
    ``names`` on the last clause of their label, and the figures those ratios read (asked once)."""
    read: set[int] | None = None  # (listed at the first rate of 100%: most reports have few)
    for pct in d.qs:
        if pct.unit != "%" or pct.value != 100 or pct.in_table:
            continue
        if read is None:
            read = {q.index for r in found if r.kind == "ratio" for q in r.quantities()}
        if pct.index in read:
            continue
        m = names.search(re.split(r"[,;:]", d.label(pct))[-1])
        if m is not None:
            yield pct, m, read
