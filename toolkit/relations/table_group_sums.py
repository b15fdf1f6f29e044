"""The rows of a table's group add up to its total row (``sum.table_group``); read by ``tables``."""

from __future__ import annotations

from ..quantities import Quantity
from ..tables import Row
from .model import Relation
from .structure import _Doc
from .table_bases import printed_rounded
from .table_changes import _cell
from .table_nesting import item_readings, subtotals


def _items(group: list[Row], nested_last: bool, flat: list[list[Row]], total: Row | None = None) -> tuple[list[Row], list[list[Row]]]:
    """A group's rows and the other readings of its items (table_nesting.item_readings)."""
    if not nested_last:
        return group, flat or item_readings(group, total)[1:]
    readings = item_readings(group)
    return readings[0], readings[1:]


def _group_sum(d: _Doc, total: Quantity, rows: list[Row], m: int = 1,
               others: list[list[Row]] | None = None) -> list[Relation]:
    """The rows of a group add up to the total row; ``others``: the rows of other readings. A subtotal
    row among them ("民生支出合计" under the items of 一般公共预算支出) sums the rows above it instead: the
    items need not exhaust the total (a table of "主要" items)."""
    split = subtotals(rows)
    if split is not None:
        return [rel for sub, items in split if (sq := _cell(sub, m)) is not None and not sq.is_percent
                for rel in _group_sum(d, sq, items, m)]
    def column(rows: list[Row]) -> list[Quantity] | None:
        parts = [q for r in rows if (q := _cell(r, m)) is not None]
        if len(parts) < 2 or any(q.is_percent != total.is_percent for q in parts):
            return None  # a percent among counts: the column is not one kind of figure
        # (the total read as the interval it was rounded from: so are its parts)
        return [printed_rounded(q) for q in parts] if total.low != total.high else parts

    parts = column(rows)
    if parts is None:
        return []
    readings = [{"total": total, "parts": p} for o in others or [] if o != rows and (p := column(o))]
    return [Relation("sum", "sum.table_group", {"total": total, "parts": parts}, readings=readings)]
