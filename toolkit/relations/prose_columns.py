"""A share stated in prose whose part and base are read from a table with a column per period
("指标 | 单位 | 6月 | 1-6月": the month and the year to date).

The prose speaks of one period. When its sentence prints the base's value ("一般公共预算收入41,372万元,
税收收入占…的比重为69.3%"), the share is of the column that holds that value; otherwise each
period column is a reading (the check holds if one does).
"""

from __future__ import annotations

import dataclasses
import re

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc

_CHANGE_COLUMN = re.compile(r"%|％|同比|环比|增长|增速|增减|比上年|比去年|±|百分点|幅度")


def _cells(d: _Doc) -> dict[int, tuple[int, int, int]]:
    """Quantity index -> (table, row, column) of every table cell (read once per document)."""
    found = d.cache.get("cell_at")
    if found is None:
        found = {}
        for t, table in enumerate(d.cache.get("tables") or []):  # type: ignore[union-attr]
            for r, row in enumerate(table.rows):
                for c, q in row.numbers:
                    found[q.index] = (t, r, c)
        d.cache["cell_at"] = found
    return found  # type: ignore[return-value]


def in_prose_column(d: _Doc, rel: Relation | None, pct: Quantity) -> Relation | None:
    """``rel`` over the period column its sentence speaks of (module doc)."""
    if rel is None or rel.kind != "ratio" or rel.readings:
        return rel
    num, den = rel.roles.get("numerator"), rel.roles.get("denominator")
    if not isinstance(num, Quantity) or not isinstance(den, Quantity):
        return rel
    cells = _cells(d)
    at_num, at_den = cells.get(num.index), cells.get(den.index)
    if pct.index in cells or at_num is None or at_den is None or at_num[::2] != at_den[::2]:
        return rel  # (not both of one column of one table, stated from prose)
    table = d.cache["tables"][at_num[0]]  # type: ignore[index]
    num_row = dict(table.rows[at_num[1]].numbers)
    den_row = dict(table.rows[at_den[1]].numbers)
    # the other columns of the same measure in both rows (not a change column: 同比 in points or %)
    head = next((row for row in reversed(table.rows[: at_den[1]]) if row.is_header), None)
    if head is None:
        return rel
    names = {c: cell.text for c, cell in enumerate(head.cells)}
    columns = [c for c in den_row if c != at_num[2] and c in num_row and den_row[c].unit == den.unit
               and num_row[c].unit == num.unit and not den_row[c].is_percent
               and names.get(c) and not _CHANGE_COLUMN.search(names[c])]
    if not columns:
        return rel
    said = {q.value for q in d.qs[d.before(pct.sentence[0]) : pct.index]
            if not q.is_percent and q.index not in cells}  # (a cell's unit is its row's 单位 column)
    chosen = [c for c in [at_num[2], *columns] if den_row[c].value in said]
    if len(chosen) == 1:
        c = chosen[0]
        return dataclasses.replace(rel, roles={**rel.roles, "numerator": num_row[c], "denominator": den_row[c]})
    return dataclasses.replace(rel, readings=[{**rel.roles, "numerator": num_row[c], "denominator": den_row[c]}
                                              for c in columns])
