"""One root cause, one flag group: shares that fail with their total's breakdown, a report that truncates its percentages."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal
from typing import Any

from .difference import _computed_rate, _first, _percent_places
from .figures import FAIL, _dec, figures_of

# --- one root cause, one flag group ------------------------------------------------------------------------


@dataclass
class FlagGroup:
    """Flags with one root cause: ``root`` (a flag, or None when the cause is the report's own
    convention) states it, ``members`` follow from it."""

    number: int
    cause_zh: str
    cause_en: str
    root: Any | None
    members: list[Any] = field(default_factory=list)


def _truncates(check: Any) -> bool | None:
    """Does an exact rate check hold when its computed percent is truncated, not rounded?
    None when it cannot tell (an approximate figure, no base)."""
    if check.kind != "ratio" or getattr(check, "approx", False):
        return None
    c = _computed_rate(check.operands)
    stated = _dec(check.operands.get("percent"))
    if c is None or stated is None:
        return None
    places = _percent_places(check, figures_of(check))
    return c.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN) == stated


def flag_groups(checks: list[Any]) -> list[FlagGroup]:
    """Root causes among one report's checks: a report that truncates its percentages (every
    exact rate holds truncated, two or more fail rounded), and shares that fail because their
    total's breakdown fails (the share's base is the total of a failing sum)."""
    groups: list[FlagGroup] = []
    flags = [c for c in checks if c.status == FAIL]
    grouped: set[int] = set()
    for s in flags:
        if s.kind != "sum":
            continue
        totals = {e.index for e in s.evidence if e.role == "total" and e.index is not None}
        members = [c for c in flags if c.kind == "ratio" and id(c) not in grouped
                   and any(e.role == "denominator" and e.index in totals for e in c.evidence)]
        if members:
            total = _first(figures_of(s), "total")
            name = total.said("zh") if total else ""
            name_en = total.said("en") if total else ""
            groups.append(FlagGroup(len(groups) + 1, f"{name} 的分项之和不符,以它为分母的占比随之不符",
                                    f"the parts of {name_en} do not add up; the shares over it fail with it",
                                    s, members))
            grouped.update(id(c) for c in members)
            grouped.add(id(s))
    # Rates explained by a failing total are left out: they say nothing about the rounding.
    rates = [(c, _truncates(c)) for c in checks if c.kind == "ratio" and id(c) not in grouped]
    truncated = [c for c, t in rates if t and c.status == FAIL]
    if len(truncated) >= 2 and all(t is not False for _, t in rates):
        groups.insert(0, FlagGroup(
            0, f"本报告的百分数是截断值(舍去尾数,不是四舍五入):{len(truncated)} 个比率按截断全部相符",
            f"this report truncates its percentages (not rounded): all {len(truncated)} rates hold when truncated",
            None, truncated))
    for n, g in enumerate(groups, start=1):
        g.number = n
    return groups
