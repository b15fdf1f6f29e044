"""Total rows of tables with 小计 rows among their items (tables._total_rows): a 小计 row may close
the group of rows above it, or stand for a group whose members the table does not list."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..quantities import Quantity
from ..tables import Row, Table
from .model import Relation, compatible
from .table_changes import _cell
from .table_nesting import NESTED_ROW, item_readings, subtotals


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
    if _closes_elsewhere(summed[1:]):
        # "种子|14|6.8 … 兽药饲料|11|5.6 / 投入品小计|54|27.0 / 渔业|17|8.9 / 合计|78|38.6": a 小计 that adds up
        # the rows above it in another column closes them in this one too (one table, one structure)
        return summed
    held = [(whole, readings) for whole, readings in summed[1:]
            if (w := _cell(whole, j)) is not None and sum(p.value for p in column(readings[0])) == w.value]
    return [(row, [*flat, *summed[0][1]]), *held]


def _closes_elsewhere(groups: list) -> bool:
    """Does some 小计 row add up, exactly, the rows of its group (its first reading) in some column?"""
    return any(_adds_to(whole, readings[0] if readings else []) for whole, readings in groups)


def _adds_to(whole: Row, rows: list[Row]) -> bool:
    """Do two or more ``rows`` add up, exactly, to ``whole`` in some column of counts (no percent)?"""
    return len(rows) >= 2 and any(
        all((c := _cell(r, j)) is not None and not c.is_percent for r in rows)
        and sum(_cell(r, j).value for r in rows) == q.value  # type: ignore[union-attr]
        for j, q in whole.numbers if not q.is_percent)


def heading_groups(raw: list[Row], subs: list[int]) -> tuple[list, set[int]] | None:
    """"县政府部门小计|205 / 县公安局|96 / … / 乡镇小计|69 / 城关镇|38 / …": 小计 rows heading the rows under
    them (the first row, or each one's rows up to the next adding up to it in some column, or opening
    with "其中:"), the rows above the first 小计 not adding up to it. Each group's readings, and the ids
    of the groups that open with "其中:" (a breakdown that need not list every member); None when the
    小计 rows close the rows above them instead."""
    if not subs:
        return None
    ends = [*subs[1:], len(raw)]
    spans = list(zip(subs, ends, strict=True))
    if subs[0] and (_adds_to(raw[subs[0]], raw[: subs[0]]) or not all(
            k + 1 < e and (NESTED_ROW.match(raw[k + 1].head) or _adds_to(raw[k], raw[k + 1 : e])) for k, e in spans)):
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


_SUM_WORDS = re.compile(r"合计|总计|小计|共计")


def a_selection(total: Row, rows: list[Row], k: int) -> bool:
    """"农民工|1,127|30.5 … 受援人总数|3,698|100.0": the rows' shares of the whole's row (column ``k``) add
    up to 90 or less -- the rows are some of its parts (重点人群) and need not add up to it, unless the
    row is named their sum (合计, 总计: then the table claims they do)."""
    if _SUM_WORDS.search(total.head) or subtotals(rows) is not None:
        return False  # (a 小计/合计 row among them sums the rows above it: _group_sum splits the group)
    shares = [_cell(r, k) for r in rows]
    # (a tenth or more left over: a rest the table leaves out, not a misprinted share -- 0.9+39.6+60.1)
    return len(shares) >= 2 and all(s is not None for s in shares) and sum(s.value for s in shares) <= 90  # type: ignore[union-attr]


def average_of(total: Quantity, parts: list[Quantity], spanned: bool = False) -> bool:
    """Does the total row's cell lie among its column's three or more cells (no smaller than the least, no
    larger than the largest) and below half their sum? A rate, growth or average of the rows is printed so
    ("同比|23.9|19.6|27.1 … 合计|21.3"): rates do not add down a table, and a sum of positive cells is at
    least its largest one -- no slip of one digit brings it down among them. ``spanned``: a sub-header
    under merged cells names such a measure ("基金收入" over "金额|同比增长(%)") in a column it cannot
    be placed in -- then a total among two cells, weighted to either, is that measure's too."""
    vals = [p.value for p in parts]
    return len(vals) >= (2 if spanned else 3) and min(vals) >= 0 and min(vals) <= total.value <= max(vals) \
        and (spanned or 2 * total.value <= sum(vals))


_CLOSING_TOTAL = re.compile(r"合计|总计|共计")
_SHARE_HEAD = re.compile(r"比例|比重|占比|构成|占")


def closing_subtotal(t: Table, not_summed: Callable[[str], bool]) -> list[Relation]:
    """"乡镇|派单量|办结量" over the towns' rows closed by "乡镇小计|12,127|11,987": a 小计 row that ends
    the table, with no other subtotal or total row, adds up the rows above it -- all of them, or the
    last ones only (the group it closes may open anywhere: no heading row says where), so each run of
    two rows or more ending right above it is a reading, and the check fails only if none adds up.
    Columns of rates, averages and changes (``not_summed``, by their header) add up to nothing."""
    body = [r for r in t.rows if r.numbers and not r.is_header]
    header = next((r for r in t.rows if r.is_header), None)
    if len(body) < 3 or header is None or len({len(r.cells) for r in body}) != 1 \
            or any(_SHARE_HEAD.search(c.text) for c in header.cells):
        return []  # (a share column: its 100 row is the whole, and tables._share_columns reads the groups)
    last, above = body[-1], body[:-1]
    if not _SUBTOTAL.search(last.head.strip()) or any(_SUBTOTAL.search(r.head) or _CLOSING_TOTAL.search(r.head) or NESTED_ROW.match(r.head) for r in above):
        return []
    out: list[Relation] = []
    for j, total in last.numbers:
        if total.is_percent or (j < len(header.cells) and not_summed(header.cells[j].text)):
            continue
        cells = [_cell(r, j) for r in above]
        if any(q is None or q.is_percent or not compatible(q, total) for q in cells):
            continue
        runs = [cells[a:] for a in range(len(cells) - 1)]
        out.append(Relation("sum", "sum.table_total", {"total": total, "parts": runs[0]},
                            readings=[{"total": total, "parts": run} for run in runs[1:]]))
    return out
