"""The part of an earlier stage's figure that a later stage names: "接收投诉举报7,842件,其中投诉
5,916件、举报1,926件。受理投诉5,637件" -- what was accepted is of the complaints (5,916), the part
named exactly as the later figure names what it counts, not only of the whole (7,842)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import compatible
from .stages import _NOT_CJK, _Named, _same_count, _strip, load_stages, naming
from .structure import _Doc

_CLAUSE = re.compile(r"[,;:、。()!?\n|]")
# a classified list's opener ("按问题性质分,违规问题金额3,618万元、…"): its figures are parts, as under 其中
_BY_CLASS = re.compile(r"按[^,;。\d]{1,10}分|从[^,;。\d]{1,10}看|分[^,;。\d]{1,6}看")


def listed_as_part(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` listed as a part in its sentence: after a 其中, or after a classified list's opener?"""
    before = d.s[q.sentence[0] : q.start]
    return "其中" in before or _BY_CLASS.search(before) is not None


def part_named_so(d: _Doc, whole: Quantity, later: _Named) -> Quantity | None:
    """The one 其中 part of ``whole`` in its sentence whose own name is exactly what ``later``
    counts (its words other than stage, level and neutral ones), counted alike and naming no stage
    of its own; None when there is none or more than one."""
    rest = later.rest
    if len(rest) < 2:
        return None
    k = d.s.find("其中", whole.end, whole.sentence[1])
    if k < 0 or any(c in d.s[whole.end : k] for c in ";;。"):
        return None
    hits = []
    for r in d.in_range(k, whole.sentence[1]):
        if r.is_percent or not compatible(r, later.q) or r.unit != whole.unit:
            continue
        own = naming(d, r)
        if own is None or own.stages:
            continue  # a later stage inside the list ("其中投诉862件,办结848件") is no part so named
        name = _NOT_CJK.sub("", load_stages().neutral.sub("", _CLAUSE.split(d.label(r))[-1]))
        if name == rest:
            hits.append(r)  # ("网上申请306件" / "答复网上申请298件": 申请 is neutral, 网上 is each one's name)
    return hits[0] if len(hits) == 1 else None


def stage_part_named_again(d: _Doc, part: _Named, later: _Named) -> bool:
    """Is ``part`` -- listed after 其中 under a whole of an earlier stage of a process it is named by
    ("受理诉求86.42万件,其中直接答复52.16万件,转派承办单位34.26万件") -- what a later figure of the
    sentence after goes on from, its sentence naming the part's own words again ("承办单位已办结
    33.98万件": 承办单位)? Not a bare later stage ("办结12.3万件" is of the whole)."""
    k = d.s.rfind("其中", part.q.sentence[0], part.q.start)
    wholes = [r for r in d.in_range(part.q.sentence[0], k) if not r.is_percent]
    whole = naming(d, wholes[-1]) if wholes else None
    if whole is None or not any(pid in whole.stages and whole.stages[pid] < lvl for pid, lvl in part.stages.items()):
        return False
    own = _NOT_CJK.sub("", _strip(_CLAUSE.split(d.label(part.q))[-1], load_stages().stage_words).replace("其中", ""))
    said = d.s[later.q.sentence[0] : later.q.start]
    return len(own) >= 2 and any(own[i : i + 2] in said for i in range(len(own) - 1))


def part_gone_on_from(d: _Doc, later: _Named, earlier: list[Quantity]) -> list[_Named]:
    """The one figure of ``earlier`` (the sentence before) that is a stage part ``later`` names
    again (``stage_part_named_again``), of an earlier stage of a process ``later`` is named by --
    though another figure there is of ``later``'s own stage ("其中直接答复52.16万件,转派承办单位
    34.26万件。承办单位已办结33.98万件": the 52.16万 answered at once are no list it goes on from)."""
    hits = []
    for r in earlier:
        c = naming(d, r)
        if c is None or not c.stages or not compatible(r, later.q) or not _same_count(later, c):
            continue
        if any(pid in c.stages and c.stages[pid] < lvl for pid, lvl in later.stages.items()) \
                and "其中" in d.s[r.sentence[0] : r.start] and stage_part_named_again(d, c, later):
            hits.append(c)
    return hits if len(hits) == 1 else []
