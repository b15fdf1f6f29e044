"""Which rows of a table are the items of its list, when "其中:" rows break some of them down.

A table that prints its total last ("商品类|1.52", "其中:食品|0.41", "家用电器|0.23", "服务类|1.42", …,
"合计|2.94") breaks an item down in the rows after it: the "其中:" row and, it may be, rows after it
(家用电器 goes on 食品's breakdown). Nothing in the print says where each breakdown ends, so every
way of ending them is a reading of the items (the rows no breakdown holds); a sum holds if one
reading does. A table that prints its total first opens further breakdowns of that total with its
"其中:" rows (the population table's 城镇/乡村, 男/女, age groups): ``tables._share_columns``.
"""

from __future__ import annotations

import re
from itertools import product

from ..tables import Row

NESTED_ROW = re.compile(r"^\s*(?:其中|内含|含)[:,]?")
# "民生支出合计", "小计": a row summing the item rows above it, itself no item beside them.
SUBTOTAL_ROW = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,12}(?:合计|小计))\s*$")
_MOST = 32  # readings at most; a table of more ways to read is left to its first reading


def item_readings(rows: list[Row]) -> list[list[Row]]:
    """The readings of which ``rows`` are items: first the rows but the "其中:" ones, then each way
    of letting each "其中:" row's breakdown run over the rows after it, up to the next "其中:" row."""
    starts = [i for i, r in enumerate(rows) if NESTED_ROW.match(r.head)]
    if not starts:
        return [rows]
    # each breakdown ends somewhere from its own row up to the row before the next breakdown
    ends = [range(s + 1, (starts[n + 1] if n + 1 < len(starts) else len(rows)) + 1) for n, s in enumerate(starts)]
    combos = 1
    for e in ends:
        combos *= len(e)
    if combos > _MOST:
        ends = [range(s + 1, s + 2) for s in starts]  # (too many: the "其中:" rows alone)
    out: list[list[Row]] = []
    for choice in product(*ends):
        inside = {i for s, e in zip(starts, choice, strict=True) for i in range(s, e)}
        items = [r for i, r in enumerate(rows) if i not in inside]
        if items not in out:
            out.append(items)
    return out


def subtotals(rows: list[Row]) -> list[tuple[Row, list[Row]]] | None:
    """The subtotal rows among a group's rows, each with the item rows above it (back to the subtotal
    before); None when no row but the first is a subtotal. The rows after the last subtotal, if any,
    are of the group's whole, with the subtotal or without it: no reading is sure."""
    out: list[tuple[Row, list[Row]]] = []
    start = 0
    for i, r in enumerate(rows):
        if i and SUBTOTAL_ROW.match(r.head) and _counts(r.head) in (None, i - start):
            out.append((r, rows[start:i]))
            start = i + 1
    return out or None


_COUNTED = re.compile(r"([两二三四五六七八九十\d]{1,2})[个项类县区镇乡市家所部门]{1,2}(?:合计|小计)")
_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _counts(head: str) -> int | None:
    """How many items "三县合计", "以上四项小计" counts (None: it counts none). A count that is not
    the rows above is of items the table does not list ("三县合计" after four districts): an item."""
    m = _COUNTED.search(head)
    if m is None:
        return None
    n = m.group(1)
    return int(n) if n.isdigit() else _NUMERALS.get(n, -1) if len(n) == 1 else -1
