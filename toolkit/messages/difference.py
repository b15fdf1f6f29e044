"""Expected / Observed / Difference of a check, one meaning per kind, at the printed decimals."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .figures import FAIL, Figure, _dec, decimals, figures_of, number, unit_of

# --- Expected / Observed / Difference -------------------------------------------------------------------


@dataclass(frozen=True)
class Columns:
    """The numeric columns of a check: one meaning per kind (see the module's docstring)."""

    expected: Decimal | None
    observed: Decimal | None
    difference: Decimal | None
    relation: str  # how Observed must stand to Expected: "=", "≤", "≥"
    unit: str
    places: int | None = None  # decimals to show (a percent at its printed decimals)


def rate_unit(ops: dict[str, Any], pct: Figure | None) -> str:
    """The unit a rate is printed in: % or ‰, or the unit of a rate per N (每百户拥有汽车45.6辆 -> 辆),
    which is no percent although it is per 100."""
    unit = unit_of(pct.printed) if pct else ""
    if unit and unit not in ("%", "‰", "％"):
        return unit
    return "‰" if ops.get("per") == 1000 else "%"


def _first(figs: dict[str, list[Figure]], role: str) -> Figure | None:
    got = figs.get(role)
    return got[0] if got else None


def _percent_places(check: Any, figs: dict[str, list[Figure]]) -> int:
    pct = _first(figs, "percent")
    return decimals(pct.printed if pct else None, check.operands.get("percent"))


def _computed_rate(ops: dict[str, Any]) -> Decimal | None:
    n, d = _dec(ops.get("numerator")), _dec(ops.get("denominator"))
    if n is None or not d:
        return None
    return Decimal(ops.get("per", 100)) * n / d


def _whole_previous(ops: dict[str, Any]) -> Decimal | None:
    implied = _dec(ops.get("implied_previous"))
    return implied.to_integral_value(rounding=ROUND_HALF_UP) if implied is not None else None


def _is_count(unit: str) -> bool:
    from ..checks import NON_COUNT_UNITS  # the engine's list of amounts and measures

    return unit not in NON_COUNT_UNITS and not re.search(r"[万亿]", unit)


def columns(check: Any, figs: dict[str, list[Figure]] | None = None) -> Columns:
    """Expected, Observed and Difference of ``check`` as numbers, with the relation and unit;
    shown with as many decimals as the figures have (132.4万元, never 132万元). ``figs``: the
    check's ``figures_of``, when the caller has them already."""
    col = _columns(check, figs)
    if col.places is None:
        shown = [decimals(None, v) for v in (col.expected, col.observed) if v is not None]
        col = Columns(col.expected, col.observed, col.difference, col.relation, col.unit, max(shown, default=0))
    return col


def expected_places(col: Columns, kind: str) -> int:
    """Decimals of the Expected figure: a change's whole previous count (or last year's figure) and
    a fine's limit keep their own ("5起" beside "5.33起", "500万元/件"); else Observed's."""
    if kind in ("change", "count_amount") and col.expected is not None:
        return min(col.places or 0, decimals(None, col.expected))
    return col.places or 0


def shown(check: Any) -> tuple[str, str, str]:
    """Expected, Observed and Difference of ``check`` as an auditor reads them, units and all:
    ("97.8%", "96.6%", "-1.2%"); a limit says its relation ("≤ 9项")."""
    col = columns(check)

    def text(v: Decimal | None, places: int, signed: bool = False) -> str:
        if v is None:
            return ""
        body = number(v, places)
        return ("+" if signed and v > 0 else "") + body + col.unit

    relation = "" if col.relation in ("", "=") else col.relation + " "
    expected = text(col.expected, expected_places(col, check.kind))
    return ((relation + expected) if expected else "", text(col.observed, col.places or 0),
            text(col.difference, col.places or 0, signed=True))


def _columns(check: Any, figs: dict[str, list[Figure]] | None = None) -> Columns:
    ops, kind = check.operands, check.kind
    figs = figures_of(check) if figs is None else figs

    def diff(e: Decimal | None, o: Decimal | None) -> Decimal | None:
        return None if e is None or o is None else o - e

    if kind == "sum":
        total = _first(figs, "total")
        e = _dec(ops.get("total"))
        o = sum((_dec(p) or Decimal(0) for p in ops.get("parts") or []), Decimal(0))
        return Columns(e, o, diff(e, o), "=", unit_of(total.printed) if total else "")
    if kind == "ratio":
        places = _percent_places(check, figs)
        e = _dec(ops.get("percent"))
        c = _computed_rate(ops)
        o = c.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) if c is not None else None
        if o is not None and o == e and check.status == FAIL:
            places += 2  # equal at the printed decimals only by half-up: show where it differs
            o = c.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return Columns(e, o, diff(e, o), "=", rate_unit(ops, _first(figs, "percent")), places)
    if kind == "change":
        cur = _first(figs, "current")
        unit = unit_of(cur.printed) if cur else ""
        implied = _dec(ops.get("implied_previous"))
        cur_v, pct = _dec(ops.get("current")), _dec(ops.get("percent"))
        if implied is None and cur_v is not None and pct is not None and pct != -100:
            implied = cur_v / (1 + pct / 100)
        o = implied.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if implied is not None else None
        if o is not None and o == o.to_integral_value() and implied != o:  # 65.9999, not a misleading 66.00
            o = implied.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
        if "previous" in ops:
            e = _dec(ops["previous"])
        elif _is_count(unit):
            e = _whole_previous({"implied_previous": implied})
        else:
            e = o
        shown = None if o is None or o == o.to_integral_value() else max(2, -o.normalize().as_tuple().exponent)
        return Columns(e, o, diff(e, o), "=", unit, shown)
    if kind == "bound":
        large = _first(figs, "larger")
        e, o = _dec(ops.get("larger")), _dec(ops.get("smaller"))
        return Columns(e, o, diff(e, o), "≤", unit_of(large.printed) if large else "")
    if kind == "equal":
        vals = [_dec(v) for v in ops.get("values") or []]
        first = _first(figs, "values")
        e, o = (vals[0], vals[-1]) if vals else (None, None)
        return Columns(e, o, diff(e, o), "=", unit_of(first.printed) if first else "")
    if kind == "count_amount":
        count, amount = _dec(ops.get("count")), _dec(ops.get("amount"))
        amt = _first(figs, "amount")
        unit = unit_of(amt.printed) if amt else "万元"
        if count == 0:
            return Columns(Decimal(0), amount, amount, "=", unit)
        avg = _dec(ops.get("average"))
        low, high = _fine_range(check)
        if avg is None:  # cases but no fines: the amount must be above zero
            return Columns(Decimal(0), amount, None, ">", unit)
        places = 2 if avg >= Decimal("0.01") else 4  # a fine per case to the 100 元, or to the 元 when tiny
        if high is not None and avg > high:
            return Columns(high, avg, avg - high, "≤", "万元/件", places)
        if low is not None and avg < low:
            return Columns(low, avg, avg - low, "≥", "万元/件", places)
        return Columns(high, avg, None, "≤", "万元/件", places)
    return Columns(None, None, None, "", "")


def _fine_range(check: Any) -> tuple[Decimal | None, Decimal | None]:
    """The average fine's range of a count_amount rule, from the check's Expected ("0.005–500")."""
    m = re.fullmatch(r"\s*([\d.]+)\s*[–-]\s*([\d.]+)\s*", str(check.expected or ""))
    return (Decimal(m.group(1)), Decimal(m.group(2))) if m else (None, None)


