"""Rates over the period's average of a level printed at the period's end (``catalog/average_bases.yaml``).

"年末常住人口62.40万人,全年死亡人口4,380人,死亡率7.03‰": statistical offices divide births and deaths
by the year's average population, which a report does not print. Over the year-end figure the rate
comes out a little off; the relation keeps how far off it may be (``Relation.average_within``) and the
check calls such a rate unverifiable instead of failing it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc
from .vocab import read_entries


class _Average(NamedTuple):
    id: str
    rate: re.Pattern
    base: re.Pattern
    within: float


@lru_cache(maxsize=1)
def average_vocabulary() -> list[_Average]:
    return read_entries("average_bases.yaml", "average_bases", lambda e: _Average(
        str(e["id"]), re.compile(e["rate"]), re.compile(e["base"]), float(e["within"])))


def average_bases(d: _Doc, rels: list[Relation]) -> None:
    """Mark the rates the vocabulary says are over an average of their printed base (in place)."""
    vocab = average_vocabulary()
    for r in rels:
        den, pct = r.roles.get("denominator"), r.roles.get("percent")
        if r.kind != "ratio" or not isinstance(den, Quantity) or not isinstance(pct, Quantity):
            continue
        if min(den.index, pct.index) < 0:
            continue  # a figure the text only implies: no words of its own
        lab, base = d.label(pct), d.label(den)
        hit = next((a for a in vocab if a.rate.search(lab) and a.base.search(base)), None)
        if hit is not None:
            r.average_within = hit.within
