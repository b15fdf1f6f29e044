"""Outcomes of decided work (``catalog/outcomes.yaml``): which figure a list of outcomes breaks down.

"收到申请40件,已答复36件。其中予以公开20件,…不属于政府信息4件": the outcomes are what became of
the answered 36, whatever words they share with the 40 that came in, and whichever of the two their
sum happens to match (a misprinted 答复 must not make them the 40's).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import compatible
from .structure import _Doc
from .vocab import Occurs, read_entries


@lru_cache(maxsize=1)
def _outcome_words() -> dict[str, list[re.Pattern]]:
    return {key: read_entries("outcomes.yaml", key, lambda e: re.compile(e["words"]))
            for key in ("outcomes", "decided", "open", "siblings")}


@lru_cache(maxsize=1)
def _names() -> dict[str, Occurs]:
    """Does some entry of each list name the words? -- one search of the entries' alternation (the
    same answer as searching each: an alternation matches somewhere iff one of its branches does)."""
    return {key: Occurs(re.compile("|".join(f"(?:{w.pattern})" for w in words)))
            for key, words in _outcome_words().items()}


def decided_whole(d: _Doc, totals: list[Quantity], parts: list[Quantity]) -> Quantity | None:
    """The whole of a list of outcomes: the nearest of ``totals`` (nearest first) of the parts'
    kind, when it names the decided stage (答复, 办结, 审结) and no other candidate does. None
    unless most parts name an outcome and none names work still open or not heard."""
    names = _names()
    labels = [d.label(p) for p in parts]
    named = sum(names["outcomes"](lab) for lab in labels)
    if len(parts) < 2 or 2 * named <= len(parts) or any(names["open"](lab) for lab in labels):
        return None
    cands = [t for t in totals if all(compatible(t, p) for p in parts)]

    def decided(q: Quantity) -> bool:
        return names["decided"](d.label(q))

    if not cands or not decided(cands[0]) or any(decided(t) for t in cands[1:]):
        return None
    return cands[0]


_CLAUSE_END = re.compile(r"[,;:、。()\n]")
# A part added beside the whole's own work, carried in from an earlier period ("另有上年结转的12件")
_CARRIED_IN = re.compile(r"(?:另有|另外|此外|另)[^,;。]{0,8}结转")


def open_work_at(d: _Doc, total: Quantity, parts: list[Quantity]) -> int:
    """Where a list of what became of decided work stops: the first part whose own words name work
    still open ("审结110件,其中维持90件,纠错20件,另有10件正在审理": the 10 are not of the 110
    decided); ``len(parts)`` when the whole does not name the decided stage or no part is open. Under any
    whole, the list also stops at a part added beside it as work carried in from before ("已签收的4,851件
    中,当年办结4,790件,另有2018年结转的38件一并办结": the 38 and what follows are not of the 4,851)."""
    carried = next((k for k, p in enumerate(parts) if _CARRIED_IN.search(d.label(p))), len(parts))
    names = _names()
    if not names["decided"](d.label(total)):
        return carried
    for k, p in enumerate(parts[:carried]):
        after = d.after(p, 12)
        cut = _CLAUSE_END.search(after)
        own = d.own_words(p) + (after[: cut.start()] if cut else after)
        if names["open"](own):
            return k
    return carried


def outcome_of_the_decided(d: _Doc, total: Quantity, q: Quantity) -> bool:
    """Does ``q``'s own words name an outcome ("作出维持决定74件") under a whole that is itself decided
    work ("审结276件")? Then its verb (作出, 结案) is no later stage of the whole's process: what became
    of the decided work is one of its kinds ("其中,调解和解结案71件,…;作出维持决定74件、…")."""
    names = _names()
    return names["decided"](d.label(total)) and names["outcomes"](d.own_words(q))


def names_an_outcome(d: _Doc, q: Quantity) -> bool:
    """Do ``q``'s own words name an outcome of decided work ("驳回复议请求70件", "维持74件")? Then it is one of
    the outcomes -- a part of the decided work, a sibling of the others -- never the base their rates
    (纠错率) are over, whatever other words of the base it holds (复议)."""
    return bool(_names()["outcomes"](d.own_words(q)))


def sibling_outcomes(d: _Doc, q: Quantity, numerator: Quantity) -> bool:
    """Are ``q`` and a rate's ``numerator`` both outcomes of decided work ("作出维持决定75件" beside "…纠错
    决定75件,纠错率…")? Then ``q`` is a sibling of the numerator, never its base."""
    return bool(_names()["siblings"](d.own_words(q))) and names_an_outcome(d, numerator)


def decided_part_at(d: _Doc, total: Quantity, parts: list[Quantity]) -> int:
    """Where a list under a whole that is not itself decided work stops: after a part naming the
    decided stage that every part after it (two at least) is an outcome of ("受理2,000件,其中办结1,980
    件,准予许可1,950件,不予许可30件": the outcomes break down the 1,980, not the 2,000);
    ``len(parts)`` otherwise."""
    names = _names()
    if names["decided"](d.label(total)):
        return len(parts)
    for k in range(len(parts) - 2):
        if names["decided"](d.label(parts[k])) and all(names["outcomes"](d.label(q)) for q in parts[k + 1 :]):
            return k + 1
    return len(parts)


_OWN_CLAUSE = re.compile(r"[,;:、]")


def another_outcome(d: _Doc, q: Quantity, of: Quantity) -> bool:
    """Do the last clauses of ``q``'s and ``of``'s words name two outcomes of one kind of decision, ``q``'s
    not the decided stage itself ("驳回复议申请148件,…直接纠错117件": two ends of the cases decided, neither
    the base of the other's rate)?"""
    mine, theirs = _OWN_CLAUSE.split(d.label(q))[-1], _OWN_CLAUSE.split(d.label(of))[-1]
    if _names()["decided"](mine):
        return False
    groups = _outcome_words()["outcomes"]
    return any(w.search(mine) and w.search(theirs) and w.search(mine).group() != w.search(theirs).group()
               for w in groups)
