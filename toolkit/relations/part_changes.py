"""A change printed after a 其中 list: of the list's last item, or of the whole the list breaks down.

"收到申请214件,其中当面申请23件、邮寄申请41件、网络申请150件,申请量较2021年的176件增长21.6%": the
change follows the last item, but its words may be the whole's (申请量) as well as the item's -- and
nothing in the sentence's grammar decides. With the previous level printed, either can fail alone; the
whole is a reading of the change (``checks`` fails it only when both readings fail).
"""

from __future__ import annotations

from decimal import Decimal

from ..quantities import Quantity
from .breakdown_totals import breakdown_totals
from .model import compatible
from .structure import _Doc


def whole_readings(d: _Doc, cur: Quantity, pct: Quantity, prev: Quantity | Decimal | None,
                   delta: Quantity | None = None) -> list[dict]:
    """[{"current": whole, "percent": pct}] when ``cur`` is the last item of a 其中 list in its sentence
    whose whole stands before the list there, the change right after it and a previous level or the
    difference (``delta``: the caller gives the whole its own previous level) printed."""
    if not (isinstance(prev, Quantity) or delta is not None) or cur.index >= pct.index:
        return []
    after = d.qs[cur.index + 1 : pct.index]
    if any(not q.is_percent and compatible(q, cur) and q is not prev and q is not delta for q in after):
        return []  # (another figure of the unit between: the list goes on, or another statement)
    totals = breakdown_totals(d, cur)
    if not totals:
        return []
    whole = totals[0]
    if whole.sentence != cur.sentence or not compatible(whole, cur) or whole.value <= cur.value:
        return []
    return [{"current": whole, "percent": pct}]
