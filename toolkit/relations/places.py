"""Which place a rate is of: the report's own or another one it is compared with.

Reports set their own rates beside those of the province or the country ("全市婴儿死亡率2.15‰。全省
同期婴儿死亡率为2.46‰", "…,低于全国平均水平"). A rate whose sentence names, before it, a whole place
(全省, 全国, 全市…) other than the place its numerator's figures are of is that place's figure: the
report's own counts are neither its numerator nor its base. A figure's place is the last place word
before it in its sentence, else in its paragraph, else the report's own (the place word the text
names most often, not counting where it names a place compared with -- "同期全市受理…", "占全市的",
"居全市第3位" -- which a report of a district or county names only so; 本市/我省 name it too).

A share or rate of the report's own figure is no more over another place's figure, unless its words
name that place ("占全市的18.0%"); and a whole of another place ("同期全市受理诉求21.9万件") is not the
sum of the report's own parts.
"""

from __future__ import annotations

import re
from collections import Counter

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc, _paragraph_start

# A whole place ("全省"), or the report's own place said so ("本市", "我省"). Not a place when it
# names a survey, a title or a reach ("全国人口普查", "全国文明城市", "全省范围内", "全市性").
_PLACE = re.compile(r"(全|本|我)(国|省|市|区|县|州|盟|旗|镇|乡)"
                    r"(?!人口普查|经济普查|农业普查|普查|文明|示范|先进|重点|百强|统一|范围|性|各|所有|人大|政协|两会)")
_OWN = ("本", "我")


# words that name the place after them (or before them) as one compared with: the same period of a
# wider place, a share of its figure, a rank or level among its units
_COMPARED_BEFORE = re.compile(r"(?:同期|占|居|位居|位列|位于|高于|低于|快于|慢于|超过|领先)$")
_COMPARED_AFTER = re.compile(r"同期|第[一二三四五六七八九十\d]|排名|平均")


def _compared(d: _Doc, m: re.Match) -> bool:
    return bool(_COMPARED_BEFORE.search(d.s, max(0, m.start() - 2), m.start())
                or _COMPARED_AFTER.match(d.s, m.end()))


def _own_place(d: _Doc) -> str:
    """The report's own place: the whole place its text names most often, where it names no place
    compared with ("" when none)."""
    own = d.cache.get("own_place")
    if own is None:
        counts = Counter(m.group(2) for m in _PLACE.finditer(d.s) if m.group(1) == "全" and not _compared(d, m))
        own = d.cache["own_place"] = counts.most_common(1)[0][0] if counts else ""
    return own


# words that make the place after them the base's, not the figure's ("占全省新收…总数的9.6%", "相当于全国的86.3%")
_OF_THE_BASE = re.compile(r"(?:占|相当于|是)$")


def _last_place(text: str) -> str | None:
    found = None
    for m in _PLACE.finditer(text):
        found = m
    if found is None or _OF_THE_BASE.search(text, 0, found.start()):
        return None  # (none, or a place naming a share's base: the figure is the report's own)
    return "" if found.group(1) in _OWN else found.group(2)


def place_of(d: _Doc, q: Quantity, paragraph: bool = True) -> str:
    """The place ``q`` is of: the last place word before it in its sentence (in its paragraph when
    ``paragraph``), else the report's own; "" stands for the report's own place."""
    own = _own_place(d)
    place = _last_place(d.s[q.sentence[0] : q.start])
    if place is None and paragraph:
        place = _last_place(d.s[_paragraph_start(d, q.start) : q.sentence[0]])
    if place is None or place == own:
        return ""
    return place


def _compared_places(d: _Doc) -> frozenset[str]:
    """The whole places the text compares its own with somewhere ("同期全市…", "占全市的", "居全市第3位")."""
    found = d.cache.get("compared_places")
    if found is None:
        found = d.cache["compared_places"] = frozenset(
            m.group(2) for m in _PLACE.finditer(d.s) if m.group(1) == "全" and _compared(d, m))
    return found  # type: ignore[return-value]


def compared_place_of(d: _Doc, q: Quantity) -> str:
    """The place ``q`` is of when it is one the text compares its own with ("" otherwise: a place
    word it never compares with may be a name's, "全国12315平台")."""
    place = place_of(d, q)
    return place if place and place in _compared_places(d) else ""


def _base_of_its_place(d: _Doc, roles: dict, pct: Quantity) -> bool:
    """Is the reading's base of the numerator's place, or of a place the share's words name ("占全市的")?"""
    n, b = roles.get("numerator"), roles.get("denominator")
    if not isinstance(n, Quantity) or not isinstance(b, Quantity):
        return True
    there = compared_place_of(d, b)
    if there == "" or there == place_of(d, n):
        return True
    return ("全" + there) in d.s[max(pct.sentence[0], b.end) : pct.start]


def _whole_of_its_place(d: _Doc, r: Relation) -> bool:
    """Is a sum's total of the place of its parts (a whole of another place adds up no own parts)?"""
    total, parts = r.roles.get("total"), r.roles.get("parts")
    if not isinstance(total, Quantity) or not isinstance(parts, list) or not parts:
        return True
    there = compared_place_of(d, total)
    return there == "" or any(isinstance(p, Quantity) and place_of(d, p) == there for p in parts)


def of_another_place(d: _Doc, ratios: list[Relation]) -> list[Relation]:
    """"婴儿死亡126人,婴儿死亡率2.15‰。全省同期…婴儿死亡率为2.46‰": a rate its sentence names as another
    place's is not over the figures of the report's own place. Readings whose numerator is of another
    place than the rate are dropped; a ratio left with none is no relation."""
    if not _PLACE.search(d.s):
        return ratios  # (no place word at all: every figure is the report's own)
    out = []
    for r in ratios:
        pct = r.roles.get("percent")
        if not isinstance(pct, Quantity):
            if r.kind != "sum" or _whole_of_its_place(d, r):
                out.append(r)
            continue
        # (the rate's own sentence only: a rate's place is said where the rate is)
        place = _last_place(d.s[pct.sentence[0] : pct.start])
        if place is None or place in ("", _own_place(d)):
            kept = [x for x in [r.roles, *(r.readings or [])] if _base_of_its_place(d, x, pct)]
            if kept:
                r.roles, r.readings = kept[0], kept[1:]
                out.append(r)
            continue
        kept = [x for x in [r.roles, *(r.readings or [])] if isinstance(n := x.get("numerator"), Quantity)
                and place_of(d, n) == place]
        if kept:
            r.roles, r.readings = kept[0], kept[1:]
            out.append(r)
    return out
