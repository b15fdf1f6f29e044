"""Which place a rate is of: the report's own or another one it is compared with.

Reports set their own rates beside those of the province or the country ("全市婴儿死亡率2.15‰。全省
同期婴儿死亡率为2.46‰", "…,低于全国平均水平"). A rate whose sentence names, before it, a whole place
(全省, 全国, 全市…) other than the place its numerator's figures are of is that place's figure: the
report's own counts are neither its numerator nor its base. A figure's place is the last place word
before it in its sentence, else in its paragraph, else the report's own (the place word the text
names most often; 本市/我省 name it too).
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


def _own_place(d: _Doc) -> str:
    """The report's own place: the whole place its text names most often ("" when none)."""
    own = d.cache.get("own_place")
    if own is None:
        counts = Counter(m.group(2) for m in _PLACE.finditer(d.s) if m.group(1) == "全")
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
            out.append(r)
            continue
        # (the rate's own sentence only: a rate's place is said where the rate is)
        place = _last_place(d.s[pct.sentence[0] : pct.start])
        if place is None or place in ("", _own_place(d)):
            out.append(r)
            continue
        kept = [x for x in [r.roles, *(r.readings or [])] if isinstance(n := x.get("numerator"), Quantity)
                and place_of(d, n) == place]
        if kept:
            r.roles, r.readings = kept[0], kept[1:]
            out.append(r)
    return out
