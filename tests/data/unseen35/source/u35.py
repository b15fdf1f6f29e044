"""Small helpers of unseen35: the shared table and rounding helpers (builder/grids.py), `gk` and `tot6` of
unseen33 (the national 政府信息公开 table's 新收 row from the outcome rows), and `shares`, the T relations of a
占比 column over a printed total row."""
from __future__ import annotations

from common import R
from grids import addt, gr, n, NOTE, mark, pc, pdf_table, tgrid, tsv_rows, val  # noqa: F401


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
