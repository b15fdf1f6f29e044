"""Small helpers of unseen31: the shared table helpers (builder/grids.py) and rounding helpers of its own."""
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
