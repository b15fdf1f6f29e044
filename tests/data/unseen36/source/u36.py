"""Small helpers of unseen36 (copied from unseen35's u35.py, with `subtotals` and `html_head` added): the shared table and rounding helpers (builder/grids.py), `gk` and `tot6` of
unseen33 (the national 政府信息公开 table's 新收 row from the outcome rows), and `shares`, the T relations of a
占比 column over a printed total row."""
from __future__ import annotations

from common import R, S
from grids import addt, gk, gr, n, NOTE, mark, pc, pdf_table, tgrid, tot6, tsv_rows, val  # noqa: F401


def shares(rows, rowt, vc, sc, tr, note=NOTE, skip=()):
    """T relations: each body row's share cell (column sc) = its value (column vc) over the total row tr."""
    tr = tr % len(rows)
    out = []
    for i, row in enumerate(rows):
        if i == tr or i in skip or str(row[sc]).strip() in ("", "—", "-"):
            continue
        a, b = min(i, tr), max(i, tr)
        out.append(mark(R(val(row[vc]), val(rows[tr][vc]), val(row[sc]), "\n".join(rowt[a:b + 1]), "T"), note))
    return out


def subtotals(rows, rowt, groups, cols, note=NOTE):
    """T relations of a table with 小计 rows: groups = [(subtotal row, [part rows])], each column in cols."""
    out = []
    for st, parts in groups:
        a, b = min([st, *parts]), max([st, *parts])
        q = "\n".join(rowt[a:b + 1])
        for c in cols:
            out.append(mark(S(val(rows[st][c]), [val(rows[i][c]) for i in parts], q, "T"), note))
    return out


def html_head(text, head):
    """An HTML grid whose first header row is replaced by `head` (rows with colspan/rowspan)."""
    i = text.index("<tr>")
    j = text.index("</tr>", i) + len("</tr>")
    return text[:i] + head + text[j:]
