"""Small helpers of unseen33: the shared table helpers (builder/grids.py), rounding helpers (builder/grids.py)
and `gk`, which fills the national 政府信息公开 table's 新收 row from the outcome rows, 上年结转 and 结转下年度."""
from __future__ import annotations

from grids import addt, gr, n, NOTE, pc, pdf_table, tgrid, tsv_rows, val  # noqa: F401  (the set's reports import them from here)


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
