"""Small helpers of unseen28 (written for this set, as unseen27's): table relations from a plain grid."""
from __future__ import annotations

from common import S, holds
from tables import grid


def val(c):
    s = str(c).replace(",", "").replace("%", "")
    return int(s) if "." not in s else float(s)


def addt(rep, rels):
    """Add the relations a table printer returned (their `quote` becomes the anchor)."""
    for r in rels:
        r = dict(r)
        if "quote" in r:
            r["anchor"] = r.pop("quote")
        rep.add(r)


def tgrid(header, rows, fmt, col_sums=(), row_sums=(), total_row=-1, note="a printed cell does not add up (planted typo)"):
    """A grid and its T relations: col_sums (columns whose body rows add to the total row),
    row_sums ((total col, [part cols]) for every row)."""
    text, rowt = grid(header, rows, fmt)
    rels = []
    tr = total_row % len(rows)
    body = [i for i in range(len(rows)) if i != tr]
    a, b = rowt[min(body[0], tr)], rowt[max(body[-1], tr)]
    region = text[text.index(a):text.index(b) + len(b)]
    for c in col_sums:
        r = S(val(rows[tr][c]), [val(rows[i][c]) for i in body], region, "T")
        if not holds(r):
            r["note"] = note
        rels.append(r)
    for tc, pcs in row_sums:
        for row, t in zip(rows, rowt, strict=True):
            r = S(val(row[tc]), [val(row[p]) for p in pcs], t, "T")
            if not holds(r):
                r["note"] = note
            rels.append(r)
    return text, rels, rowt


def tsv_rows(text):
    """The rows of a tab-separated table, for a Word table."""
    return [ln.split("\t") for ln in text.split("\n")]
