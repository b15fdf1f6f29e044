"""Item lines of a list: how many figures of one measure a line counts in clauses of its own."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .structure import _Doc

_OWN_PARTS = re.compile(r"其中|含|包括")


def clauses_counted(d: _Doc, start: int, end: int) -> int:
    """The line's figures of its first figure's measure, each in a clause after the other's (","), but
    the item's own parts ("裁决结案1,987件,其中一裁终局892件": a nested breakdown)."""
    qs = [q for q in d.in_range(start, end) if not q.is_percent]
    return 1 + sum("," in (gap := d.s[a.end : b.start]) and not _OWN_PARTS.match(gap.rsplit(",", 1)[1])
                   and a.unit == b.unit == qs[0].unit for a, b in pairwise(qs))
