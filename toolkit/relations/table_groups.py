"""Total rows of tables with 小计 rows among their items (tables._total_rows): a 小计 row may close
the group of rows above it, or stand for a group whose members the table does not list."""

from __future__ import annotations

from collections.abc import Callable

from ..quantities import Quantity
from ..tables import Row
from .table_changes import _cell
from .table_nesting import item_readings


def flat_if_it_adds(row: Row, j: int, raw: list[Row], subs: list[int], summed: list,
                    column: Callable[[list[Row]], list[Quantity]]) -> list:
    """"县城管局|2,974 / 各乡镇(街道)小计|11,836 / 其他单位|2,750 / 合计|29,237": a 小计 row among the
    items may sum a group whose members the table does not list -- one item more, no subtotal of the
    rows above it. When every row above, the 小计 rows as items, adds up to the total exactly, that is
    the table's reading; when the subtotals (and the rows after the last) do, theirs; when neither
    does, the total is checked with both readings, and a group only where it adds up."""
    total = _cell(row, j)
    if not subs or not subs[0] or total is None or total.is_percent:
        return summed

    def adds(rows: list[Row]) -> bool:
        parts = column(rows)
        return len(parts) >= 2 and sum(p.value for p in parts) == total.value

    flat = item_readings(raw)
    if any(adds(reading) for reading in flat):
        return [(row, [next(r for r in flat if adds(r))])]
    if any(adds(reading) for reading in summed[0][1]):
        return summed
    held = [(whole, readings) for whole, readings in summed[1:]
            if (w := _cell(whole, j)) is not None and sum(p.value for p in column(readings[0])) == w.value]
    return [(row, [*flat, *summed[0][1]]), *held]
