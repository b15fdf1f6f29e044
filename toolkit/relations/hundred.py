"""Shares printed to add up to exactly 100: statistical offices and report writers round a
breakdown's shares so that they make 100% -- by the largest remainder, or by printing the last
share ("其余各类") as 100 less the others. "城乡建设类2,163件次,占25.6%;…;其余各类2,704件次,占31.9%"
of 8,462: 2,704 is 31.95%, printed 31.9 so that the five make 100.0. A share of such a list may be
a unit of its last digit off its exact value (checks: ``Relation.adjusted``), never more. And the other
way round: shares printed after each item that add up to well under 100 are of a wider whole than the
list's own total (``shares_fall_short``)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, money_value
from .structure import _Doc

_SHARE_RULES = {"ratio.share", "ratio.rate", "ratio.own_name", "ratio.listed_share", "ratio.bracket_share"}


def forced_to_100(rels: list[Relation]) -> None:
    """Mark the shares of a breakdown's parts as adjusted to 100 when every part has one, three or
    more, printed to the same decimals and adding up to exactly 100, and the parts add up to the total
    they are shares of (the breakdown is all of it)."""
    shares: dict[tuple[int, int], list[Relation]] = {}
    for r in rels:
        if r.kind == "ratio" and r.rule in _SHARE_RULES and r.per == 100 and not r.readings:
            num, den, pct = r.roles.get("numerator"), r.roles.get("denominator"), r.roles.get("percent")
            if num is not None and den is not None and pct is not None and pct.unit == "%":  # type: ignore[union-attr]
                shares.setdefault((id(num), id(den)), []).append(r)
    for s in rels:
        if s.kind != "sum" or not isinstance(s.roles.get("parts"), list) or len(s.roles["parts"]) < 3:  # type: ignore[arg-type]
            continue
        total, parts = s.roles["total"], s.roles["parts"]
        group = [shares.get((id(p), id(total)), []) for p in parts]  # type: ignore[union-attr]
        if any(len(g) != 1 for g in group):
            continue  # a part with no share, or two: not one printed list of shares
        pcts = [g[0].roles["percent"] for g in group]
        places = pcts[0].decimals  # type: ignore[union-attr]
        if places < 1 or any(p.decimals != places for p in pcts) or sum(p.value for p in pcts) != 100:  # type: ignore[union-attr]
            continue
        values = [_value(p) for p in parts]  # type: ignore[union-attr]
        if None in values or sum(values) != _value(total):  # type: ignore[arg-type]
            continue  # not all of the total: the 100 is no rounding of the whole
        for g in group:
            g[0].adjusted = True


def _value(q) -> Decimal | None:  # type: ignore[no-untyped-def]
    if q is None:
        return None
    return money_value(q) if q.is_money else q.value


ITEM_SHARE = re.compile(r"[,;]?占(?:比)?(?:为)?")


def shares_fall_short(d: _Doc, total: Quantity) -> bool:
    """Does every part of the list ``total`` closes print its share right after it, the shares adding
    up to well under 100% ("城乡建设类7,841件,占16.1%;…;市场监管类5,964件,占12.3%。以上三类合计20,008件")?
    The shares of a whole's parts make 100% of it: these are of a wider base the list is a selection of."""
    parts = _parts_of(d).get(id(total), ())
    shares = []
    for i in parts:
        nxt = d.qs[i + 1] if i + 1 < len(d.qs) else None
        if nxt is None or not nxt.is_percent or nxt.sentence != d.qs[i].sentence \
                or not ITEM_SHARE.fullmatch(d.label(nxt)):
            return False
        shares.append(nxt.value)
    return len(shares) >= 2 and sum(shares) < 95


def _parts_of(d: _Doc) -> dict[int, list[int]]:
    """The parts' indexes of each whole of ``d.cache["partition"]`` (by the whole's id), in the map's
    order: listed once per map (a walk over every part for each total grew with the square)."""
    partition = d.cache.get("partition", {})
    held = d.cache.get("partition parts")
    if held is None or held[0] is not partition:  # (the map is set once per report; a new one is read anew)
        inverse: dict[int, list[int]] = {}
        for i, t in partition.items():  # type: ignore[union-attr]
            inverse.setdefault(id(t), []).append(i)
        held = d.cache["partition parts"] = (partition, inverse)
    return held[1]  # type: ignore[return-value]
