"""A period's figure in the prose as the table's rows of its periods: "各月情况见下表" over rows 1月…12月,
then "一季度755件次" -- the quarter is its three months' cells; "其中上半年立案628件" under rows 一季度…四季度
is the first two quarters' cells of the 立案 column.

Read narrowly: the prose figure's own clause names one period (a quarter, a half, 前三季度, a range of
months) and the table's rows of the next shorter periods (months under a quarter, quarters under a
half) make it up exactly; the column is the one whose header the clause names, or, naming none, the
table's total column (合计), or the one header the clause's words but its period end (收入 for
一般公共预算收入); counts, and amounts of a column printing the prose figure's unit (no rates).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from ..tables import Table
from .model import Relation, compatible
from .period_columns import _UNIT
from .structure import _Doc
from .table_bases import in_header_unit

_CN = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_QUARTER = re.compile(r"(?<!前)第?([一二三四1-4])季度")  # (not the 三季度 of 前三季度: _HALF's)
_HALF = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9)}
_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*[-—~至]\s*(\d{1,2})月")
_MONTH_ROW = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]{1,3})月份?$")
_QUARTER_ROW = re.compile(r"^第?([一二三四1-4])季度$")
_TOTAL_HEAD = re.compile(r"^(?:合计|总计|总量|小计)")
_HEAD_UNIT = re.compile(r"[(（]([^()（）]{1,3})[)）]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_PERIOD_WORDS = re.compile(r"第?[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}\s*[-—~至]\s*\d{1,2}月|全[县市区省]")


def _number(n: str) -> int:
    return int(n) if n.isdigit() else _CN.get(n[-1], 0) + (10 if len(n) > 1 else 0)


def _row_period(head: str) -> tuple[str, tuple[int, int]] | None:
    """A row's period: ("月", (n, n)) or ("季度", (first month, last month))."""
    h = re.sub(r"\s", "", head)
    if (m := _MONTH_ROW.match(h)) is not None:
        n = _number(m.group(1))
        return ("月", (n, n)) if 1 <= n <= 12 else None
    if (m := _QUARTER_ROW.match(h)) is not None:
        q = _number(m.group(1))
        return "季度", (3 * q - 2, 3 * q)
    return None


def _clause_period(clause: str) -> tuple[str, tuple[int, int]] | None:
    """The one longer period a figure's clause names, with the kind of rows that make it up."""
    found: list[tuple[str, tuple[int, int]]] = []
    found += [("月", (3 * _number(m.group(1)) - 2, 3 * _number(m.group(1)))) for m in _QUARTER.finditer(clause)]
    found += [("季度", span) for word, span in _HALF.items() if word in clause]
    found += [("月", (int(m.group(1)), int(m.group(2)))) for m in _RANGE.finditer(clause)
              if 1 <= int(m.group(1)) < int(m.group(2)) <= 12]
    return found[0] if len(found) == 1 else None


def period_rows_in_prose(d: _Doc, tables: list[Table]) -> list[Relation]:
    """Each prose figure of a longer period as the sum of its table rows (module doc)."""
    out: list[Relation] = []
    starts = sorted(t.rows[0].start for t in tables if t.rows)
    for t in tables:
        header = next((r for r in t.rows if r.is_header), None)
        if header is None:
            continue
        rows = {}
        for r in t.rows:
            if not r.is_header and len(r.cells) == len(header.cells) and (p := _row_period(r.head)) is not None:
                rows[p] = r
        if len(rows) < 2:
            continue
        heads = [re.sub(r"\s", "", _UNIT.sub("", c.text)) for c in header.cells]
        units = [m.group(1) if (m := _HEAD_UNIT.search(c.text)) else "" for c in header.cells]
        end = t.rows[-1].cells[-1].end if t.rows[-1].cells else t.rows[-1].start
        raw = [c.text for c in header.cells]
        # (the prose after the table up to the next table: each figure read against the table before it only,
        # so the work grows with the text, not with tables times figures)
        limit = next((x for x in starts if x >= end), len(d.s))
        for q in d.in_range(end, limit):
            if q.in_table or q.is_percent:
                continue
            out += _of_rows(d, q, rows, heads, units, raw)
    return out


def _of_rows(d: _Doc, q: Quantity, rows: dict, heads: list[str], units: list[str], raw: list[str]) -> list[Relation]:
    clause = d.clause(q)
    if "累计" in clause or any("累计" in h for h in heads):
        return []  # (rows to date, "1—4月累计": each row holds the ones before it)
    period = _clause_period(clause)
    if period is None and d.label(q).startswith("、"):
        # ("一季度发生事故20起、死亡22人": a figure listed after the first shares its period)
        period = _clause_period(d.s[max(d.seg_start(q.start), d.s.rfind(",", 0, q.start) + 1) : q.start])
    if period is None:
        return []
    kind, (lo, hi) = period
    picked = sorted((span, r) for (k, span), r in rows.items() if k == kind and lo <= span[0] and span[1] <= hi)
    months = [m for (a, b), _ in picked for m in range(a, b + 1)]
    if len(picked) < 2 or months != list(range(lo, hi + 1)):
        return []
    # "二季度收入9.88亿元" under "月份|一般公共预算收入(亿元)|一般公共预算支出(亿元)": the clause's words
    # but its period end one header alone -- for an amount, only so ("1-6月城镇消费品零售额" names a
    # part of the column 零售额, not it)
    tail = _NOT_CJK.sub("", _PERIOD_WORDS.sub("", clause))
    named = [] if q.is_money else [j for j, h in enumerate(heads) if j and len(h) >= 2 and h in clause]
    if not named:
        named = [j for j, h in enumerate(heads) if j and len(tail) >= 2 and h.endswith(tail)]
    if not named:
        named = [j for j, h in enumerate(heads) if j and _TOTAL_HEAD.match(h)]
    if not named and q.unit:
        # ("事故起数(起)|死亡人数(人)" under "一季度发生事故20起、死亡22人": the one column counted as the figure is)
        named = [j for j, u in enumerate(units) if j and u == q.unit]
    if len(named) != 1:
        return []
    j = named[0]
    if units[j] and units[j] != q.unit:
        return []  # ("立案(起)" beside a prose figure in 件: another count)
    if q.is_money and units[j] != q.unit:
        return []  # (an amount only of a column printing its unit, the prose figure's)
    cells = [in_header_unit(c, raw[j]) if q.is_money and c is not None else c for c in (r.cells[j].quantity for _, r in picked)]
    # (a cell prints no unit: its header's, or the table's, is the prose figure's)
    if any(c is None or c.is_percent or c.is_money != q.is_money or (c.unit and not compatible(c, q)) for c in cells):
        return []
    return [Relation("sum", "sum.period_rows", {"total": q, "parts": cells})]
