"""Table helpers the sets' own modules share (unseen27 on): a plain grid printed with its T relations (column
sums to a total row, row sums, a rate column per row), a PDF copy's wrapped labels, Word rows, and adding a
printer's relations to a report."""
from __future__ import annotations

from common import R, S, holds
from tables import grid

NOTE = "a printed cell does not add up (planted typo)"


def val(c):
    """A printed cell as a number ("1,234" -> 1234, "12.5%" -> 12.5)."""
    s = str(c).replace(",", "").replace("%", "").strip()
    return int(s) if "." not in s else float(s)


def addt(rep, rels):
    """Add the relations a table printer returned (their `quote` becomes the anchor)."""
    for r in rels:
        r = dict(r)
        if "quote" in r:
            r["anchor"] = r.pop("quote")
        rep.add(r)


def mark(r, note):
    """The relation, with ``note`` when it does not hold (a planted cell)."""
    if not holds(r):
        r["note"] = note
    return r


def tgrid(header, rows, fmt, col_sums=(), row_sums=(), rates=(), total_row=-1, note=NOTE):
    """A grid and its T relations.

    col_sums: columns whose body rows add to the total row; row_sums: (total col, [part cols]) on every
    row; rates: (rate col, numerator col, denominator col) on every row (a 合计 row included; a blank rate
    cell skipped)."""
    text, rowt = grid(header, rows, fmt)
    rels = []
    if total_row is not None and col_sums:
        tr = total_row % len(rows)
        body = [i for i in range(len(rows)) if i != tr]
        a, b = rowt[min(body[0], tr)], rowt[max(body[-1], tr)]
        region = text[text.index(a):text.index(b) + len(b)]
        for c in col_sums:
            rels.append(mark(S(val(rows[tr][c]), [val(rows[i][c]) for i in body], region, "T"), note))
    for tc, pcs in row_sums:
        for row, t in zip(rows, rowt, strict=True):
            rels.append(mark(S(val(row[tc]), [val(row[p]) for p in pcs], t, "T"), note))
    for rc, nc, dc in rates:
        for row, t in zip(rows, rowt, strict=True):
            if val(row[dc]) and str(row[rc]).strip() not in ("", "—", "-"):  # (a rate cell left blank)
                rels.append(mark(R(val(row[nc]), val(row[dc]), val(row[rc]), t, "T"), note))
    return text, rels, rowt


def pdf_table(text, width=12):
    """A table as a PDF copy gives it: a label longer than `width` breaks over two lines."""
    out = []
    for ln in text.split("\n"):
        lab = ln.split("  ")[0]
        if "  " in ln and len(lab) > width:
            out.append(lab[:width] + "\n" + lab[width:] + ln[len(lab):])
        else:
            out.append(ln)
    return "\n".join(out)


def tsv_rows(text):
    """The rows of a tab-separated table, for a Word table."""
    return [ln.split("\t") for ln in text.split("\n")]


# --- the figures' printed forms the sets of sessions 24-25 share (unseen31-33) ---


def pc(num, den, places=1, per=100):
    """num / den x per, rounded half up and printed with `places` decimals (the text's figure)."""
    from decimal import ROUND_HALF_UP, Decimal
    q = Decimal(1).scaleb(-places)
    return str((Decimal(repr(float(num))) * per / Decimal(repr(float(den)))).quantize(q, rounding=ROUND_HALF_UP))


def gr(cur, prev, places=1):
    """The change of cur against prev in percent, rounded half up, as printed (sign dropped)."""
    return pc(abs(float(cur) - float(prev)), prev, places)


def n(x, places=None):
    """A figure printed with thousands separators (places decimals when given)."""
    if places is None:
        return f"{x:,}"
    return f"{x:,.{places}f}"


# The national 政府信息公开 table (unseen33 on): the outcome rows given, the 新收 row follows from them.
def gk(leaves: dict, old=None, fwd=None) -> dict:
    """The table's data: the outcome rows given, 新收 = 办结 + 结转下年度 − 上年结转 per applicant column."""
    z = [0] * 6
    old, fwd = list(old or z), list(fwd or z)
    tot = [sum(v[i] for v in leaves.values()) for i in range(6)]
    new = [tot[i] + fwd[i] - old[i] for i in range(6)]
    assert all(x >= 0 for x in new)
    return {"new": new, "old": old, "fwd": fwd, **leaves}


def tot6(leaves: dict) -> int:
    """The 办结 总计 of the outcome rows."""
    return sum(sum(v) for v in leaves.values())
