"""A total whose bracket names its parts: "直接纠错18件(撤销、确认违法、责令履行),纠错率14.9%" after
"维持84件、撤销9件、确认违法6件、责令履行3件、驳回12件" -- 18 = 9 + 6 + 3.

The bracket right after the figure holds names only (no figure), two or more, joined by 、/和/及;
each name is the end of the own words of exactly one figure of the total's unit in its paragraph,
before it. The bracket may stand between the total's name and its figure too: "纠错案件(变更、撤销、确认
违法、责令履行)共计218件". One name that names no figure, or two, and nothing is read: the bracket may say what the
total is about, not what it adds up. A 等 closing the names says the list is not all of it.
"""

from __future__ import annotations

import re

from .model import Relation, compatible
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc

_BRACKET = re.compile(r"\(([\u4e00-\u9fff、和及与]{4,60})\)")
_SPLIT = re.compile(r"、|和|及|与")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[,;:、。]")
_TAIL = re.compile(r"(?:的|类|案件|件)$")
# the bracket closing the total's name, right before its figure (a verb of counting between them)
_BEFORE = re.compile(r"\(([\u4e00-\u9fff、和及与]{4,60})\)(?:共计|合计|总计|共|计|为|达到|达|有)?$")


def bracket_names(d: _Doc) -> list[Relation]:
    out: list[Relation] = []
    if "(" not in d.s:
        return out
    for w in d.qs:
        m = _BRACKET.match(d.s, w.end) or _BEFORE.search(d.s, max(0, w.start - 72), w.start)
        if m is None or w.is_percent or w.in_table or is_delta(d, w) or is_previous(d, w) or is_per_n(d, w):
            continue
        names = [n for n in _SPLIT.split(m.group(1)) if n]
        if len(names) < 2 or any(len(n) < 2 for n in names) or names[-1].endswith("等"):
            continue
        para = d.last_before("\n", w.start) + 1
        before = [q for q in d.in_range(para, w.start) if not q.is_percent and compatible(q, w)
                  and not is_delta(d, q) and not is_previous(d, q) and not d.in_parentheses(q)]
        parts = []
        for name in names:
            hits = [q for q in before if _TAIL.sub("", _NOT_CJK.sub("", _CLAUSE.split(d.label(q))[-1])).endswith(name)]
            if len(hits) != 1:
                break
            parts.append(hits[0])
        else:
            if len({p.index for p in parts}) == len(parts) and all(p.value <= w.value for p in parts):
                out.append(Relation("sum", "sum.breakdown", {"total": w, "parts": parts}))
    return out
