"""A bare share of a 其中 part whose whole has a share of its own: of the whole, or of that share's base."""

from __future__ import annotations

from dataclasses import replace

from .model import Relation
from .structure import _Doc


def nested_share(d: _Doc, rel: Relation | None) -> Relation | None:
    """Record each share's base by its part; a bare share of a 其中 part whose whole has a share of
    its own ("60岁及以上人口52.98万人,占28.4%,其中65岁及以上人口37.21万人,占20.0%") may be of that share's
    base too, as 统计公报 write it (186.42万 of 总人口): both are readings."""
    if rel is None or rel.kind != "ratio":
        return rel
    num, den, pct = rel.roles["numerator"], rel.roles["denominator"], rel.roles["percent"]
    bases = d.cache.setdefault("share_of", {})
    bases[num.index] = den  # type: ignore[union-attr]
    outer = bases.get(den.index)  # type: ignore[union-attr]
    if (outer is None or outer is den or "其中" not in d.s[d.seg_start(num.start) : num.start]  # type: ignore[union-attr]
            or any(r.get("denominator") is outer for r in rel.readings) or "占" not in d.label(pct)[-2:]):  # type: ignore[union-attr]
        return rel
    return replace(rel, readings=[*rel.readings, {"numerator": num, "denominator": outer, "percent": pct}])
