"""An 'all' clause ("受理1,286件,已全部办结") makes the later stage of a process equal the earlier
one -- but not a part of that stage named by how it was done ("其中按期办结1,250件", "当场办结…"):
the timely closings are some of the closings, so such a figure is only bounded by the whole.

The words of such a part are ``timely_parts`` of catalog/equalities.yaml (按期, 及时, 当场, 超期 …
right before the stage's verb), or 其中 in the figure's own clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc
from .vocab import read_section

_CLAUSE_END = re.compile(r"[,;:、。]")


@lru_cache(maxsize=1)
def _timely() -> re.Pattern:
    return read_section("equalities.yaml", "timely_parts", lambda v, _: re.compile(str(v)))


def _a_part(d: _Doc, q: Quantity) -> bool:
    own = _CLAUSE_END.split(d.label(q))[-1]
    return "其中" in own or bool(_timely().search(own))


# an 'all' clause that says how every one was done ("全部在法定期限内办结", "均按期办结"): the timely
# closings are then all of them, no part
_ALL_TIMELY = re.compile(r"[^,;。\d]{0,4}[,;]?(?:已|均已)?(?:全部|均|全数|一律)(?:已|依法)?"
                         r"(?:在法定期限内|在规定期限内|法定期限内|按期|按时|如期|及时|限时)")


def parts_not_all(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """Each equality of a stage whose later figure is a part of the stage, turned into its bound --
    unless the 'all' clause after the whole names the same timeliness (``_ALL_TIMELY``): then the
    equality stands, and the bound it implies is stated beside it (a claim of its own, as for
    every funnel printed alike)."""
    out = []
    for r in rels:
        if r.rule == "equal.stage":
            whole, later = r.roles["values"]  # type: ignore[misc]
            if _a_part(d, later):
                bound = Relation("bound", "bound.stage", {"smaller": later, "larger": whole})
                if "其中" not in d.clause(later) and _ALL_TIMELY.match(d.s, whole.end):
                    out.append(bound)  # (and the equality too, below)
                else:
                    r = bound
        out.append(r)
    return out
