"""Rates whose numerator is a 其中 part of one whole, beside another whole of the same kind.

"年末户籍人口52.37万人,其中城镇人口19.62万人。年末常住人口48.46万人,常住人口城镇化率42.8%": the
19.62万 is a part of the 户籍 population; the 常住 population is another whole of the same kind (both
named by one noun, 人口, with different qualifiers), whose own part the text does not print. The part
of one whole is no numerator over the other, and the rate is of its part only when its own words
name the part's whole: a rate the vocabulary gives another base (城镇化率: 常住人口), or whose name
names a base the whole does not ("常住人口城镇化率" beside 户籍人口), is left unread.

A whole and a wider stage of the same work ("办结…其中按期办结…" beside 受理) are not of one kind
(different nouns): the readings over the wider stage stand.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from .model import Relation, compatible
from .structure import _Doc

_HEAD = re.compile(r"[\u4e00-\u9fff]{2}$")


def _kind(d: _Doc, q) -> str:
    """The noun ending the figure's own name (人口 of 户籍人口), '' when none."""
    m = _HEAD.search(d.own_words(q))
    return m.group() if m else ""


def _holds(roles: dict, per: int) -> bool:
    """Does the rate hold, as printed, over this reading's figures?"""
    n, b, p = roles["numerator"], roles["denominator"], roles["percent"]
    if not b.value:
        return False
    half = Decimal(5) / Decimal(10) ** (p.decimals + 1)
    return abs(n.value * per / b.value - p.value) <= half


def of_its_whole(d: _Doc, rel: Relation | None, whole, named: str, rate: tuple) -> Relation | None:
    """``rel`` without the readings over a whole of the same kind as ``whole`` (the figure the
    numerator is a 其中 part of); None when none of the rate's readings is left or the rate's words
    name another base than ``whole`` (module doc)."""
    if rel is None or whole is None:
        return rel
    kind = _kind(d, whole)
    roles = [rel.roles, *rel.readings]
    others = [r for r in roles if r["denominator"] is not whole and getattr(r["denominator"], "index", -1) >= 0
              and compatible(r["denominator"], whole) and kind and _kind(d, r["denominator"]) == kind
              and d.own_words(r["denominator"]) != d.own_words(whole)]
    if not others:
        return rel
    if any(_holds(r, rel.per) for r in others):
        return None  # the arithmetic holds over the other whole: the text leaves two readings
    den_words = rate[2]
    own = d.own_words(whole)
    m = rate[0].search(named)
    base_named = den_words.search(named[: m.start()]) if m else None
    if not den_words.search(own) or (base_named and base_named.group() not in own):
        return None  # the rate is of the other whole, whose part is not printed
    kept = [r for r in roles if not any(r is o for o in others)]
    return dataclasses.replace(rel, roles=kept[0], readings=kept[1:]) if kept else None
