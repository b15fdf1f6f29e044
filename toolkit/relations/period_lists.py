"""Periods listed with 分别 ("4月、5月、6月分别受理4.86万件、5.23万件、5.55万件", "上、下半年分别为…",
"一至四季度分别…", "四个季度分别…"): when the names before 分别 are every part of a partition of a
period (``catalog/periods.yaml``) in order, one figure each, the figures add up to the whole period's.

``periods.period_partitions`` reads a part named in each figure's own clause; here the names stand
together before 分别, and the whole is often stated with no name of its period (a quarterly bulletin's
"共受理诉求15.64万件" is the quarter's). The whole is the one figure before the list, within its
paragraph and two sentences, of the parts' unit, stated as a whole (共, 总量, 合计, or the whole
period's name) and not a 其中 part; the figures must confirm it (they add up, or do but for one slip
of one figure): with two readings of the whole, or none confirmed, nothing is read.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .misprints import one_slip_adds_up, slips
from .model import Relation, compatible
from .periods import _partitions, _words
from .roles import is_delta, is_previous
from .scopes import is_additive, unit_class
from .structure import SENT_END, _Doc
from .sums import _adds_up

_FENBIE = re.compile(r"分别")
# the names of a whole partition said short: every quarter or every half by its count or its ends
_ALL_QUARTERS = re.compile(r"(?:四个季度|一至四季度|第一至第?四季度|1[-至~]4季度|各季度)$")
_ALL_HALVES = re.compile(r"(?:上、?下半年|上下半年|前后两个半年)$")
_WHOLE_WORDS = re.compile(r"共|总量|合计|总计|累计|全年|本季度|本月")
_REACH = 2


def _names_every_part(names: str) -> str | None:
    """The id of the partition whose every part the names before 分别 give, in order."""
    names = names.strip()
    if _ALL_QUARTERS.search(names):
        return "quarters"
    if _ALL_HALVES.search(names):
        return "halves"
    items = re.split(r"[、和及与]", names)
    for part in _partitions():
        n = len(part.parts)
        if len(items) == n and all(p.search(it.strip()) for p, it in zip(part.parts, items, strict=True)):
            return part.id
    return None


def period_lists(d: _Doc) -> list[Relation]:
    """One sum per 分别 list naming every part of a period's partition, over the whole before it."""
    if "分别" not in d.s:
        return []
    out: list[Relation] = []
    for m in _FENBIE.finditer(d.s):
        k = d.before(m.end())
        if k >= len(d.qs):
            continue
        head = d.s[max(d.last_before(",;。\n", m.start()) + 1, 0) : m.start()]
        pid = _names_every_part(head)
        if pid is None:
            continue
        n = next(len(p.parts) for p in _partitions() if p.id == pid)
        parts = d.qs[k : k + n]
        if len(parts) != n or any(p.sentence != parts[0].sentence or p.is_percent or not compatible(p, parts[0])
                                  or not is_additive(d, p) for p in parts):
            continue
        if len(d.qs) > k + n and d.qs[k + n].sentence == parts[0].sentence and compatible(d.qs[k + n], parts[0]) \
                and not d.qs[k + n].is_percent and "、" in d.s[parts[-1].end : d.qs[k + n].start]:
            continue  # a longer list than the names: not one figure each
        if _more_after(d, parts[-1]):
            continue  # "上半年和下半年分别受理520件、640件,另有40件为跨年度转办": the periods are not all of it
        whole = _whole_before(d, parts[0], m.start(), next(p for p in _partitions() if p.id == pid).whole)
        if whole is not None and _confirmed(whole, parts):
            out.append(Relation("sum", "sum.breakdown", {"total": whole, "parts": parts}))
    return out


def _whole_before(d: _Doc, first: Quantity, at: int, period: re.Pattern) -> Quantity | None:
    """The one figure before the list's names, in its paragraph and the two sentences before, of
    the parts' unit, stated as a whole (no 其中 before it in its sentence, no change or average) or
    named in its clause as the whole period ("其中三季度2,917件次" over 7月、8月、9月)."""
    para = d.last_before("\n", at) + 1
    start = first.sentence[0]
    for _ in range(_REACH):
        if start <= para + 1:
            break
        start = max(para, d.last_before(SENT_END, start - 1) + 1)
    cands = []
    for q in d.in_range(start, at):
        if q.is_percent or q.in_table or not compatible(q, first) or unit_class(q) != unit_class(first) \
                or is_delta(d, q) or is_previous(d, q) or d.in_parentheses(q) or not is_additive(d, q):
            continue
        head = d.s[q.sentence[0] : q.start]
        clause = re.split(r"[,;:]", d.label(q))[-1]
        if _words("whole_not").search(clause):
            continue
        if not period.search(clause) and ("其中" in head or not _WHOLE_WORDS.search(head)):
            continue
        cands.append(q)
    named = [q for q in cands if period.search(re.split(r"[,;:]", d.label(q))[-1])]
    cands = named or cands  # (the whole period named outright before a whole stated so only)
    return cands[0] if len({q.value for q in cands}) == 1 else None


def _confirmed(whole: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts add up to the whole, or would but for one slip of one figure (a part, or the
    whole)? A partition leaves no part out, so a gap as round as the figures is no missing part
    here (as ``misprints.within_one_slip`` must allow for a list): only wholes of 3 digits or more."""
    if _adds_up(whole, parts):
        return True
    if len(whole.number.replace(",", "").replace(".", "")) < 3:
        return False
    total = sum((p.value for p in parts), 0)
    return one_slip_adds_up(whole, parts) or any(v == total for v in slips(whole))


_MORE = re.compile(r"^[,;。]?(?:另有|另|此外|还有|其余|其他|以及)")


def _more_after(d: _Doc, last: Quantity) -> bool:
    """Does a figure of the list's unit follow its last part in its sentence, or open the next
    sentence with words adding more (另有, 此外)? Then the listed periods are not all the act counts."""
    nxt = d.qs[last.index + 1] if last.index + 1 < len(d.qs) else None
    if nxt is None or nxt.is_percent or not compatible(nxt, last):
        return False
    if nxt.sentence == last.sentence:
        return True
    between = d.s[last.end : nxt.start]
    return between.count("。") == 1 and bool(_MORE.match(between.split("。")[-1]))
