"""Rates of closing whose base may hold the work carried in from last year.

"受理1,846件,结案1,792件(含上年结转案件64件),结案率93.8%": the cases closed include cases of last
year, and the rate is 1,792 / (1,846 + 64) = 93.8%, not 1,792 / 1,846 = 97.1%. The base the report
divides by is then not printed; the carried-in figure is kept with the rate (``Relation.base_plus``)
and a rate that holds only over the base with it is unverifiable, never a failure.

Closings after what came in new (新收): "新收申请131件。在已办结的138件中" -- what was closed may hold
older work, so a closing over the new intake is no error (``new_intake_closings``).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .carried_over import due_whole, listed_in_the_larger
from .closings import _CARRIED_IN, _NONE_CARRIED
from .graded import _sum_of
from .label_index import may_hold
from .model import Relation, compatible
from .preambles import CHAPTER
from .roles import is_delta, is_previous
from .stages import load_stages
from .structure import _Doc, _overlap
from .sums import CARRIED_OVER

# rates of work closed: what they count may include work carried in
_CLOSING_RATE = re.compile(r"(?:结案|办结|审结|结办|执结|办理完毕)率")
_CLOSED = re.compile(r"(?:结案|办结|审结|结办|执结|办理完毕)[^,;。\d]{0,8}$")
# an aside right after the closed work saying it holds work carried in, with no figure of its own
_CARRIED_ASIDE = re.compile(r"\((?:含|包括|包含)(?:上年|上一年|上年度|往年|以前年度|去年)[^()\d]{0,4}(?:结转|未结|积存|遗留)[^()\d]{0,6}\)")


def carried_in_bases(d: _Doc, rels: list[Relation]) -> None:
    """Give each closing rate over a base that does not name carried-in work the one figure of
    carried-in work its sentence prints (in place)."""
    for r in rels:
        if r.kind != "ratio":
            continue  # (readings too: each is evaluated with the carried-in work added to its base)
        num, den, pct = r.roles.get("numerator"), r.roles.get("denominator"), r.roles.get("percent")
        if not (isinstance(num, Quantity) and isinstance(den, Quantity) and isinstance(pct, Quantity)):
            continue
        if min(num.index, den.index, pct.index) < 0:
            continue  # a figure the text implies ("57.58/万" read as a rate, a list's sum): no words of its own
        if not _CLOSING_RATE.search(d.label(pct)) or CARRIED_OVER.search(d.label(den)):
            continue  # not a closing rate, or its base names the carried-in work itself
        # (from the intake's own sentence too, in its paragraph or the one before the rate's: "收到申请188件,
        # …上年结转2件。\n已办结182件,办结率95.8%" -- the intake's paragraph states the work carried in with it)
        start = den.sentence[0] if den.start < pct.sentence[0] and d.s.count("\n", den.start, pct.start) <= 1 else pct.sentence[0]
        carried = [q for q in d.in_range(start, pct.start)
                   if not q.is_percent and compatible(q, den) and q.index not in (num.index, den.index)
                   and _CARRIED_IN.search(d.label(q)[-12:])]
        if not carried and _CARRIED_ASIDE.match(d.s, num.end):
            r.base_grows = True  # "审结1,238件(含上年结转),结案率92.6%": carried-in work, its count unprinted
        if len(carried) == 1:
            r.base_plus = carried[0]
            holder = _closed_with_carried_in(d, carried[0])
            if holder is not None and holder.index != num.index and holder.value > num.value \
                    and compatible(holder, num):
                # "审结950件(含上年结转30件),其中当年审结920件,结案率95.0%": the rate may count
                # every case closed (950 / 1,000), not only this year's (920)
                r.readings.append({"numerator": holder, "denominator": den, "percent": pct})


def _closed_with_carried_in(d: _Doc, carried: Quantity) -> Quantity | None:
    """The figure of work closed whose aside prints the carried-in work ("审结950件(含上年结转30件)")."""
    if carried.index == 0 or not d.in_parentheses(carried):
        return None
    q = d.qs[carried.index - 1]
    return q if not q.is_percent and _CLOSED.search(d.label(q)) and not d.in_parentheses(q) else None


# the work of the year, received or filed ("新收132件", "受理复议申请86件")
_CARRIED = re.compile(_CARRIED_IN.pattern + r"|旧存|上年未结|上年度未结")
_INTAKE = re.compile(r"(?:新收|新受理|受理|收到|新增|立案)[^,;。\d]{0,10}$")
_PIECE_END = re.compile(r"[,;:。()]")


def carried_in_rates(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """"新收案件132件,上年结转18件,审结141件,结案率94.0%": a closing rate no family read, in a sentence
    printing the year's intake, the work carried in and the work closed (one figure each), is of
    the closed over the two together -- the work there was to close (150); over the intake alone
    too, when the closed do not exceed it (a reading)."""
    used = {id(r.roles.get("percent")) for r in rels if r.kind == "ratio"}
    out = []
    for pct in may_hold(d, _CLOSING_RATE):  # (only the figures whose label holds a character every match needs: label_index)
        if not pct.is_percent or id(pct) in used or not _CLOSING_RATE.search(d.label(pct)[-8:]):
            continue
        before = [q for q in d.in_range(pct.sentence[0], pct.start)
                  if not q.is_percent and not d.in_parentheses(q) and not is_delta(d, q) and not is_previous(d, q)]
        closed = next((q for q in reversed(before) if _CLOSED.search(d.label(q))), None)
        if closed is None:
            continue
        carried = [q for q in before if q.index < closed.index and _CARRIED.search(d.label(q)[-12:])]
        intake = [q for q in before if q.index < closed.index and q not in carried and _INTAKE.search(d.label(q))]
        if len(carried) != 1 or len(intake) != 1 or not all(compatible(q, closed) for q in (*carried, *intake)):
            continue
        base = _sum_of([intake[0], carried[0]])
        if base.value < closed.value:
            continue  # more closed than there was to close: not these figures' rate
        readings = [{"numerator": closed, "denominator": intake[0], "percent": pct}] \
            if closed.value <= intake[0].value else []
        out.append(Relation("ratio", "ratio.carried_in", {"numerator": closed, "denominator": base, "percent": pct},
                            per=100, readings=readings))
    return out


def new_intake_closings(d: _Doc, rels: list[Relation]) -> None:
    """"新收申请131件。在已办结的138件中": what was closed may hold older work than what came in new
    (新收). The bound is stated and holds as a rule; a closing over it is no error: such bounds (and their
    readings) are marked not exhaustive, and a failing one is unverifiable (checks)."""
    for r in rels:
        if r.kind == "bound" and r.rule == "bound.stage" and all(
                _new_intake_closed(d, ro["larger"], ro["smaller"]) for ro in [r.roles, *r.readings]):  # type: ignore[arg-type]
            r.exhaustive = False


def chapter_carried_closings(d: _Doc, rels: list[Relation]) -> None:
    """"一、…新收一审案件214件;上年结转38件;审结196件。…二审案件收案46件,审结52件": a chapter that
    says work came in from the year before speaks of every closing in it -- the closed of any of its
    funnels may hold that older work. A closing over its intake there is no error: such bounds are
    marked not exhaustive (in place), and a failing one is unverifiable (checks)."""
    v = load_stages()
    if v.carried_swells is None:
        return
    for r in rels:
        larger, smaller = r.roles.get("larger"), r.roles.get("smaller")
        if r.kind != "bound" or r.rule != "bound.stage" or r.readings or not r.exhaustive \
                or not (isinstance(larger, Quantity) and isinstance(smaller, Quantity)) \
                or min(larger.index, smaller.index) < 0 or smaller.value <= larger.value:
            continue  # (a bound that holds needs nothing more)
        small, big = (re.split(r"[,;:。()]", d.label(q))[-1] for q in (smaller, larger))
        if not v.carried_swells.search(small) or v.carried_swells.search(big) or due_whole(d, larger):
            continue
        opened = max((m.start() for m in CHAPTER.finditer(d.s, 0, larger.start)), default=0)
        if any(not _NONE_CARRIED.search(d.s, max(opened, m.start() - 2), m.end())
               for m in _CARRIED_IN.finditer(d.s, opened, larger.start)) \
                or any(_overlap(row, re.sub(r"[^\u4e00-\u9fff]", "", big)) >= 2 for row in carried_rows(d)):
            r.exhaustive = False


def chapter_carried_splits(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """"上年结转2件。…收到申请7件,已审结7件,尚未审结2件": in a chapter that speaks of work carried in
    from the year before, what was closed and what is still open split the intake and that work together.
    A split of an intake (not the work due, no aside holding the carried work) whose parts exceed it gets
    a reading over the intake and the one carried-in figure the chapter prints before it; with none or
    several printed the total is not printed, and the split is not read."""
    v = load_stages()
    if v.carried_swells is None:
        return rels
    out = []
    for r in rels:
        total, parts = r.roles.get("total"), r.roles.get("parts")
        if r.kind != "sum" or r.rule not in ("sum.status", "sum.rest") or r.readings \
                or not isinstance(total, Quantity) or not isinstance(parts, list) or len(parts) != 2 \
                or total.index < 0 or sum(p.value for p in parts) <= total.value \
                or not v.carried_swells.search(_PIECE_END.split(d.label(parts[0]))[-1]) or due_whole(d, total) \
                or re.match(r"\((?:含|包括|包含)", d.s[total.end : total.end + 4]):
            out.append(r)  # (a split that adds up, or of work that holds the carried work, needs nothing more)
            continue
        opened = max((m.start() for m in CHAPTER.finditer(d.s, 0, total.start)), default=0)
        if not any(not _NONE_CARRIED.search(d.s, max(opened, m.start() - 2), m.end())
                   for m in _CARRIED_IN.finditer(d.s, opened, total.start)):
            out.append(r)
            continue
        carried = {q.value: q for q in d.in_range(opened, total.start) if not q.is_percent and compatible(q, total)
                   and _CARRIED.search(d.label(q)[-12:]) and not is_delta(d, q) and not is_previous(d, q)}
        if len(carried) == 1:
            r.readings.append({"total": _sum_of([total, *carried.values()]), "parts": parts})
            out.append(r)
    return out


def carried_rows(d: _Doc) -> list[str]:
    """The Chinese words of every table row, anywhere in the report, that counts work carried in with a
    figure above 0 ("二、上年结转政府信息公开申请数量|…|2"): the report's summary of that work speaks of
    it too, wherever the summary stands (read once per document)."""
    found = d.cache.get("carried_rows")
    if found is None:
        found = [re.sub(r"[^\u4e00-\u9fff]", "", row.head) for table in d.cache.get("tables") or []  # type: ignore[union-attr]
                 for row in table.rows
                 if _CARRIED_IN.search(row.head) and not _NONE_CARRIED.search(row.head)
                 and any(q.value > 0 for _, q in row.numbers)]
        d.cache["carried_rows"] = found
    return found  # type: ignore[return-value]


def _new_intake_closed(d: _Doc, larger: Quantity, smaller: Quantity) -> bool:
    """Is ``larger`` named as new intake (新收…) and ``smaller`` a closing (审结, 办结…)?"""
    v = load_stages()
    if v.new_intake is None or v.carried_swells is None:
        return False
    big = _PIECE_END.split(d.label(larger))[-1]
    small = _PIECE_END.split(d.label(smaller))[-1]
    return bool(v.new_intake.search(big)) and bool(v.carried_swells.search(small))


def carried_in_closings(d: _Doc, rels: list[Relation]) -> None:
    """"收到申请23件(上年结转2件),已办结24件": what was closed may hold the work carried in, printed
    beside what came in -- a closing bound over the intake gets a reading over the intake and that
    work together (in place), so it fails only when the closed exceed both."""
    v = load_stages()
    if v.carried_swells is None:
        return
    for r in rels:
        if r.kind != "bound" or r.rule != "bound.stage":
            continue
        larger, smaller = r.roles.get("larger"), r.roles.get("smaller")
        if not (isinstance(larger, Quantity) and isinstance(smaller, Quantity)) or larger.index < 0 \
                or smaller.index <= larger.index or larger.value >= smaller.value:
            continue  # (a bound that holds needs no other reading)
        if not v.carried_swells.search(_PIECE_END.split(d.label(smaller))[-1]) or due_whole(d, larger):
            continue  # ("加上上年结转138件,全年应审结1,242件": the work due holds that work by its words)
        carried = [q for q in d.in_range(larger.sentence[0], smaller.start)
                   if q.index not in (larger.index, smaller.index) and not q.is_percent and compatible(q, larger)
                   and _CARRIED.search(d.label(q)[-12:]) and not is_delta(d, q) and not is_previous(d, q)
                   # ("受理50件(含上年结转5件)": the intake holds that work already)
                   and not re.match(r"\((?:含|包括|包含|其中)", d.s[larger.end : larger.end + 4])
                   # ("办理52件,其中新收47件、上年结转5件;审结49件": one item of the intake's own list)
                   and not listed_in_the_larger(d, q.start, larger, smaller)]
        if len(carried) == 1:
            r.readings.append({"smaller": smaller, "larger": _sum_of([larger, carried[0]])})
