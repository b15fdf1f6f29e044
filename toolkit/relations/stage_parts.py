"""The part of an earlier stage's figure that a later stage names: "接收投诉举报7,842件,其中投诉
5,916件、举报1,926件。受理投诉5,637件" -- what was accepted is of the complaints (5,916), the part
named exactly as the later figure names what it counts, not only of the whole (7,842)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import compatible
from .stages import _NOT_CJK, _Named, load_stages, naming
from .structure import _Doc

_CLAUSE = re.compile(r"[,;:、。()!?\n|]")


def part_named_so(d: _Doc, whole: Quantity, later: _Named) -> Quantity | None:
    """The one 其中 part of ``whole`` in its sentence whose own name is exactly what ``later``
    counts (its words other than stage, level and neutral ones), counted alike and naming no stage
    of its own; None when there is none or more than one."""
    rest = later.rest
    if len(rest) < 2:
        return None
    k = d.s.find("其中", whole.end, whole.sentence[1])
    if k < 0 or any(c in d.s[whole.end : k] for c in ";;。"):
        return None
    hits = []
    for r in d.in_range(k, whole.sentence[1]):
        if r.is_percent or not compatible(r, later.q) or r.unit != whole.unit:
            continue
        own = naming(d, r)
        if own is None or own.stages:
            continue  # a later stage inside the list ("其中投诉862件,办结848件") is no part so named
        name = _NOT_CJK.sub("", load_stages().neutral.sub("", _CLAUSE.split(d.label(r))[-1]))
        if name == rest:
            hits.append(r)  # ("网上申请306件" / "答复网上申请298件": 申请 is neutral, 网上 is each one's name)
    return hits[0] if len(hits) == 1 else None
