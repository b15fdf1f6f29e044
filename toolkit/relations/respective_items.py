"""The position of a figure in a run of figures after 分别 ("罚没款分别为623.45万元、892.10万元和…",
"化解率分别为100%和95.8%"): such a figure is one item's, mapped onto the names before 分别 -- not a figure of
the whole those names make up, and a rate among them is over that item's own base."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .scopes import unit_class
from .structure import _Doc

_JOIN = re.compile(r"[、和及与]")


def respective_position(d: _Doc, q: Quantity) -> int | None:
    """``q``'s position (0, 1, …) in a run of two or more figures of its kind (percents, or one unit class)
    joined by 、/和 after 分别 in its sentence; None when it is in none."""
    first, k = q, 0
    while "分别" not in d.label(first):
        prev = d.qs[first.index - 1] if first.index > 0 else None
        if prev is None or not _alike(prev, q) or not _JOIN.fullmatch(d.label(first)):
            return None
        first, k = prev, k + 1
    n, last = 1, first
    for p in d.qs[first.index + 1 : first.index + 12]:
        if not _alike(p, q) or not _JOIN.fullmatch(d.s[last.end : p.start]):
            break
        n, last = n + 1, p
    return k if n >= 2 and k < n else None


def _alike(p: Quantity, q: Quantity) -> bool:
    """Two figures of one run: in one sentence, both percents or both of one unit class."""
    return p.sentence == q.sentence and p.is_percent == q.is_percent and (p.is_percent or unit_class(p) == unit_class(q))
