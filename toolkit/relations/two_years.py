"""Two years' figures stated together, then the later one's change: "2011年、2012年全县受理纠纷分别为
2,614件和2,846件，2012年增长8.9%" -- the change is of the later year's figure over the earlier's
(pattern B, 两年 分别).

Read narrowly: the sentence opens the pair with two years joined by 、/和/与/及 (the earlier first); 分别
maps two figures of one unit onto them, joined the same way; the very next clause is a change in
percent with no figure of its own before it, naming the later year or no year at all (比上年, 同比).
"""

from __future__ import annotations

import re

from .model import Relation, compatible
from .roles import DOWN_WORDS, UP_WORDS
from .structure import _Doc

_PAIR = re.compile(r"(20\d\d|19\d\d)年(?:度)?[、和与及](20\d\d|19\d\d)年(?:度)?")
_JOINED = re.compile(r"^\s*(?:件|个|人|元|万元|亿元|[\u4e00-\u9fff]{0,2})?\s*[、和与及]\s*$")
_CHANGE = re.compile(rf"^[,;，；]\s*(?:(20\d\d|19\d\d)年(?:度)?)?(?:比上年|较上年|比去年|较去年|同比|比\d{{4}}年|较\d{{4}}年)?"
                     rf"(?:{UP_WORDS}|({DOWN_WORDS}))了?$")


def two_year_changes(d: _Doc) -> list[Relation]:
    """The later year's change over the earlier year's figure (module doc)."""
    out: list[Relation] = []
    for m in _PAIR.finditer(d.s):
        first, later = int(m.group(1)), int(m.group(2))
        if later <= first:
            continue
        end = d.next_end(m.end(), "。\n")
        at = d.s.find("分别", m.end(), end)
        if at < 0:
            continue
        figs = d.in_range(at, end)
        if len(figs) < 3 or figs[0].is_percent or figs[1].is_percent or not figs[2].is_percent:
            continue
        a, b, pct = figs[0], figs[1], figs[2]
        if not compatible(a, b) or not _JOINED.match(d.s[a.end : b.start]) or d.in_range(m.end(), at):
            continue
        step = _CHANGE.match(re.sub(r"\s", "", d.s[b.end : pct.start]))
        if step is None or (step.group(1) and int(step.group(1)) != later):
            continue
        out.append(Relation("change", "change.yoy", {"current": b, "percent": pct},
                            sign=-1 if step.group(2) else 1, previous=a))
    return out
