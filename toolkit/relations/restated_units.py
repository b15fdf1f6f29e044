"""A prose amount restated by a table cell printed in another unit.

"一般公共预算收入完成27.24亿元" over a table "项目|预算数（万元）|执行数（万元）|…" whose row prints
"272,436": the cell is 272,436万元, and the prose restates it rounded to the 0.01亿 it prints (27.2436亿
reads as 27.24亿). A cell is read in the unit its column header prints ("执行数（万元）"), else the unit
its table's caption prints ("单位：万元"); when the two figures' units differ, each is read as the
interval its last printed digit rounds from. A bare cell whose unit nothing prints, beside a prose
amount it differs from by a scale (a hundred times or more), is in an unknown unit: no reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..quantities import MONEY_UNITS, Quantity
from ..tables import Table
from .structure import _Doc
from .table_bases import in_header_unit

_CAPTION_UNIT = re.compile(r"单位[:：]?\s*(" + "|".join(MONEY_UNITS) + r")")
_BEFORE = 200  # characters before a table where its caption's unit may be printed
_SCALE_GAP = Decimal(100)


def caption_units(d: _Doc, tables: list[Table]) -> list[str]:
    """The money unit each table's caption (or the lines right before it) prints, "" when none."""
    out = []
    for t in tables:
        start = t.rows[0].start if t.rows else 0
        # (the caption and the two lines above it: "表1 …执行表" over "单位：万元", not another table's)
        lines = [ln for ln in d.s[max(0, start - _BEFORE) : start].split("\n") if ln.strip()][-3:]
        m = _CAPTION_UNIT.search("\n".join([t.caption, *lines]))
        out.append(m.group(1) if m else "")
    return out


def _rounded(q: Quantity) -> Quantity:
    """The figure as the interval its last printed digit rounds from ("27.24亿元": 27.235-27.245)."""
    half = Decimal(5).scaleb(-q.decimals - 1)
    return replace(q, low=min(q.low, q.value - half), high=max(q.high, q.value + half))


def in_table_unit(cell: Quantity, head: str, caption_unit: str) -> Quantity:
    """The cell read in the unit its column header prints, else its table's caption's (money only)."""
    if cell.unit or cell.is_percent:
        return cell
    scaled = in_header_unit(cell, head)
    if scaled is cell and caption_unit:
        return replace(cell, unit=caption_unit)
    return scaled


_KEPT = re.compile(r"^(万亿|亿)(.+)$")


def in_prose_unit(prose: Quantity, cell: Quantity, unit: str) -> tuple[Quantity, Quantity] | None:
    """(prose, cell) in the prose figure's unit, each read as the interval its last printed digit
    rounds from, when the cell's column prints ``unit`` and the two are one measure at two scales:
    money ("6.83亿元" over a column "罚没款（万元）"), or a figure kept in 亿 over a cell read in its plain
    unit ("2.86亿立方米" over "年供水量（万立方米）" 28,600); None when the units are of two measures."""
    if prose.is_money and unit in MONEY_UNITS:
        return (_rounded(prose), _rounded(replace(cell, unit=unit))) if cell.unit in ("", unit) else None
    kept = _KEPT.match(prose.unit)
    if kept is None or cell.unit != kept.group(2) or unit != kept.group(2) or not cell.exact:
        return None
    k = Decimal(10**12) if kept.group(1) == "万亿" else Decimal(10**8)
    printed = Decimal(cell.number.replace(",", "")) if re.fullmatch(r"[\d,.]+", cell.number) else cell.value
    half = Decimal(5).scaleb(-cell.decimals - 1) * (cell.value / printed if printed else 1) / k
    value = cell.value / k
    return _rounded(prose), replace(cell, value=value, low=value - half, high=value + half, unit=prose.unit)


def amounts_restated(prose: Quantity, cell: Quantity) -> tuple[Quantity, Quantity] | None:
    """(prose, cell) as the equality compares them: an amount and a cell of another money unit each
    read as rounded; None when the cell's unit is unknown and the figures differ by a scale."""
    if not prose.is_money:
        return prose, cell
    if not cell.unit:
        big, small = max(prose.value, cell.value), min(prose.value, cell.value)
        if small > 0 and big >= _SCALE_GAP * small:
            return None  # (27.24亿元 beside a bare 272,436: in 万元 or 元, nothing says)
        return prose, cell
    if cell.is_money and cell.unit != prose.unit:
        return _rounded(prose), _rounded(cell)
    return prose, cell
