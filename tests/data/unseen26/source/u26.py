"""Small helpers of unseen26 (written for this set): table relations from a plain grid."""
from __future__ import annotations

from common import S, holds
from tables import grid


def num(c):
    s = str(c).replace(",", "").replace("%", "")
    v = float(s)
    return int(v) if "." not in s else s and float(s)


def val(c):
    s = str(c).replace(",", "").replace("%", "")
    return int(s) if "." not in s else float(s)


def addt(rep, rels):
    for r in rels:
        r = dict(r)
        if "quote" in r:
            r["anchor"] = r.pop("quote")
        rep.add(r)


def tgrid(header, rows, fmt, col_sums=(), row_sums=(), total_row=-1, note="", first=0):
    """A grid and its T relations: col_sums (columns whose body rows add to the total row),
    row_sums ((total col, [part cols]) for every row). A relation that does not hold gets `note`."""
    text, rowt = grid(header, rows, fmt)
    rels = []
    tr = total_row % len(rows)
    body = [i for i in range(first, len(rows)) if i != tr]
    region = text[text.index(rowt[body[0]]):text.index(rowt[tr]) + len(rowt[tr])]
    for c in col_sums:
        r = S(val(rows[tr][c]), [val(rows[i][c]) for i in body], region, "T")
        if not holds(r):
            r["note"] = note
        rels.append(r)
    for tc, pcs in row_sums:
        for i, row in enumerate(rows):
            r = S(val(row[tc]), [val(row[p]) for p in pcs], rowt[i], "T")
            if not holds(r):
                r["note"] = note
            rels.append(r)
    return text, rels, rowt


def pdf_row(ln, width=14):
    """A table row as a PDF copy gives it: a label longer than `width` breaks over two lines."""
    if "  " in ln and len(ln.split("  ")[0]) > width:
        lab = ln.split("  ")[0]
        return lab[:width] + "\n" + lab[width:] + ln[len(lab):]
    return ln


def pdf_table(text, width=14):
    return "\n".join(pdf_row(ln, width) for ln in text.split("\n"))
