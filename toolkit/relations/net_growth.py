"""A net increase is no more than the gross additions it nets: "新开户单位1,246家,实缴单位12,638家,
净增单位874家" (净增 = 新增 - 减少, and what left is not negative). A figure named 净增 (净增加)
is bounded by the one figure of its sentence or the sentence before, in its paragraph, named by a
word of additions (``additions``: 新增, 新开户, 新设立…) and the same noun, counted alike
(``bound.meaning``). Two such figures, or another noun: nothing."""

from __future__ import annotations

import re

from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import SENT_END, _Doc

_NET = re.compile(r"净增(?:加)?(?:了)?([\u4e00-\u9fff]{0,8})$")
_ADDED = re.compile(r"(?:新增|新开户|新开立|新设立|新登记|新发展|新参保|新注册)(?:了)?([\u4e00-\u9fff]{0,8})$")
_CLAUSE = re.compile(r"[,;:。()\n、]")


def net_growth(d: _Doc) -> list[Relation]:
    """Net increases bounded by the additions they net (module doc)."""
    out: list[Relation] = []
    i = d.s.find("净增")
    while i >= 0:
        k = d.before(i)
        i = d.s.find("净增", i + 1)
        if k >= len(d.qs):
            continue
        q = d.qs[k]
        m = _NET.search(_CLAUSE.split(d.label(q))[-1])
        if m is None or q.is_percent or q.in_table or d.in_parentheses(q) or is_previous(d, q):
            continue
        noun = m.group(1)
        start = d.last_before(SENT_END, q.sentence[0] - 1) + 1 if q.sentence[0] > 0 else 0
        if "\n" in d.s[start : q.sentence[0]]:
            start = q.sentence[0]  # (the sentence before, in the paragraph only)
        added = []
        for r in d.in_range(start, q.start):
            a = _ADDED.search(_CLAUSE.split(d.label(r))[-1])
            if a is not None and r.unit == q.unit and compatible(r, q) and not is_delta(d, r) and not is_previous(d, r) \
                    and (a.group(1).endswith(noun) if noun else r.sentence == q.sentence):
                added.append(r)
        if len({r.value for r in added}) == 1:
            out.append(Relation("bound", "bound.meaning", {"smaller": q, "larger": added[-1]}))
    return out
