"""A decision's whole is what it granted and what it refused: "受理审查逮捕案件642件886人,批准逮捕467件
598人,不批准逮捕175件283人" -- 642 = 467 + 175 and 886 = 598 + 283.

The granting figure's own words name a decision (catalog distributed.yaml, decision_splits); the
next figure of its unit in the sentence is named by the same words refused (不批准逮捕, 不予许可);
the whole is the figure of the unit right before the granting one, larger, whose own words name a
review or intake. A third figure of the unit after the refused one in the sentence ("尚在审查10件")
and the two are not all of it: nothing is read. A figure followed at once by one of another unit
("642件886人") counts the same items by a second measure: the seconds add up too, when all three
have one."""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import read_section


@lru_cache(maxsize=1)
def _vocab() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    return read_section("distributed.yaml", "decision_splits", lambda v, _: (
        re.compile(str(v["decisions"])), re.compile(str(v["lead"])), re.compile(str(v["refused"])),
        re.compile(str(v["reviews"]))))


def _plain(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or q.in_table or is_delta(d, q) or is_previous(d, q) or d.in_parentheses(q))


def _second(d: _Doc, q: Quantity) -> Quantity | None:
    """The figure printed right after ``q`` with no words of its own, in another unit ("642件886人")."""
    if q.index + 1 >= len(d.qs):
        return None
    n = d.qs[q.index + 1]
    if n.start != q.end or n.is_percent or compatible(n, q) or not n.unit:
        return None
    return n


def _items(d: _Doc, q: Quantity) -> list[Quantity]:
    """The figures of ``q``'s sentence after it, seconds and percents passed over."""
    out = []
    for n in d.from_index(q.index + 1):
        if n.sentence != q.sentence:
            break
        if n.is_percent or _second(d, d.qs[n.index - 1]) is n:
            continue
        out.append(n)
    return out


def decision_splits(d: _Doc) -> list[Relation]:
    """Each decision's whole over what it granted and what it refused, per measure."""
    decisions, lead, refused, reviews = _vocab()
    out: list[Relation] = []
    for x in may_hold(d, decisions):  # (only the figures whose label holds a character every match needs: label_index)
        if not x.index or not _plain(d, x):
            continue
        core = lead.sub("", d.own_words(x))
        if not core or not decisions.search(core) or refused.match(core):
            continue
        k = x.index - 1
        if k >= 1 and _second(d, d.qs[k - 1]) is d.qs[k]:
            k -= 1  # (the whole printed with a second measure: "642件886人")
        w = d.qs[k] if d.qs[k].sentence == x.sentence else None
        if w is None or not _plain(d, w) or not compatible(w, x) or w.value <= x.value \
                or not reviews.search(d.own_words(w)):
            continue
        after = _items(d, x)
        if not after or not _plain(d, after[0]) or not compatible(after[0], x):
            continue
        y = after[0]
        m = refused.match(lead.sub("", d.own_words(y)))
        if m is None or lead.sub("", d.own_words(y)[m.end() :]) != core or y.value > w.value:
            continue
        if any(compatible(q, x) and not is_delta(d, q) for q in after[1:]):
            continue  # a third outcome ("尚在审查10件"): the two are not all of the whole
        out.append(Relation("sum", "sum.breakdown", {"total": w, "parts": [x, y]}))
        seconds = [_second(d, q) for q in (w, x, y)]
        if all(s is not None for s in seconds) and len({s.unit for s in seconds if s is not None}) == 1:
            sw, sx, sy = seconds
            out.append(Relation("sum", "sum.breakdown", {"total": sw, "parts": [sx, sy]}))
    return out
