"""Merged table cells (HTML colspan/rowspan, Word gridSpan/vMerge) laid out on their full grid.

A table read one row a line loses its merged cells' extent: a header cell spanning the columns of
a group ("行政复议" over "结果维持|结果纠正|…|总计") or the header rows ("序号", rowspan 2) shifts
every header cell after it against the figures. Laid out on the grid, every row has a cell in every
column it covers:

* in the header (the rows above the first row holding a figure) a merged cell's label stands in
  each column and row it covers -- each figure column keeps the name of every header row over it,
  and a cell spanning both header rows reads the same in each (what tells it from a group's sub-header);
* below it, a merged cell's text stands in its first column, its further columns are left empty, as a
  spreadsheet keeps a merged range (a figure is never repeated: it would be counted twice). A cell
  merged down the rows of the body ("甲区" over its 受理 and 办结 rows, "合计" over a row per measure)
  is printed on its first row alone, as the flattened rows are read: ``tables._line_up`` lines them up
  where one reading is left (a 合计 spanning a row per measure is not: every row above would be its part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SPAN = 64  # a span past the widest real report table is a broken page, not a layout

_FIGURE = re.compile(r"[-+−]?\d[\d.,]*\s*(?:%|‰)?")
# A header cell repeated in every column it spans is a label; a note ("本列数据的勾稽关系为：…")
# spanning the header is printed once.
_LABEL = re.compile(r"[^，。；：:;,]{1,24}")


@dataclass(frozen=True)
class Merged:
    """A table cell as read: its text and how many grid columns and rows it covers."""

    text: str
    cols: int = 1
    rows: int = 1


def span(value: str | None) -> int:
    """A colspan/rowspan attribute as a count of 1..MAX_SPAN (an unreadable one is 1)."""
    try:
        n = int(str(value).strip()) if value is not None else 1
    except ValueError:
        return 1
    return min(max(n, 1), MAX_SPAN)


MAX_GRID_CELLS = 200_000  # a table laid out larger than this is read as printed (memory bound)


def is_merged(rows: list[list[Merged]]) -> bool:
    """Does any cell cover more than one column or row, on a grid of a size that can be laid out?"""
    return any(c.cols > 1 or c.rows > 1 for row in rows for c in row) and \
        sum(c.cols * c.rows for row in rows for c in row) <= MAX_GRID_CELLS


def lay_out(rows: list[list[Merged]]) -> list[list[str]]:
    """The rows' texts on the full grid (see the module's docstring); a body row's trailing empty
    cells are dropped (a group's label row spanning the table reads as the label alone)."""
    header = True
    carried: dict[int, tuple[Merged, int, bool]] = {}  # column -> (cell, rows left, in the header)
    out: list[list[str]] = []
    for row in rows:
        if header and any(_FIGURE.fullmatch(c.text) for c in row):
            header = False
        texts: list[str] = []
        queue = list(row)
        col = 0
        while queue or any(k >= col for k in carried):
            if col in carried:
                cell, left, from_header = carried[col]
                texts.extend(_copies(cell, header and from_header))
                if left > 1:
                    carried[col] = (cell, left - 1, from_header)
                else:
                    del carried[col]
                col += cell.cols
                continue
            if not queue:
                texts.append("")  # a hole before a cell carried from above
                col += 1
                continue
            cell = queue.pop(0)
            texts.append(cell.text)
            texts.extend(_copies(cell, header)[1:] if cell.cols > 1 else ())
            if cell.rows > 1 and header:
                carried[col] = (cell, cell.rows - 1, header)
            col += cell.cols
        if not header:
            while texts and not texts[-1]:
                texts.pop()
        out.append(texts)
    return out


def _copies(cell: Merged, repeat: bool) -> list[str]:
    """What a merged cell prints in each of its columns: its label in each in the header, else
    nothing (a cell carried down from a row above, or a body cell's further columns)."""
    if repeat and _LABEL.fullmatch(cell.text):
        return [cell.text] * cell.cols
    return [""] * cell.cols
