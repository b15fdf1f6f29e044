"""Those of a whole that involve something, with no 其中 to say so: "全年发生交通事故412起,涉及酒驾
的46起,涉及货车的86起", "调解纠纷1,206件,同时涉及多方当事人的纠纷86件". A figure named by a
relative clause of what it concerns (涉及…的, its noun left out or the noun ending the whole's name)
counts some of a figure before it in its sentence: each such figure is bounded by that whole
(``bound.part``), never summed -- what they concern may overlap. The nearest figure before it is
the whole; the other figures of its sentence before it, counted alike, are readings (the check fails
only if it exceeds every one). Not "涉及违法行为486件" (no 的: another thing counted, a case may
hold several) nor a figure after 其中 (the 其中 lists read those).
"""

from __future__ import annotations

import re

from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc

_INVOLVING = re.compile(r"(?:^|[,;])(?:同时|并|均|且)?涉及[^,;。:、()]{1,16}?的([\u4e00-\u9fff]{0,6})$")
_CLAUSE = re.compile(r"[,;:。()\n]")
_SET_OPENER = re.compile(r"\s*[^,;。\n]{1,24}中[,:]")  # "全年行政处罚案件中,"


def involving_parts(d: _Doc) -> list[Relation]:
    """Figures named 涉及…的 after a whole of their sentence (module doc)."""
    out: list[Relation] = []
    seen: set[int] = set()
    for i in _all(d.s, "涉及"):
        k = d.before(i)  # the first figure after the word
        if k >= len(d.qs) or k in seen:
            continue
        seen.add(k)
        q = d.qs[k]
        head = d.s[max(q.sentence[0], d.last_before(",;", q.start) + 1) : q.start]
        m = _INVOLVING.search("," + head) if "涉及" in head and i >= q.start - len(head) else None
        if m is None or q.is_percent or q.is_money or q.in_table or d.in_parentheses(q) or is_delta(d, q):
            continue
        if "其中" in d.s[q.sentence[0] : q.start] or _SET_OPENER.match(d.s, q.sentence[0]):
            continue  # a 其中 list, a set named by "…中,": read by the sums
        noun = m.group(1)
        wholes = [r for r in reversed(d.in_range(q.sentence[0], q.start)) if r.unit == q.unit and compatible(r, q)
                  and not r.is_percent and not d.in_parentheses(r) and not is_delta(d, r) and not is_previous(d, r)
                  and not _CLAUSE.split(d.label(r))[-1].endswith("的")  # (no kind: "适用简易程序的216件")
                  and not _INVOLVING.search("," + _CLAUSE.split(d.label(r))[-1])]
        # (nor a sibling named 涉及…的 itself: "涉及电动自行车的事故386起;涉及货车的事故268起" overlap or not)
        if not wholes or (noun and not all(_CLAUSE.split(d.label(w))[-1].endswith(noun) for w in wholes[:1])):
            continue  # "涉及的违法行为412起" after "案件312件": another thing counted
        readings = [{"smaller": q, "larger": w} for w in wholes[1:]]
        out.append(Relation("bound", "bound.part", {"smaller": q, "larger": wholes[0]}, readings=readings))
    return out


def _all(s: str, word: str) -> list[int]:
    found, i = [], s.find(word)
    while i >= 0:
        found.append(i)
        i = s.find(word, i + 1)
    return found
