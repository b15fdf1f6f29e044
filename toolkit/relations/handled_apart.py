"""The two ways a hotline deals with what came in: handled at once, or passed on to a body that handles
it (``intake_split`` of catalog/distributed.yaml, whose sum ``intake_sums`` reads). The two are kinds
side by side: neither is the base of a rate of the other ("直接办理722,772件,转派513,708件,转派率41.5%":
the rate is over all that came in), nor a stage the other went on from ("转办27,179件,直接答复41,236件":
no funnel)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .structure import _Doc
from .vocab import catalog_yaml


@lru_cache(maxsize=1)
def _ways() -> tuple[re.Pattern, re.Pattern]:
    v = catalog_yaml("distributed.yaml")["intake_split"]
    return re.compile(v["direct"]), re.compile(v["dispatched"])


def handled_apart(d: _Doc, a: Quantity, b: Quantity) -> bool:
    """Are the two figures named, by their own words, by the two ways (直接答复 and 转办)?"""
    direct, dispatched = _ways()
    x, y = d.own_words(a), d.own_words(b)
    return bool((direct.search(x) and dispatched.search(y)) or (dispatched.search(x) and direct.search(y)))
