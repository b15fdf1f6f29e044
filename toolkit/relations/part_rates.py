"""A rate an item of a breakdown gives itself, over the breakdown's whole: "全年结案6,008件。结案方式:
调解结案3,246件(调解结案率54.0%)…": 调解结案率 counts the 调解结案 among all 结案, whose figure is the
whole the found list adds up to -- however far above the list it stands.

The reading is unique when the rate's name is the item's own name (its words, or its words after
a lead such as 其中) and that name ends with the measure the whole is named by: the item is a kind
of the whole, and the rate is that kind's share of it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..quantities import Quantity
from .handled_apart import handled_apart
from .model import Relation
from .roles import is_change_percent
from .structure import SEG_END, _Doc

_RATE = re.compile(r"^[(,]?(?P<name>[\u4e00-\u9fff]{3,12})率(?:为|达|达到)?$")
_SPACE_OR_CLOSE = re.compile(r"[\s)]")
_LEAD = re.compile(r"^(?:其中|包括|含)")
_SUMS = ("sum.breakdown", "sum.graded", "sum.rest")
# "…32.6亿元,其中税收占比81.2%": a share whose clause opens with 其中 is of a part the clause names,
# however short its name; the figure before is that part's whole, never the part itself (shares.py)
IN_WHICH_SUBJECT = re.compile(r"其中[\u4e00-\u9fff]{2}(?:占|比重|所占)[^,;:]*$")


def part_rates(d: _Doc, found: list[Relation]) -> list[Relation]:
    """One ratio per item of a found sum whose own rate follows it in its clause."""
    used = {id(r.roles.get("percent")) for r in found if r.kind == "ratio"}
    out: list[Relation] = []
    for r in found:
        if r.kind != "sum" or r.rule not in _SUMS:
            continue
        total: Quantity = r.roles["total"]
        if r.readings and sum(p.value for p in r.roles["parts"]) != total.value:
            continue  # another figure may be the whole: the figures confirm none (when they add up, this one)
        whole_name = d.own_words(total)
        for p in r.roles["parts"]:
            pct = d.qs[p.index + 1] if p.index + 1 < len(d.qs) and d.qs[p.index] is p else None
            if pct is None or not pct.is_percent or id(pct) in used or is_change_percent(d, pct):
                continue
            if any(c in SEG_END for c in d.s[p.end : pct.start]):
                continue  # the rate of the next item or clause, not this one's
            m = _RATE.match(_SPACE_OR_CLOSE.sub("", d.label(pct)))
            name = _LEAD.sub("", d.own_words(p))
            if m is None or m.group("name") != name or not _ends_with_measure(name, whole_name):
                continue
            out.append(Relation("ratio", "ratio.own_name", {"numerator": p, "denominator": total, "percent": pct}))
            used.add(id(pct))
    return out


def _ends_with_measure(name: str, whole_name: str) -> bool:
    """Does the item's name end with the last two words of the whole's name (调解结案 under 全年结案),
    with words of its own before them (a kind of the whole, not the whole again)?"""
    tail = whole_name[-2:]
    return len(tail) == 2 and name.endswith(tail) and len(name) > len(tail)


def siblings_over_each_other(d: _Doc, rel: Relation | None, found: list[Relation]) -> Relation | None:
    """``rel`` without its readings of one part of a found breakdown over another ("接听3.28万个,其中工作
    时间接听2.91万个,非工作时间接听0.37万个,接听率99.6%": 0.37 over 2.91): two parts of one list are
    kinds side by side, neither the set the other is counted in. None when no reading is left; a
    reading over the whole ("预算55.68亿元,合同53.34亿元,节约2.34亿元,节约率4.2%") stays."""
    if rel is None or rel.kind != "ratio":
        return rel
    by_part = _sums_by_part(d, found)

    def side_by_side(roles: dict) -> bool:
        num, den = roles.get("numerator"), roles.get("denominator")
        return any(den in parts for parts in by_part.get(getattr(num, "index", -1), ())) or (
            isinstance(num, Quantity) and isinstance(den, Quantity) and handled_apart(d, num, den))

    readings = [roles for roles in [rel.roles, *rel.readings] if not side_by_side(roles)]
    if len(readings) == 1 + len(rel.readings):
        return rel
    num = rel.roles["numerator"]
    own = re.sub(r"[^\u4e00-\u9fff]", "", d.own_words(num))[-2:]  # type: ignore[arg-type]
    if not own:
        return None
    shared = [p for parts in by_part.get(num.index, ()) for p in parts if own in d.own_words(p)]  # type: ignore[union-attr]
    if len(shared) >= 2:
        # "其中予以公开30件,部分公开12件,不予公开8件,公开率84.0%": two parts name what the rate counts,
        # so it counts their union (not printed) -- no reading is left
        return None
    # (the whole named by the numerator's own act is what the rate counts: "接听电话3.28万个,其中…非工作
    # 时间接听0.37万个,接听率99.6%" is 3.28万 over calls not printed -- no reading is left)
    readings = [r for r in readings if own not in d.own_words(r["denominator"])]  # type: ignore[arg-type]
    return replace(rel, roles=readings[0], readings=readings[1:]) if readings else None


def _sums_by_part(d: _Doc, found: list[Relation]) -> dict[int, list[list[Quantity]]]:
    """The part lists of the found sums, by the index of each part -- listed once per list of found
    relations (a rate asks for its own figures only: a walk over every sum for every rate grew with
    the square of the report)."""
    known = d.cache.get("sums_by_part")
    if known is not None and known[0] is found and known[1] == len(found):
        return known[2]
    index: dict[int, list[list[Quantity]]] = {}
    for r in found:
        if r.kind == "sum":
            parts = r.roles.get("parts") or []
            for q in parts:  # type: ignore[union-attr]
                index.setdefault(q.index, []).append(parts)  # type: ignore[arg-type]
    d.cache["sums_by_part"] = (found, len(found), index)
    return index
