"""Parts that cannot exceed their whole: 含 asides and subsets by meaning."""

from __future__ import annotations

import re

from .model import Relation, compatible
from .structure import _Doc

_TAKERS = re.compile(r"(参训|参加培训|受训|参考|参加考试|参加考核|报名)")
_PASSERS = re.compile(r"(取得|通过|合格|获得|考核合格|结业)")


def _subsets_by_meaning(d: _Doc) -> list[Relation]:
    """"600人次参训,共180人次取得资质": those who passed are among those who took part."""
    out = []
    for q in d.qs:
        if q.is_percent or not _TAKERS.search(d.label(q)[-6:] + d.after(q, 6)):
            continue
        sent_end = q.sentence[1]
        for p in d.in_range(q.end, sent_end):
            if compatible(p, q) and not p.is_percent and _PASSERS.search(d.after(p, 8) + d.label(p)[-4:]):
                out.append(Relation("bound", "bound.meaning", {"smaller": p, "larger": q}))
                break
    return out


def _includes(d: _Doc) -> list[Relation]:
    """"20起(含2起生产安全事故)": the included figure is at most the total."""
    out = []
    for q in d.qs:
        m = re.match(r"\((含|包括|包含)", d.s[q.end : q.end + 4])
        if not m:
            continue
        close = d.s.find(")", q.end)
        inner = [p for p in d.in_range(q.end, close if close > 0 else q.end) if compatible(q, p) and not p.is_percent]
        for p in inner:
            out.append(Relation("bound", "bound.includes", {"smaller": p, "larger": q}))
    return out


# --- tables ------------------------------------------------------------------------
