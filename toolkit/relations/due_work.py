"""Work due in the year: what came in new and what was carried in make it; what was closed and what goes on
into the next year make it again. Two readers, one after the other:

* ``due_totals``: "新收申请91件,…,另有上年结转申请9件,全年应办理100件" -- the carried-in figure right before
  the figure named as the work due (应办理, 需办理, 共), the year's intake the one level before them in the
  sentence (``flows.yaml`` ``due_work``; ``added.added_totals`` reads the same when 加上 names the addend);
  the carried-out rest named after its figure ("办结17件,另2件结转下年度继续办理") is read by
  ``closings.carried_forward_splits`` with ``forwarded_after`` and ``closing_before`` below.
* ``due_work`` (sum.flow): "新收申请14件,上年结转2件,应办16件;年内办结15件,结转下年1件" -- the two figures right
  before the due figure and the two right after it, and "全年办理申请51件,包括新收47件、上年结转4件" (a figure
  whose new and carried-in parts are listed right after it); one reading only (``flows.yaml`` ``due``), each
  side exactly two figures of the due figure's unit, none a change, last year's figure or in parentheses --
  and none a sum a family before it (due_totals, the flows, the flow balances) states already.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import in_no_words, may_hold
from .model import Relation, compatible
from .roles import is_delta, is_plain_level, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
# the rest named only by the words before it that say there is more (另, 另有, 尚有): what it is is
# said after it ("另2件结转下年度继续办理", "另有1件转入2024年继续办理")
REST_OPENER = re.compile(r"^[,;]?(?:另有?|尚有|还有|其余|剩余)(?:的)?$")
# carried into the next year, in the words after the figure (the year by name or as 下年)
_FORWARD_AFTER = re.compile(r"^(?:件|个|宗|起|项)?[^,;。\d]{0,16}?(?:(?:结转|转入|转)(?:至|到)?下(?:一)?年|"
                            r"(?:结转|转入)(?:至|到)?\d{4}年)")


def forwarded_after(d: _Doc, q: Quantity) -> bool:
    """Is the figure a rest carried into the next year by the words after it, its own before it
    saying only that there is more ("另2件结转下年度继续办理")?"""
    return bool(REST_OPENER.match(d.clause(q))) and bool(_FORWARD_AFTER.match(d.after(q, 40)))


def closing_before(d: _Doc, q: Quantity) -> Quantity | None:
    """The figure before the carried-out ``q`` in its sentence, past the rates between them ("办结14件,
    办结率82.4%,结转下年度3件": the rate is of the closing, no figure of the balance)."""
    i = q.index - 1
    while i >= 0 and d.qs[i].is_percent and d.qs[i].sentence == q.sentence:
        i -= 1
    return d.qs[i] if i >= 0 else None


@lru_cache(maxsize=1)
def _totals_vocabulary() -> dict[str, re.Pattern]:
    return read_section("flows.yaml", "due_work", lambda v, _: {k: re.compile(p) for k, p in v.items()})


def _names(d: _Doc, q: Quantity, words: re.Pattern) -> bool:
    return bool(words.search(_words(d, q)))


def due_totals(d: _Doc) -> list[Relation]:
    """Due = intake + carried in, where the carried-in figure stands right before the due figure in
    its sentence and one intake level stands before them (no other level of their unit between)."""
    v = _totals_vocabulary()
    out: list[Relation] = []
    for t in may_hold(d, v["due"]):
        if t.index < 2 or not is_plain_level(d, t) or not v["due"].search(d.clause(t)):
            continue
        c = d.qs[t.index - 1]
        if c.sentence != t.sentence or not is_plain_level(d, c) or not compatible(c, t) or not _names(d, c, v["carried_in"]) \
                or v["added"].search(d.label(c)) or v["none"].search(d.clause(c)):
            continue  # (加上: added_totals reads it)
        levels = [p for p in d.in_range(t.sentence[0], c.start) if is_plain_level(d, p) and compatible(p, t)]
        if levels and "其中" in d.s[levels[0].end : levels[-1].start]:
            # "收到申请47件,其中…提出42件,占89.4%;上年结转3件,合计需办理50件": the 其中 figures are
            # parts of the intake, no level beside it
            opened = d.s.index("其中", levels[0].end)
            levels = [p for p in levels if p.start < opened]
        if len(levels) != 1 or not _names(d, levels[0], v["intake"]) or _names(d, levels[0], v["carried_in"]):
            continue  # two levels before: a list or stages, nothing says which is the intake
        out.append(Relation("sum", "sum.due", {"total": t, "parts": [levels[0], c]}))
    return out



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
    if in_no_words(d, v["carried_in"], v["carried_out"]):
        return []  # (each reading needs a carried-in or a carried-out word in a figure's words)
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
