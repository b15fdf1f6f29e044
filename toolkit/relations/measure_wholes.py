"""Shares of parts in several measures over the wholes of their own sentence: "全年发生事故50起,
死亡40人。其中道路交通事故30起、死亡24人,分别占总数的60.0%和60.0%" -- each part's share is of the
one figure of its unit stated before the 其中 that opens the parts (the base words name no more
than a total)."""

from __future__ import annotations

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc


def wholes_before_the_parts(d: _Doc, parts: list[Quantity], chain: list[Quantity], per: int) -> list[Relation]:
    """One share per part over the one figure of its unit in the text between the sentence before
    the parts' and the 其中 opening them; [] unless each part finds exactly one."""
    opener = d.s.rfind("其中", parts[0].sentence[0], parts[0].start)
    if opener < 0 or d.s.rfind("其中", opener + 2, parts[-1].start) >= 0:
        return []
    start = d.before(parts[0].sentence[0])
    lo = d.before(d.qs[start - 1].sentence[0]) if start and parts[0].sentence[0] == opener else start
    wholes = [q for q in d.qs[lo : d.before(opener)] if not q.is_percent and not is_delta(d, q)
              and not is_previous(d, q) and not is_per_n(d, q)]
    out = []
    for part, share in zip(parts, chain, strict=True):
        mine = [q for q in wholes if compatible(q, part) and q.unit == part.unit and q.value >= part.value]
        if len(mine) != 1:
            return []
        out.append(Relation("ratio", "ratio.share", {"numerator": part, "denominator": mine[0], "percent": share},
                            per=per))
    return out
