"""Two rows of a table named together and summed up in the prose: "予以公开和部分公开合计22件" over
the rows "(一)予以公开|…|18" and "(二)部分公开|…|4" -- the prose figure is the sum of the two
rows' figures (``sum.joined_rows``).

The names are the two runs of words joined by 和/及/与 before 合计/共计/总计/共; each is a row's
label (its ordinal and aside left out) that the run ends with, the longest such label, one row
each (two rows with one label: nothing). The restatement of one row by such a figure is no pair
(``restated._pairs`` leaves joined totals out); this reads the pair of rows.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
# "予以公开和部分公开合计": group 1 and 2, the two names (the first may hold words before it)
_JOINED = re.compile(r"([\u4e00-\u9fff]{2,})[和及与]([\u4e00-\u9fff]{2,}?)(?:两项|两类|二者)?(?:合计|共计|总计|共)(?:为|达)?$")


def _row_named(name: str, rows: list[tuple[str, Quantity]], whole: bool) -> Quantity | None:
    """The one row whose label the name is (``whole``) or ends with, the longest label."""
    named = [(label, fig) for label, fig in rows if len(label) >= 2 and (name == label if whole else name.endswith(label))]
    if not named:
        return None
    longest = max(len(label) for label, _ in named)
    figs = [fig for label, fig in named if len(label) == longest]
    return figs[0] if len(figs) == 1 else None


def joined_rows(d: _Doc, rows: list[tuple[str, Quantity]], prose: list[Quantity]) -> list[Relation]:
    """Each prose figure naming two rows joined and summed up, as the sum of the two rows."""
    out: list[Relation] = []
    for q in prose:
        if q.is_money or q.is_percent:
            continue
        m = _JOINED.search(_NOT_CJK.sub("", d.clause(q)))
        if m is None:
            continue
        first, second = _row_named(m.group(1), rows, False), _row_named(m.group(2), rows, True)
        if first is None or second is None or first.index == second.index:
            continue
        out.append(Relation("sum", "sum.joined_rows", {"total": q, "parts": [first, second]}))
    return out
