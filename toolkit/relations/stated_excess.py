"""A later stage the text itself states above its earlier one: "立案412件,结案436件,结案率105.8%" -- a
rate over 100% of the two figures says the later stage holds older work (cases carried in), so the
funnel's bound (结案 <= 立案) is no reading of the text. The rate itself is still checked."""

from __future__ import annotations

from .model import Relation


def stated_excess(rels: list[Relation]) -> list[Relation]:
    """``rels`` without the bounds whose smaller figure a printed rate over 100% puts over the larger."""
    over = {(num.index, den.index) for r in rels if r.kind == "ratio"
            for num, den, pct in [(r.roles.get("numerator"), r.roles.get("denominator"), r.roles.get("percent"))]
            if num is not None and den is not None and pct is not None and not isinstance(num, list)
            and not isinstance(den, list) and not isinstance(pct, list) and pct.is_percent and pct.value > 100}
    if not over:
        return rels
    return [r for r in rels if not (r.kind == "bound" and _pair(r) in over)]


def _pair(r: Relation) -> tuple[int, int] | None:
    small, large = r.roles.get("smaller"), r.roles.get("larger")
    if small is None or large is None or isinstance(small, list) or isinstance(large, list):
        return None
    return small.index, large.index
