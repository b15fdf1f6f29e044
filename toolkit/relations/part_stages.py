"""The whole of a list whose parts each name a stage: the figure of that stage.

"全年受理各类政务服务事项52,000件,办结51,800件,办结率99.6%。其中线上受理36,400件,线下受理15,600件":
the figure nearest the 其中 is what was closed, but every part names the intake (受理), and so does
the figure before it: the parts are of what was taken in. Only when the parts agree on one stage,
the nearest figure is of another stage of that process, and exactly one other candidate is of the
parts' own stage.
"""

from __future__ import annotations

from ..quantities import Quantity
from .stages import another_stage, naming, stages_in
from .structure import _Doc


def whole_of_the_parts_stage(d: _Doc, total: Quantity, others: list[Quantity],
                             parts: list[Quantity]) -> tuple[Quantity, list[Quantity]]:
    """``(total, others)``; the candidate of the parts' own stage and no others, when the words decide."""
    if not others or len(parts) < 2:
        return total, others
    named: dict[str, int] | None = None
    for p in parts:
        own = stages_in(d.own_words(p))
        named = own if named is None else {pid: st for pid, st in named.items() if own.get(pid) == st}
        if not named:
            return total, others
    if named is None or not another_stage(d, total, named):
        return total, others
    same = [t for t in others if not another_stage(d, t, named)
            and (n := naming(d, t)) is not None and any(n.stages.get(pid) == st for pid, st in named.items())]
    if len(same) != 1:
        return total, others
    return same[0], []  # (the words decide: the other candidates are no readings)
