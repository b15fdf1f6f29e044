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

# ("#": the statistician's mark of a 其中 row, "#65岁及以上" under "60岁及以上")
NESTED_ROW = re.compile(r"^\s*(?:其中|内含|含|[#＃])[:,]?")
# "民生支出合计", "小计": a row summing the item rows above it, itself no item beside them.
SUBTOTAL_ROW = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,12}(?:合计|小计))\s*$")
_MOST = 32  # readings at most; a table of more ways to read is left to its first reading


def item_readings(rows: list[Row], total: Row | None = None, summed: set[int] | None = None) -> list[list[Row]]:
    """The readings of which ``rows`` are items: first the rows but the "其中:" ones, then each way
    of letting each "其中:" row's breakdown run over the rows after it, up to the next "其中:" row
    (no "其中:" row: the rows, and the rows but kinds nested under one of them, if ``total`` shows it
    in its columns that add up, ``summed`` when known)."""
    starts = [i for i, r in enumerate(rows) if NESTED_ROW.match(r.head)]
    if not starts:
        nested = kinds_under_a_row(rows, total, summed) if total is not None else None
        return [rows] if nested is None else [rows, nested]
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


def _cell(r: Row, j: int):  # (the row's figure in column j, if any)
    return next((q for k, q in r.numbers if k == j), None)


def _fits(rows: list[Row], total: Row, j: int) -> bool:
    """Do the rows' figures of column j add up to the total's, within the rounding of each?"""
    parts, whole = [_cell(r, j) for r in rows], _cell(total, j)
    if whole is None or any(p is None for p in parts):
        return False
    return sum(p.low for p in parts) <= whole.high and whole.low <= sum(p.high for p in parts)  # type: ignore[union-attr]


def kinds_under_a_row(rows: list[Row], total: Row, summed: set[int] | None = None) -> list[Row] | None:
    """"内资|8,517|98.6 / 国有|96|1.1 / 集体|74|0.9 / 私营|7,316|84.7 / 港澳台商投资|63|0.7 / …|合计|8,642|
    100.0": rows printed as kinds of the row above them (indented in the original, the indent lost in
    the copy) -- the rows add up past the total in every column, and leaving out the one run of rows
    right after a row, no larger than it in any column, makes a column add up: the rows but that run
    (None unless exactly one run does; a table of one column, or a long one, is not read so). ``summed``:
    the columns that add up, when the headers tell ("完成预算(%)", "同比(%)" print bare figures that do not)."""
    cols = [j for j, q in total.numbers if not q.is_percent and (summed is None or j in summed)]
    if len(cols) < 2 or not 3 <= len(rows) <= 40:
        return None
    if any(_cell(r, j) is None for r in rows for j in cols) or any(
            sum(_cell(r, j).low for r in rows) <= _cell(total, j).high for j in cols):  # type: ignore[union-attr]
        return None
    found = []
    for h in range(len(rows) - 1):
        for e in range(h + 2, len(rows) + 1):
            run = rows[h + 1 : e]
            if any(sum(_cell(r, j).value for r in run) > _cell(rows[h], j).value for j in cols):  # type: ignore[union-attr]
                break  # (a longer run is larger still)
            rest = rows[: h + 1] + rows[e:]
            if any(_fits(rest, total, j) for j in cols):
                found.append(rest)
    if not found and (levels := _levels(rows, cols)) is not None and any(_fits(levels, total, j) for j in cols):
        return levels
    return found[0] if len(found) == 1 else None


def _levels(rows: list[Row], cols: list[int]) -> list[Row] | None:
    """The top rows of a table printed in levels with the indent lost ("教育支出 / 普通教育 / 学前教育 /
    小学教育 / 职业教育 / …": 类, 款, 项 of a budget table): a run of rows right after a row
    that adds up to it exactly in every column is its breakdown -- the innermost first, then the
    rows they leave; None when no run is so."""
    left = list(rows)
    changed = True
    while changed:
        changed = False
        for h in range(len(left) - 1):
            for e in range(h + 2, len(left) + 1):
                run = left[h + 1 : e]
                sums = [sum(_cell(r, j).value for r in run) for j in cols]  # type: ignore[union-attr]
                parent = [_cell(left[h], j).value for j in cols]  # type: ignore[union-attr]
                if any(a > b for a, b in zip(sums, parent, strict=True)):
                    break  # (a longer run is larger still)
                if sums == parent:
                    left, changed = left[: h + 1] + left[e:], True
                    break
            if changed:
                break
    return left if len(left) < len(rows) else None


_ONE_WHOLE = 150  # shares adding up past this are of more than one breakdown of the whole


def share_breakdowns(rows: list[Row], k: int) -> list[list[Row]] | None:
    """"城镇|49.7 / 乡村|50.3 / 男性|51.1 / 女性|48.9" under a whole of 100.0: rows whose shares of one
    whole (column ``k``) add up to 100 twice or more are as many breakdowns of it (by residence, by
    sex), printed one after the other with nothing to say where one ends but the shares: the runs of
    rows each adding up to 100 within their rounding. None when the shares add up to one whole (or a
    share is missing); [] when they add up past it and no such runs split them -- no reading is sure."""
    from .table_bases import printed_rounded  # (table_bases reads the relations model: import late)

    shares = [_cell(r, k) for r in rows]
    if len(rows) < 4 or any(q is None for q in shares) or sum(q.value for q in shares) < _ONE_WHOLE:  # type: ignore[union-attr]
        return None
    if any(SUBTOTAL_ROW.match(r.head) for r in rows):
        return None  # ("咨询|40 / 求助|20 / 诉求类合计|60 / 投诉|30": a subtotal's share repeats its items': one whole)
    runs: list[list[Row]] = []
    low = high = 0
    start = 0
    for i, q in enumerate(shares):
        band = printed_rounded(q)  # type: ignore[arg-type]
        low, high = low + band.low, high + band.high
        if low <= 100 <= high:
            runs.append(rows[start : i + 1])
            start, low, high = i + 1, 0, 0
    return runs if start == len(rows) and len(runs) >= 2 and all(len(r) >= 2 for r in runs) else []
