"""A later stage printed with the very count of the stage before it: every one went on.

"受理行政复议申请31件,审结31件", "排查隐患1,206处,整改1,206处": a funnel (``bound.stage``, or the
catalog's bound of two metrics, "办结 <= 受理") whose two figures are printed alike states that all
the work that came in reached the later stage -- an equality, not only a bound. The reading is
read off what is printed: where the two figures differ the relation stays the bound (a later stage
short of the earlier one is ordinary, never a misprint), so this never makes a check fail that the
bound would not have failed. The bound is kept beside it: it is what a misprint of either
figure is checked by.
"""

from __future__ import annotations

from .model import Relation, money_value


def _is_funnel(r: Relation) -> bool:
    return r.kind == "bound" and (r.rule == "bound.stage" or (r.rule.startswith("catalog.") and ".le." in r.rule))


def printed_alike(rels: list[Relation]) -> list[Relation]:
    """The relations, each funnel of two exact prose figures printed alike followed by the equality
    it states (``equal.stage_alike``, the earlier stage first); the bound stays, its own claim."""
    out = []
    for r in rels:
        if _is_funnel(r) and not r.readings:
            small, large = r.roles["smaller"], r.roles["larger"]
            if small is not None and large is not None and not isinstance(small, list) \
                    and not isinstance(large, list) and small.exact and large.exact \
                    and not (small.in_table or large.in_table) \
                    and money_value(small) == money_value(large) and small.value:
                out.append(Relation("equal", "equal.stage_alike", {"values": [large, small]}))
        out.append(r)
    return out
