"""Requests settled at once beside the work orders made of the rest: "形成工单5,842件,直接答复7,432件".

A hotline answers part of what comes in on the call (直接答复, 当场解答, 即时办结) and makes work orders
of the rest (形成工单, 转办, 派单): the two are parts of the intake, side by side, so a figure settled at
once is no later stage of the work orders before it (both are bounded by the intake). The words are
data (stages.yaml ``settled_at_once``).
"""

from __future__ import annotations

import functools
import re

from .stages import _Named
from .structure import _Doc
from .vocab import catalog_yaml


@functools.lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, re.Pattern] | None:
    entry = catalog_yaml("stages.yaml").get("settled_at_once")
    if not isinstance(entry, dict):
        return None
    return re.compile(str(entry["settled"])), re.compile(str(entry["orders"]))


def settled_beside_orders(d: _Doc, settled: _Named, orders: _Named) -> bool:
    """Is ``settled`` named as settled at once (直接答复…), with no order word, and ``orders`` as work
    orders (形成工单, 转办, 工单办结…): two parts of one intake, in either order, not two stages?"""
    words = _words()
    if words is None:
        return False
    a, b = orders.q, settled.q
    if a.sentence == b.sentence and a.end <= b.start and "其中" in d.s[a.end : b.start]:
        return False  # "形成有效工单18,352件,其中即时办结7,935件": the orders hold those settled at once
    own = settled.words
    return bool(words[0].search(own)) and not words[1].search(own) and bool(words[1].search(orders.words))
