"""Work due in the year, stated between where it came from and what became of it (sum.flow).

"新收申请14件,上年结转2件,应办16件;年内办结15件,结转下年1件": the work due (应办, 需办理) is what came in
new and what was carried in, the two figures right before it in its sentence; it is also what was
closed and what goes on into the next year, the two figures right after it (in its sentence or the
next). "全年办理申请51件,包括新收47件、上年结转4件。截至年底,已答复46件,正在办理5件": a figure whose
new and carried-in parts are listed right after it is such work too.

One reading only (``catalog/flows.yaml``, ``due``): each side is exactly two figures of the due
figure's unit, adjacent to it, each named by its own clause (new intake then carried in, in either
order; closed then carried out), none a change, last year's figure, or in parentheses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, re.Pattern]:
    return read_section("flows.yaml", "due", lambda v, _: {k: re.compile(p) for k, p in v.items()})


def _plain(d: _Doc, q: Quantity, like: Quantity) -> bool:
    # (a carried-in figure is last year's work by its words, "上年结转2件", and the year's intake may
    # be named by its year, "2021年新收14件": no previous level either, between the other two)
    v = _vocabulary()
    return (not q.is_percent and compatible(q, like) and q.unit == like.unit and not is_delta(d, q)
            and (not is_previous(d, q) or bool(v["carried_in"].search(_words(d, q)) or v["new"].search(_words(d, q))))
            and not d.in_parentheses(q))


def _words(d: _Doc, q: Quantity) -> str:
    return _NOT_CJK.sub("", d.clause(q))


def due_work(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Due = new + carried in, and due = closed + carried out, where the text lays them out so --
    unless a sum of ``found`` states it already (flows, flow balances)."""
    v = _vocabulary()
    said = {(r.roles["total"].index, frozenset(p.index for p in r.roles["parts"]))  # type: ignore[union-attr]
            for r in found if r.kind == "sum" and isinstance(r.roles.get("total"), Quantity)
            and isinstance(r.roles.get("parts"), list)}
    out: list[Relation] = []
    for q in d.qs:
        if q.is_percent or q.in_table or is_delta(d, q) or is_previous(d, q):
            continue
        own = _words(d, q)
        listed = _listed_after(d, q, v)
        if not v["due"].search(own) and listed is None:
            continue
        sources = listed or _sources_before(d, q, v)
        if sources is not None and (q.index, frozenset(p.index for p in sources)) not in said:
            out.append(Relation("sum", "sum.flow", {"total": q, "parts": sources}))
        if sources is None and not v["due"].search(own):
            continue
        after = _outcomes_after(d, q, v, skip=2 if listed else 0)
        if after is not None and (q.index, frozenset(p.index for p in after)) not in said:
            out.append(Relation("sum", "sum.flow", {"total": q, "parts": after}))
    return out


def _is_new(d: _Doc, q: Quantity, v: dict[str, re.Pattern]) -> bool:
    return bool(v["new"].search(_words(d, q))) and not v["carried_in"].search(_words(d, q))


def _sources_before(d: _Doc, q: Quantity, v: dict[str, re.Pattern]) -> list[Quantity] | None:
    """The new intake and the carried-in figure right before ``q`` in its sentence, or None."""
    before = [p for p in d.in_range(q.sentence[0], q.start) if not p.is_percent and compatible(p, q)]
    if len(before) != 2 or not all(_plain(d, p, q) for p in before):
        return None
    a, b = before
    if _is_new(d, a, v) and v["carried_in"].search(_words(d, b)):
        return [a, b]
    if _is_new(d, b, v) and v["carried_in"].search(_words(d, a)):
        return [b, a]
    return None


def _listed_after(d: _Doc, q: Quantity, v: dict[str, re.Pattern]) -> list[Quantity] | None:
    """"办理申请51件,包括新收47件、上年结转4件": the new and carried-in parts listed right after ``q``."""
    nxt = d.qs[q.index + 1 : q.index + 3]
    if len(nxt) != 2 or not all(_plain(d, p, q) for p in nxt) or any(p.sentence != q.sentence for p in nxt):
        return None
    if not v["within"].match(_NOT_CJK.sub("", d.s[q.end : nxt[0].start])):
        return None
    a, b = nxt
    return [a, b] if _is_new(d, a, v) and v["carried_in"].search(_words(d, b)) else None


def _outcomes_after(d: _Doc, q: Quantity, v: dict[str, re.Pattern], skip: int) -> list[Quantity] | None:
    """The closed and carried-out figures right after ``q`` (past ``skip`` listed parts), in its
    sentence or the next, no third figure of its unit right after them in their sentence; or None."""
    nxt = [p for p in d.qs[q.index + 1 + skip : q.index + 4 + skip] if not p.is_percent]
    if len(nxt) < 2 or not all(_plain(d, p, q) for p in nxt[:2]):
        return None
    a, b = nxt[:2]
    if (a.sentence != q.sentence and a.sentence[0] > q.sentence[1] + 1) or b.sentence not in (a.sentence, q.sentence):
        return None  # (the closing in the sentence right after the due figure's, both in one sentence)
    if not v["closed"].search(_words(d, a)) or not v["carried_out"].search(_words(d, b)):
        return None
    if len(nxt) > 2 and nxt[2].sentence == b.sentence and compatible(nxt[2], q):
        return None  # ("…办结15件,结转1件,其中…": a list going on: not these two alone)
    return [a, b]
