"""Helpers of unseen22's modules: a rate or a change rounded the way reports print it."""
from decimal import ROUND_HALF_UP, Decimal


def pc(a, b, n=1, per=100):
    """per * a / b rounded half up to n places, as a float (printed without trailing zeros)."""
    v = Decimal(repr(per * a / b)).quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP)
    return int(v) if n == 0 else float(v)


def ch(cur, prev, n=1):
    """The percent change from prev to cur."""
    return pc(cur - prev, prev, n)


def ab(x):
    return abs(x)
