"""Short constructors for the relations of the report modules (``r_*.py``)."""

from __future__ import annotations


def _rel(kind: str, q, p: str, ok: bool, why: str | None, **ops) -> dict:
    rel = {"kind": kind, **{k: v for k, v in ops.items() if v is not None}, "q": q, "pattern": p}
    if not ok:
        rel["holds"] = False
        rel["why"] = why or "planted"
    return rel


def S(total, parts, q, p="O", ok=True, why=None, **kw) -> dict:
    """A sum: parts add up to total."""
    return {**_rel("sum", q, p, ok, why, total=total, parts=list(parts)), **kw}


def R(num, den, pct, q, p="O", ok=True, why=None, per=None, **kw) -> dict:
    """A ratio: num / den, as a percent (or per ``per``)."""
    return {**_rel("ratio", q, p, ok, why, numerator=num, denominator=den, percent=pct, per=per), **kw}


def C(cur, pct, q, p="O", prev=None, ok=True, why=None, **kw) -> dict:
    """A year-over-year change; ``prev`` where the text prints it or its delta."""
    return {**_rel("change", q, p, ok, why, current=cur, percent=pct, previous=prev), **kw}


def E(values, q, p="H", ok=True, why=None, **kw) -> dict:
    """Figures that must agree by meaning."""
    return {**_rel("equal", q, p, ok, why, values=list(values)), **kw}


def B(small, large, q, p="E", ok=True, why=None, **kw) -> dict:
    """One figure cannot exceed the other."""
    return {**_rel("bound", q, p, ok, why, smaller=small, larger=large), **kw}
