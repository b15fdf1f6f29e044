"""A decision's whole is what it granted and what it refused: "受理审查逮捕案件642件886人,批准逮捕467件
598人,不批准逮捕175件283人" -- 642 = 467 + 175 and 886 = 598 + 283.

The granting figure's own words name a decision (catalog distributed.yaml, decision_splits); the
next figure of its unit in the sentence is named by the same words refused (不批准逮捕, 不予许可);
the whole is the figure of the unit right before the granting one, larger, whose own words name a
review or intake (in the sentence before, when the granting figure opens its own: "收到申请118件,较上
年增长21.6%。依法受理100件,不予受理11件"; a change or last year's figure between is passed over). An
application neither accepted nor refused but sent on (``others``: "告知向有关机关申请8件") is a third
part, which a list of applications accepted (受理) must name to be all of them; any other third figure of the unit after the refused one in the sentence ("尚在审查10件")
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
def _vocab() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    return read_section("distributed.yaml", "decision_splits", lambda v, _: (
        re.compile(str(v["decisions"])), re.compile(str(v["lead"])), re.compile(str(v["refused"])),
        re.compile(str(v["reviews"])), re.compile(str(v["others"])), re.compile(str(v["applied"]))))


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
    """The figures of ``q``'s sentence after it, seconds, percents, changes and last year's passed over."""
    out = []
    for n in d.from_index(q.index + 1):
        if n.sentence != q.sentence:
            break
        if n.is_percent or _second(d, d.qs[n.index - 1]) is n or is_delta(d, n) or is_previous(d, n):
            continue
        out.append(n)
    return out


def _whole_before(d: _Doc, x: Quantity) -> Quantity | None:
    """The figure counted like ``x`` nearest before it, changes, last year's figures and percents passed
    over: in its sentence, or in the sentence right before when ``x`` is the first such of its own."""
    sentences = {x.sentence}
    for k in range(x.index - 1, -1, -1):
        w = d.qs[k]
        if w.sentence not in sentences:
            if len(sentences) == 2:
                return None  # (the sentence before only: the whole is said right before its outcomes)
            sentences.add(w.sentence)
        if not (w.is_percent or is_delta(d, w) or is_previous(d, w)):
            # (a part after 其中 in its sentence is no whole: "收到申请118件,其中网络提交108件。依法受理100件…")
            return w if compatible(w, x) and "其中" not in d.s[w.sentence[0] : w.start] else None
    return None


def decision_splits(d: _Doc) -> list[Relation]:
    """Each decision's whole over what it granted and what it refused, per measure."""
    decisions, lead, refused, reviews, others, applied = _vocab()
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
        w = d.qs[k] if d.qs[k].sentence == x.sentence and compatible(d.qs[k], x) else _whole_before(d, x)
        if w is None or not _plain(d, w) or not compatible(w, x) or w.value <= x.value \
                or not reviews.search(d.own_words(w)):
            continue
        if w.sentence != x.sentence and decisions.fullmatch(core) is None:
            continue  # (a whole in the sentence before: only for a decision naming nothing else -- "依法受理100件")
        if decisions.search(core).group() == "受理" and not applied.search(d.own_words(w)):
            continue  # (受理 decides an application: "收到来信1,000件,受理120件" leaves the rest sent on unsaid)
        after = _items(d, x)
        if not after or not _plain(d, after[0]) or not compatible(after[0], x):
            continue
        y = after[0]
        m = refused.match(lead.sub("", d.own_words(y)))
        if m is None or lead.sub("", d.own_words(y)[m.end() :]) != core or y.value > w.value:
            continue
        sent_on = [q for q in after[1:] if compatible(q, x)]
        if not all(_plain(d, q) and others.match(lead.sub("", d.own_words(q))) for q in sent_on):
            continue  # a third outcome ("尚在审查10件"): the two are not all of the whole
        if not sent_on and decisions.search(core).group() == "受理":
            continue  # (accepted and refused may leave out the applications sent on, unsaid: "新收申请640件。
            # 经审查,受理590件,不予受理38件" -- only a list naming those too is all of them)
        # (applications accepted, refused and sent on: named by their acts, no kinds of what came in -- a
        # later "受理的69件案件中" names the accepted set again: named_again)
        rule = "sum.application_split" if sent_on else "sum.breakdown"
        out.append(Relation("sum", rule, {"total": w, "parts": [x, y, *sent_on]}))
        seconds = [_second(d, q) for q in (w, x, y)]
        if not sent_on and all(s is not None for s in seconds) and len({s.unit for s in seconds if s is not None}) == 1:
            sw, sx, sy = seconds
            out.append(Relation("sum", "sum.breakdown", {"total": sw, "parts": [sx, sy]}))
    return out
