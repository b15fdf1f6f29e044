"""Shares of different measures, each over the whole its words name by a scope ("道路运输事故29起、死亡24人,
分别占全市的61.7%和61.5%": of 全市's accidents and of 全市's deaths). Read by ``rates.respective_shares``."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import GENERIC_BASE as _GENERIC
from .bases import LISTED as _LISTED
from .bases import cjk as _cjk
from .bases import far_named_base
from .measure_wholes import wholes_before_the_parts
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc


def measures_of_a_scope(d: _Doc, parts: list[Quantity], chain: list[Quantity], named: str,
                         per: int) -> list[Relation]:
    """"道路运输事故29起、死亡24人,分别占全市的61.7%和61.5%": figures of different measures, each a
    share of the whole the words name (全市) in its own measure: the nearest earlier figure of that
    measure, no item of a list, whose sentence names the whole ("全市共发生事故47起、死亡39人")."""
    key = _cjk(_GENERIC.sub("", named))
    if len(key) < 2:  # "其中道路交通事故30起、死亡24人,分别占总数的…": the wholes before the 其中
        return wholes_before_the_parts(d, parts, chain, per)
    pieces = _with_their_head([w for w in re.split(r"和|及|与|、", named) if w])
    if len(pieces) == len(parts) > 1:
        # "分别占事故总起数和死亡总人数的60.5%和65.9%": one base named per part, in order.
        bases = [far_named_base(d, w, [p]) for w, p in zip(pieces, parts, strict=True)]
        if all(len(b) == 1 for b in bases):
            return [Relation("ratio", "ratio.share", {"numerator": p, "denominator": b[0], "percent": c}, per=per)
                    for p, b, c in zip(parts, bases, chain, strict=True)]
        return []
    out = []
    for part, share in zip(parts, chain, strict=True):
        lo = d.before(max(0, part.sentence[0] - _SCOPE_REACH))
        base = next((q for q in reversed(d.qs[lo : parts[0].index])
                     if not q.is_percent and compatible(q, part) and q.value >= part.value
                     and key in _cjk(d.s[q.sentence[0] : q.start]) and not is_delta(d, q) and not is_previous(d, q)
                     and (_names_item(d, q, key) or (not _LISTED.search(d.s, q.sentence[0], q.start)
                                                     and q.index not in d.cache.get("partition", {})))),  # type: ignore[operator]
                    None)
        if base is None:
            return []
        out.append(Relation("ratio", "ratio.share", {"numerator": part, "denominator": base, "percent": share},
                            per=per))
    return out


# a measure printed alone after a named one ("来访批次和人次"): it shares the first piece's head (来访)
_MEASURE = re.compile(r"(?:批次|人次|件次|户次|家次|人数|起数|件数|户数|次数|金额|批|人|件|起|户|次)$")


def _with_their_head(pieces: list[str]) -> list[str]:
    """"来访批次和人次" -> 来访批次, 来访人次: a later piece that is a measure only takes the head the
    first piece names it with; other lists are as printed."""
    if len(pieces) < 2 or not (m := _MEASURE.search(pieces[0])) or len(head := pieces[0][: m.start()]) < 2:
        return pieces
    return [pieces[0], *(head + w if _MEASURE.fullmatch(w) else w for w in pieces[1:])]


_SCOPE_REACH = 600  # characters back the whole a scope names is looked for


def _names_item(d: _Doc, q: Quantity, key: str) -> bool:
    """Is ``q`` an item of a list named by ``key`` itself ("其中来访1,486批次、4,205人次" for 来访总量:
    "来访中,集体访…分别占来访总量的…"), or the figure right after such an item in its clause?"""
    own = item_name(d, q)
    if own == key:
        return True
    prev = d.qs[q.index - 1] if q.index else None
    return (not own and prev is not None and d.s[prev.end : q.start] in ("、", ",", "和")
            and item_name(d, prev) == key)


_UP_TO_QIZHONG = re.compile(r"^.*其中")


def item_name(d: _Doc, q: Quantity) -> str:
    """The words naming a figure as an item of its list: its own clause's, without 其中 and what leads to it."""
    return _cjk(_UP_TO_QIZHONG.sub("", d.own_words(q)))
