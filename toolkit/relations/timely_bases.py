"""Rates of work closed on time, over what was closed or over what was due.

"转办工单12,480件。…转办工单办结12,431件,按期办结12,106件,按期办结率97.0%": reports count
按时办结率 (按期办结率, 如期办结率) over the work closed by some accounts and over the work dispatched
or received -- all of which was due -- by others (12,106 / 12,480 = 97.0%). When the sentence prints the
closed figure as the rate's base, the intake of that work printed before it (its paragraph or one of
the paragraphs before, within reach: a table may stand between) is a reading too: the check fails only
when the rate holds over neither.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc, _paragraph_start

_REACH = 1200  # characters looked back for the work due

# a rate of work closed in time (not a satisfaction or a plain closing rate)
_TIMELY_RATE = re.compile(r"(?:按时|按期|如期|及时|限时)(?:办结|结案|办理|审结|答复)率")
# the base the sentence prints: a figure of work closed
_CLOSED = re.compile(r"(?:办结|结案|审结|办理完毕)[^,;。\d]{0,4}$")
# the work due: dispatched to the bodies that handle it, or received
_DUE = re.compile(r"(?:转办|派单|派发|交办|转派|分派|受理|接收)[^,;。\d]{0,6}$")


def timely_bases(d: _Doc, rels: list[Relation]) -> None:
    """Give each rate of work closed in time over a closed figure the work due before it as a reading
    (in place)."""
    for r in rels:
        if r.kind != "ratio" or r.per != 100:
            continue
        num, den, pct = r.roles.get("numerator"), r.roles.get("denominator"), r.roles.get("percent")
        if not (isinstance(num, Quantity) and isinstance(den, Quantity) and isinstance(pct, Quantity)):
            continue
        if min(num.index, den.index, pct.index) < 0 or not _TIMELY_RATE.search(d.label(pct)[-10:]):
            continue
        if not _CLOSED.search(re.split(r"[,;:。]", d.label(den))[-1]):
            continue
        due = _due_before(d, den)
        if due is not None and not any(ro.get("denominator") is due for ro in r.readings):
            r.readings.append({"numerator": num, "denominator": due, "percent": pct})


def _due_before(d: _Doc, closed: Quantity) -> Quantity | None:
    """The nearest figure before ``closed``, within reach, of the work due
    (转办, 派单, 受理…), counted alike and no smaller -- out of tables, brackets and changes."""
    # (its paragraph and those before, within reach: a table of the bodies' work may stand between)
    start = _paragraph_start(d, max(0, closed.start - _REACH))
    for q in reversed(d.qs[d.before(start) : closed.index]):
        if q.start < start or q.is_percent or q.in_table or d.in_parentheses(q) or is_delta(d, q) or is_previous(d, q):
            continue
        if compatible(q, closed) and q.unit == closed.unit and q.value >= closed.value \
                and _DUE.search(re.split(r"[,;:。]", d.label(q))[-1]):
            return q
    return None
