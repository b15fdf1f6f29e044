"""Rates of a group of the kinds a list names (``catalog/group_rates.yaml``).

"评查案卷1,245卷,其中优秀382卷、良好596卷、合格241卷、不合格26卷,优良率78.6%": no figure of the text
is what 优良率 counts; the parts the rate's members name (优秀, 良好) are, over the whole their list
breaks down. The list must be one the text breaks down (a sum found before the rate, in its paragraph,
ending a few figures before it) and must name one member at least; the numerator is the sum of the
parts it names, unprinted.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ..quantities import Quantity
from .equalities import _sum_of
from .graded import _graded_lists
from .model import Relation
from .roles import is_previous
from .structure import _Doc, _paragraph_start
from .vocab import read_entries

_REACH = 3  # figures between the list's last part and the rate


class _Group(NamedTuple):
    id: str
    rate: re.Pattern
    members: re.Pattern
    only_if_it_holds: bool
    lesser: re.Pattern | None
    outside: re.Pattern | None


@lru_cache(maxsize=1)
def group_vocabulary() -> list[_Group]:
    return read_entries("group_rates.yaml", "group_rates", lambda e: _Group(
        str(e["id"]), re.compile(e["rate"]), re.compile(e["members"]), bool(e.get("only_if_it_holds", False)),
        re.compile(e["lesser"]) if e.get("lesser") else None,
        re.compile(e["outside"]) if e.get("outside") else None))


@lru_cache(maxsize=1)
def _earlier_period() -> list[re.Pattern]:
    return read_entries("group_rates.yaml", "earlier_period", lambda e: re.compile(e["words"]))


def group_rates(d: _Doc, found: list[Relation]) -> list[Relation]:
    """A rate the vocabulary names, over the list before it that its members name."""
    vocab = group_vocabulary()
    if not any(q.is_percent and any(g.rate.search(d.label(q)) for g in vocab) for q in d.qs):
        return []  # (no rate of a group: most reports; the graded lists below are read only for one)
    # (and the grades of what was checked, read later by the equalities: "评为优秀的98卷、良好184卷…,优良率78.3%")
    found = found + _graded_lists(d, found)
    lists = sorted((r for r in found if r.kind == "sum" and isinstance(r.roles.get("total"), Quantity)
                    and r.rule.startswith("sum.") and len(r.roles["parts"]) >= 2),  # type: ignore[arg-type]
                   key=lambda r: max(p.index for p in r.roles["parts"]))  # type: ignore[union-attr]
    ends = [max(p.index for p in r.roles["parts"]) for r in lists]  # type: ignore[union-attr]
    read = {r.roles["percent"].index for r in found if r.kind == "ratio"  # type: ignore[union-attr]
            and isinstance(r.roles.get("percent"), Quantity)}
    subtotals = _subtotals(lists)
    out: list[Relation] = []
    for pct in d.qs:
        if not pct.is_percent or pct.unit != "%" or pct.index in read:
            continue  # (a rate read over printed figures already: "直接纠错168件,直接纠错率10.85%")
        lab = d.label(pct)
        group = next((g for g in vocab if g.rate.search(lab)), None)
        if group is None:
            continue
        para = _paragraph_start(d, pct.start)
        # the last list ending before the rate whose whole is in the rate's paragraph, by bisect: a
        # list ending more than _REACH figures before the rate is too far anyway (work stays linear)
        rel = None
        for k in range(bisect.bisect_left(ends, pct.index) - 1, -1, -1):
            if ends[k] < pct.index - _REACH:
                break
            if lists[k].roles["total"].start >= para:  # type: ignore[union-attr]
                rel = lists[k]
                break
        if rel is None:
            continue
        if rel.readings:
            continue  # the list's whole is open (two readings): whose rate it is, too
        parts: list[Quantity] = rel.roles["parts"]  # type: ignore[assignment]
        last = max(p.index for p in parts)
        if pct.index - last > _REACH or any(not q.is_percent and q.index not in subtotals.get(id(rel), ())
                                            for q in d.qs[last + 1 : pct.index]):
            continue  # (a figure between: "…合格100卷。另抽查档案50卷,优良率80.0%" is the 50's rate)
        clause = re.split(r"[,;。]", lab)[-1]
        if is_previous(d, pct) or any(w.search(clause) for w in _earlier_period()) or _an_earlier_year(d, pct, clause):
            continue  # "上年优良率为70.0%", "2023年优良率为70.0%": the rate of a year before
        named = [p for p in parts if group.members.search(_own_name(d, p))]
        if not named or len(named) == len(parts):
            continue  # the rate counts none of the list, or all of it (no group)
        if group.outside is not None and any(not group.outside.search(_own_name(d, p)) for p in parts
                                             if p not in named):
            continue  # a grade the group does not know ("及格", "一般"): whether it counts is unknown
        total: Quantity = rel.roles["total"]  # type: ignore[assignment]
        numerator = named[0] if len(named) == 1 else _sum_of(named)
        # "合格200卷、基本合格30卷…,合格率96.7%": a lesser grade may be left out of the rate
        strict = [p for p in named if group.lesser is None or not group.lesser.search(_own_name(d, p))]
        other = (strict[0] if len(strict) == 1 else _sum_of(strict)) if 0 < len(strict) < len(named) else None
        if group.only_if_it_holds and not any(rounds_to_rate(n, total, pct) for n in (numerator, other) if n is not None):
            continue
        rate = Relation("ratio", "ratio.group_rate", {"numerator": numerator, "denominator": total, "percent": pct})
        if other is not None:
            rate.readings.append({"numerator": other, "denominator": total, "percent": pct})
        out.append(rate)
    return out


def _subtotals(lists: list[Relation]) -> dict[int, set[int]]:
    """The figures (by index) adding up some of each list's parts -- "…责令履行5件。纠错案件(变更、撤销、
    确认违法、责令履行)共计40件,直接纠错率20.0%": the group's own count between its list and its rate."""
    by_first: dict[int, list[Relation]] = {}  # (lists by their first part: no pass over all pairs)
    for rel in lists:
        by_first.setdefault(min(p.index for p in rel.roles["parts"]), []).append(rel)  # type: ignore[union-attr]
    out: dict[int, set[int]] = {}
    for rel in lists:
        parts = {p.index for p in rel.roles["parts"]}  # type: ignore[union-attr]
        for other in (o for i in parts for o in by_first.get(i, ())):
            if other is not rel and {p.index for p in other.roles["parts"]} < parts:  # type: ignore[union-attr]
                out.setdefault(id(rel), set()).add(other.roles["total"].index)  # type: ignore[union-attr]
    return out


_YEAR = re.compile(r"((?:19|20)\d\d)年")


def _an_earlier_year(d: _Doc, pct: Quantity, clause: str) -> bool:
    """Does the rate's clause name a year before another its sentence names?"""
    named = [int(y) for y in _YEAR.findall(clause)]
    return bool(named) and min(named) < max(int(y) for y in _YEAR.findall(d.s, pct.sentence[0], pct.sentence[1]))


def _own_name(d: _Doc, q: Quantity) -> str:
    """The words of a part's own clause item ("、良好596卷": 良好)."""
    return re.split(r"[,;:、]", d.label(q))[-1]


def rounds_to_rate(num: Quantity, den: Quantity, pct: Quantity) -> bool:
    """Does the group's share round to the printed rate (half a unit of its last digit)?"""
    return bool(den.value) and abs(100 * num.value / den.value - pct.value) <= Decimal(5).scaleb(-pct.decimals - 1)
