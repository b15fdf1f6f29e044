"""Small helpers of unseen34: the shared table and rounding helpers of builder/grids.py."""
from __future__ import annotations

from grids import addt, gr, n, NOTE, pc, pdf_table, tgrid, tsv_rows, val  # noqa: F401  (the set's reports import them from here)


def dl(cur, prev):
    """The signed change of cur against prev in percent, as a float (the text prints its absolute value)."""
    g = float(gr(cur, prev))
    return g if cur >= prev else -g


def with_totals(body, label="合计", typo=None):
    """Rows [label, a, b, ...] with a 合计 column appended and a 合计 row; `typo={(row, col): printed}` then
    overwrites a printed cell (the relations tgrid writes are marked where the typo breaks them)."""
    rows = [[*list(r), sum(r[1:])] for r in body]
    rows.append([label] + [sum(r[c] for r in rows) for c in range(1, len(rows[0]))])
    for (i, c), v in (typo or {}).items():
        rows[i][c] = v
    return rows


def fmt_rows(rows):
    """Cells with thousands separators (the label kept)."""
    return [[r[0]] + [f"{c:,}" if isinstance(c, int) else c for c in r[1:]] for r in rows]
