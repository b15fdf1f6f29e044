"""The list of a report's checks, once evaluated: one error said once, ids unique within the report."""

from __future__ import annotations

from .checks import FAIL, Check


def without_echoes(checks: list[Check]) -> list[Check]:
    """The checks less a failing equality a failing ratio over the same two figures already states:
    "持证率100%" read both as a ratio (182 / 186) and as "every one" (182 = 186) is one error, said once
    (the ratio, which shows the rate printed and the rate computed)."""
    failing = {frozenset(e.index for e in c.evidence if e.role in ("numerator", "denominator"))
               for c in checks if c.kind == "ratio" and c.status == FAIL}
    return [c for c in checks if not (c.rule == "equal.full_rate" and c.status == FAIL
                                      and frozenset(e.index for e in c.evidence) in failing)]


def unique_ids(checks: list[Check]) -> None:
    """Make ids unique within a report (same meaning twice gets an ordinal), in place."""
    seen: dict[str, int] = {}
    for c in checks:
        n = seen.get(c.id, 0)
        seen[c.id] = n + 1
        if n:
            c.id = f"{c.id}-{n + 1}"
