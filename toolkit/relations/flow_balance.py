"""The balance of work carried through a year: what was to be handled is what was closed and what
goes on into the next year.

"本年度共收到申请17件,上年结转0件;办结16件,…;结转下年度继续办理1件": with nothing carried in,
what came in this year is what was closed plus what is carried out (17 = 16 + 1). Carried in as a
part of the intake ("受理846件,其中新收812件、旧存34件;审结800件,未结46件"), the intake is the
whole handled and the balance holds the same way. Carried in beside it and not nil, the whole handled
is printed nowhere: nothing is read.

One reading only (``catalog/flows.yaml``, ``balance``): in one sentence, the first figure naming an
intake (not a change, not last year's), the words that nothing was carried in or a carried-in figure
listed under the intake, then exactly one figure naming the closing and one naming the work carried
out, all in the intake's unit, the closing no 其中 part of something else. Read after
``closings.carried_forward_splits`` (the closing right before the carried-out figure, the carried-in
anywhere in the text), whose sums are not said again: this adds the balances it leaves -- the
closing's own outcome list between the two, the carried-in listed under the intake.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, re.Pattern]:
    return read_section("flows.yaml", "balance", lambda v, _: {k: re.compile(p) for k, p in v.items()})


def _named(d: _Doc, q: Quantity, words: re.Pattern) -> bool:
    """Do the words of the figure's own clause name it so ("结转下年度继续办理1件", "办结16件")?"""
    return bool(words.search(_NOT_CJK.sub("", d.clause(q))))


def flow_balances(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Intake = closed + carried out, in each sentence that says nothing was carried in (or lists
    what was carried in under the intake), unless a sum of ``found`` states it already."""
    v = _vocabulary()
    said = {(r.roles["total"].index, frozenset(p.index for p in r.roles["parts"]))  # type: ignore[union-attr]
            for r in found if r.kind == "sum" and isinstance(r.roles.get("total"), Quantity)
            and isinstance(r.roles.get("parts"), list)}
    out: list[Relation] = []
    seen: set[tuple[int, int]] = set()
    for q in may_hold(d, v["intake"]):  # (only the figures whose label holds a character every intake word needs)
        if q.sentence in seen or q.is_percent or not _named(d, q, v["intake"]):
            continue
        if is_delta(d, q) or is_previous(d, q) or _named(d, q, v["carried_in"]) or _named(d, q, v["closed"]):
            continue
        seen.add(q.sentence)
        text = d.s[q.sentence[0] : q.sentence[1]]
        rest = [p for p in d.in_range(q.end, q.sentence[1])
                if not p.is_percent and compatible(p, q) and not is_delta(d, p) and not is_previous(d, p)]
        carried = [p for p in rest if _named(d, p, v["carried_in"])]
        if len(carried) > 1:
            continue
        if carried:
            within = v["within"].search(d.s[q.end : carried[0].start])
            if carried[0].value != 0 and not within:
                continue  # carried in beside the intake: the whole handled is not printed
            if carried[0].value != 0 and any(_named(d, p, v["closed"]) for p in rest if p.start < carried[0].start):
                continue  # "受理437件,审结417件(含上年结转21件)": the closing's aside, beside the intake
        elif not v["none_in"].search(text):
            continue  # nothing said of last year's work: the closing may hold some of it
        closed = [p for p in rest if _named(d, p, v["closed"]) and not _named(d, p, v["carried_out"])]
        later = [p for p in rest if _named(d, p, v["carried_out"])]
        if len(closed) != 1 or len(later) != 1 or closed[0].start > later[0].start:
            continue
        if v["part"].search(d.s[q.end : closed[0].start].split(";")[-1]):
            continue  # "…,其中办结…": a part of another figure
        if (q.index, frozenset((closed[0].index, later[0].index))) not in said:
            out.append(Relation("sum", "sum.flow_balance", {"total": q, "parts": [closed[0], later[0]]}))
    return out
