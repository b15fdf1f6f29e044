"""A bare share of a 其中 part whose whole has a share of its own: of the whole, or of that share's base."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, money_value
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
    if outer is None and _of_an_unprinted_base(d, num, den, pct):  # type: ignore[arg-type]
        return None
    # (其中 before the part, or opening the share's own clause: "Y占55.6%,其中Z占42.3%" -- Z's share may be of Y's base)
    if (outer is None or outer is den or ("其中" not in d.s[d.seg_start(num.start) : num.start]  # type: ignore[union-attr]
                                          and "其中" not in d.label(pct))
            or any(r.get("denominator") is outer for r in rel.readings) or "占" not in d.label(pct)[-2:]):  # type: ignore[union-attr]
        return rel
    return replace(rel, readings=[*rel.readings, {"numerator": num, "denominator": outer, "percent": pct}])


_ITS_SHARE = re.compile(r"[,，]?(?:占|占比)$")


def _of_an_unprinted_base(d: _Doc, num: Quantity, den: Quantity, pct: Quantity) -> bool:
    """"全市常住人口中,…60岁及以上人口为1,480,937人,占21.04%,其中65岁及以上人口为1,064,218人,占15.12%":
    the whole's own share is of a base the text does not print, and the part's share, over that base
    too, agrees with the whole's (15.12 / 21.04 is the part's 71.86% of the whole): a reading no
    figure can check, so the share of the whole is not the only one -- nothing to check."""
    if den.index + 1 >= len(d.qs) or "其中" not in d.s[d.seg_start(num.start) : num.start] or "占" not in d.label(pct)[-2:]:
        return False
    own = d.qs[den.index + 1]
    if not own.is_percent or own.value <= pct.value or not _ITS_SHARE.search(d.s[den.end : own.start]):
        return False
    half = lambda q: Decimal(5).scaleb(-q.decimals - 1)  # noqa: E731  (half a unit of the last printed place)
    ratio = num.value / den.value
    return ratio * (own.value - half(own)) <= pct.value + half(pct) and ratio * (own.value + half(own)) >= pct.value - half(pct)


def named_bases(rel: Relation) -> list[Quantity]:
    """The base a share naming it ("占常住人口的14.99%") lends the bare shares after it in its sentence:
    of its readings (乡村常住人口 and 全省常住人口 both end with the words), the one the share holds over
    when only one does; else every reading (then none is lent: the words left it open)."""
    num, pct = rel.roles["numerator"], rel.roles["percent"]
    dens = [rel.roles["denominator"], *(r["denominator"] for r in rel.readings if r.get("numerator") is num)]

    def holds(den: Quantity) -> bool:
        value = money_value(den) if den.is_money else den.value
        part = money_value(num) if num.is_money else num.value  # type: ignore[union-attr]
        return value > 0 and abs(100 * part / value - pct.value) <= Decimal(5).scaleb(-pct.decimals - 1)  # type: ignore[union-attr]

    held = [q for q in dens if isinstance(q, Quantity) and holds(q)]
    return held if len(held) == 1 else dens  # type: ignore[return-value]
