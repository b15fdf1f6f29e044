"""Total rows of tables with 小计 rows among their items (tables._total_rows): a 小计 row may close
the group of rows above it, or stand for a group whose members the table does not list."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..quantities import Quantity
from ..tables import Row
from .table_changes import _cell
from .table_nesting import NESTED_ROW, item_readings


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
    # "食品安全|486 / 药品医疗器械|138 / 小计|624 / 价格监管|94 / … / 小计|323 / 总计|…": every 小计 closes two
    # rows or more and the total comes right after the last -- groups, each closed by its 小计 (no
    # 小计 standing as one item among the rows): the subtotals' reading, every group checked
    starts = [0, *(k + 1 for k in subs[:-1])]
    if subs[-1] == len(raw) - 1 and all(k - a >= 2 for a, k in zip(starts, subs, strict=True)):
        return summed
    held = [(whole, readings) for whole, readings in summed[1:]
            if (w := _cell(whole, j)) is not None and sum(p.value for p in column(readings[0])) == w.value]
    return [(row, [*flat, *summed[0][1]]), *held]


def heading_groups(raw: list[Row], subs: list[int]) -> tuple[list, set[int]] | None:
    """"县政府部门小计|205 / 县公安局|96 / … / 乡镇小计|69 / 城关镇|38 / …": 小计 rows heading the rows under
    them (the first row, or each one's rows up to the next adding up to it in some column, or opening
    with "其中:"), the rows above the first 小计 not adding up to it. Each group's readings, and the ids
    of the groups that open with "其中:" (a breakdown that need not list every member); None when the
    小计 rows close the rows above them instead."""
    if not subs:
        return None
    ends = [*subs[1:], len(raw)]

    def adds_to(whole: Row, rows: list[Row]) -> bool:
        return len(rows) >= 2 and any(
            all((c := _cell(r, j)) is not None and not c.is_percent for r in rows)
            and sum(_cell(r, j).value for r in rows) == q.value  # type: ignore[union-attr]
            for j, q in whole.numbers if not q.is_percent)

    spans = list(zip(subs, ends, strict=True))
    if subs[0] and (adds_to(raw[subs[0]], raw[: subs[0]]) or not all(
            k + 1 < e and (NESTED_ROW.match(raw[k + 1].head) or adds_to(raw[k], raw[k + 1 : e])) for k, e in spans)):
        return None
    groups, open_ids = [], set()
    for k, e in spans:
        under = raw[k + 1 : e]
        if under and NESTED_ROW.match(under[0].head):
            # "街道小计|5,164 / 其中:东街道|2,217 / 西街道|1,645 / …": the 其中 is the subtotal's, and its
            # rows run to the next group -- they may leave members out
            groups.append((raw[k], [under]))
            open_ids.add(id(raw[k]))
        else:
            groups.append((raw[k], item_readings(under)))
    return groups, open_ids


_SUBTOTAL = re.compile(r"^小计|小计$")
_BLOCK_TOTAL = re.compile(r"^[\u4e00-\u9fff]{2,8}合计$")


def subtotal_rows(raw: list[Row], total: Row) -> list[int]:
    """The positions of the subtotal rows among ``raw`` above the total row ``total``: "小计" rows,
    and under a "总计" row the rows of one block's "…合计" ("本年收入合计" over its items, then
    "年初结转和结余", then "总计": the 总计 adds up the 合计 and the rows after it)."""
    grand = total.head.strip() == "总计"
    return [k for k, r in enumerate(raw) if _SUBTOTAL.search(r.head.strip())
            or (grand and _BLOCK_TOTAL.search(r.head.strip()))]
