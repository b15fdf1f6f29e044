"""The live Excel formula that recomputes each check from the Quantities sheet."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..checks import NON_COUNT_UNITS


def _ref(sheet: str, row: int) -> str:
    return f"'{sheet}'!$C${row}"


def check_formula(check: Any, ri: int, qrow: dict[tuple[int, int], int], qsheet: str) -> str | None:
    """An Excel formula that recomputes ``check`` to TRUE (holds) or FALSE, or None."""
    roles: dict[str, list[str]] = {}
    for e in check.evidence:
        if e.role == "previous" and check.rule == "change.previous_report":
            continue
        if e.index is None or (ri, e.index) not in qrow:
            return None
        roles.setdefault(e.role, []).append(_ref(qsheet, qrow[(ri, e.index)]))
    ops = check.operands
    k = check.kind
    if k == "sum":
        if "total" not in roles:
            return None
        parts = roles.get("parts") or [_num(v) for v in ops["parts"]]
        if len(parts) != len(ops["parts"]):
            return None
        return f"=ROUND(SUM({','.join(parts)})-{roles['total'][0]},6)=0"
    if k == "ratio":
        places = _places(ops["percent"])
        per = ops.get("per", 100)
        n, d, p = roles["numerator"][0], roles["denominator"][0], roles["percent"][0]
        return f"=ROUND({per}*{n}/{d},{places})={p}"
    if k == "bound":
        return f"={roles['smaller'][0]}<={roles['larger'][0]}"
    if k == "equal":
        vals = roles["values"]
        return "=AND(" + ",".join(f"{vals[0]}={v}" for v in vals[1:]) + ")"
    if k == "change":
        c = roles["current"][0]
        pct = f"{_num(ops['percent'])}"
        places = _places(ops["percent"])
        if "previous" in ops:
            prev = roles["previous"][0] if "previous" in roles else _num(ops["previous"])
            return f"=ROUND(100*({c}-{prev})/{prev},{places})={pct}"
        cur_unit = next((e for e in check.evidence if e.role == "current"), None)
        if cur_unit is not None and (_unit_of(cur_unit) in NON_COUNT_UNITS or _rounded(cur_unit.printed)):
            # An amount, or a count printed rounded ("3.2万人"): any positive previous figure fits.
            return f"={c}/(1+{pct}/100)>0"
        # No previous figure: the nearest whole previous count must give the stated percent.
        prev = f"ROUND({c}/(1+{pct}/100),0)"
        return f"=IF({prev}<=0,FALSE,ROUND(100*({c}-{prev})/{prev},{places})={pct})"
    if k == "count_amount":
        c, a = roles["count"][0], roles["amount"][0]
        return f"=NOT(OR(AND({c}=0,{a}>0),AND({c}>0,{a}=0)))"
    return None


def _rounded(printed: str) -> bool:
    """A count printed with a scale word ("3.2万人", "1.25亿吨") is a rounded figure."""
    return bool(re.search(r"\d(\.\d+)?\s*(万|亿)", printed)) and not printed.endswith("元")


def _unit_of(e: Any) -> str:
    """The unit of an evidence figure, from how it is printed (74万元 -> 万元)."""
    printed = e.printed
    for unit in sorted(NON_COUNT_UNITS, key=len, reverse=True):
        if unit and printed.endswith(unit):
            return unit
    return "" if printed[-1:].isdigit() else printed[-1:]


def _num(v: Any) -> str:
    return format(Decimal(str(v)).normalize(), "f")


def _places(v: Any) -> int:
    s = _num(v)
    return len(s.split(".")[1]) if "." in s else 0


