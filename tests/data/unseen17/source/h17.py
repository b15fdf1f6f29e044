"""Small helpers of unseen17's modules: printed percents and the application table's carry-forward row."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def pc(a, b, nd=1, per=100) -> str:
    """a / b × per, rounded half up to nd places, as printed."""
    q = Decimal(1).scaleb(-nd)
    return str((Decimal(str(a)) * per / Decimal(str(b))).quantize(q, rounding=ROUND_HALF_UP))


def ch(cur, prev, nd=1) -> str:
    """The change of cur over prev in per cent, as printed (sign dropped)."""
    q = Decimal(1).scaleb(-nd)
    v = (Decimal(str(cur)) - Decimal(str(prev))) * 100 / Decimal(str(prev))
    return str(abs(v).quantize(q, rounding=ROUND_HALF_UP))


def f(n) -> str:
    """A number with thousands separators."""
    return f"{n:,}"


LEAVES = ["gk", "bf", "n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "w1", "w2", "w3",
          "c1", "c2", "c3", "c4", "c5", "o1", "o2", "o3"]


def gk(data: dict) -> dict:
    """Fill the row 结转下年度 so that 新收 + 上年结转 = 总计 + 结转 in every column."""
    d = {k: list(v) for k, v in data.items()}
    z = [0] * 6
    for i in range(6):
        tot = sum(d.get(k, z)[i] for k in LEAVES)
        fwd = d.get("new", z)[i] + d.get("old", z)[i] - tot
        assert fwd >= 0, (i, fwd)
        d.setdefault("fwd", [0] * 6)[i] = fwd
    return d


def col(d: dict, key: str) -> int:
    return sum(d.get(key, [0] * 6))


def tot(d: dict, i: int | None = None) -> int:
    z = [0] * 6
    if i is None:
        return sum(sum(d.get(k, z)) for k in LEAVES)
    return sum(d.get(k, z)[i] for k in LEAVES)
