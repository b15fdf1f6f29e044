"""Rates per N named by a word of their own (``catalog/named_per_n.yaml``).

"全市机动车保有量35.8万辆,道路交通万车死亡率1.62": the word 万车死亡率 says what is counted (road
deaths), per how many (10,000) and of what (vehicles); "亿元地区生产总值生产安全事故死亡率为0.027" is
deaths per 亿元 of GDP. The base is the one figure its words name in the 2,000 characters before the
rate (the nearest); the numerator is a death count whose sentence holds the scope words (道路 for
vehicles), the earliest first, another value the words name alike a reading.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..quantities import Quantity
from .model import Relation
from .reading import holding
from .structure import _Doc
from .vocab import read_entries

_READINGS = 3
_REACH = 2000  # characters back the rate's terms may be (a fixed reach keeps long texts linear)


class _NamedPerN(NamedTuple):
    id: str
    rate: re.Pattern
    per: int
    base: re.Pattern
    base_units: frozenset[str]
    numerator: re.Pattern
    scope: re.Pattern


@lru_cache(maxsize=1)
def named_per_n_vocabulary() -> list[_NamedPerN]:
    return read_entries("named_per_n.yaml", "named_per_n", lambda e: _NamedPerN(
        str(e["id"]), re.compile(e["rate"]), int(e["per"]), re.compile(e["base"]), frozenset(e["base_units"]),
        re.compile(e["numerator"]), re.compile(e["scope"])))


def named_per_n(d: _Doc) -> list[Relation]:
    vocab = named_per_n_vocabulary()
    out: list[Relation] = []
    for q in holding(d, "率"):  # (the figures whose words hold 率: read once for the document)
        if q.is_percent or q.unit:
            continue  # (such a rate is printed as a bare number: most figures have a unit)
        lab = d.label(q)
        rule = next((v for v in vocab if v.rate.search(lab)), None)
        if rule is None:
            continue
        start = max(0, q.start - _REACH)
        before = [p for p in d.in_range(start, q.start) if not p.is_percent]
        bases = [p for p in before if p.unit in rule.base_units and rule.base.search(d.label(p))]
        if not bases:
            continue
        base = bases[-1]
        counts = [p for p in before if p.unit in ("人", "名")
                  and rule.numerator.search(re.split(r"[,;:、]", d.label(p))[-1])
                  and rule.scope.search(d.s[_scope_start(d, p) : p.start])]
        values: dict = {}
        for p in counts:
            values.setdefault(p.value, p)
        if not values:
            continue
        cands = list(values.values())[:_READINGS]
        out.append(Relation("ratio", "ratio.named_per_n", {"numerator": cands[0], "denominator": base, "percent": q},
                            per=rule.per, readings=[{"numerator": c, "denominator": base, "percent": q}
                                                    for c in cands[1:]]))
    return out


def _scope_start(d: _Doc, p: Quantity) -> int:
    """Where the words that scope a count start: its segment, or its sentence when the segment holds no
    figure before it ("发生道路交通事故2,486起,同比下降6.4%;死亡612人": the deaths of those accidents)."""
    start = d.seg_start(p.start)
    return p.sentence[0] if not d.in_range(start, p.start) else start
