"""Small helpers of unseen33: the shared table helpers (builder/grids.py), rounding helpers (as unseen31's u31.py)
and `gk`, which fills the national 政府信息公开 table's 新收 row from the outcome rows, 上年结转 and 结转下年度."""
from __future__ import annotations

from grids import addt, NOTE, pdf_table, tgrid, tsv_rows, val  # noqa: F401  (the set's reports import them from here)


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
