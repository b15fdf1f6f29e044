"""Opinions issued on a list of reviewed items, one each: the opinions add up to the items.

"全年审核重大行政决策6项、合同协议31份,出具法律审核意见37份", "为县政府重大决策12项、重大合同38份
进行合法性审查,出具法律意见书50份", "出具法律意见书77份,涵盖重大行政决策14项、行政合同63份": a
legal review answers each item with one opinion, so the opinions issued (counted in documents, 份 or
件) are the sum of the items listed -- whatever words count the items (项 of decisions, 份 of
contracts), which keeps them out of the ordinary sums. Read only in one sentence: the list (two
figures or more joined by 、/和/及, nothing between them but their names) right before the
opinions, a review verb before it in the sentence, the issuing verb in the opinions' clause; or the
list opened by 涵盖/包括 right after them. Opinions counted in 条 (points raised) are another count.
Vocabulary: ``opinions`` of ``catalog/equalities.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_JOINED = re.compile(r"(?:、|和|及|与)[\u4e00-\u9fff]{0,14}")
_CLAUSE = re.compile(r"[,;:。]")


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    return read_section("equalities.yaml", "opinions", lambda v, _: {
        "opinion": re.compile(v["opinion"]), "issue": re.compile(v["issue"]), "review": re.compile(v["review"]),
        "cover": re.compile(v["cover"]), "units": frozenset(v["units"]), "opinion_units": frozenset(v["opinion_units"])})


def _item(d: _Doc, q: Quantity, v: dict) -> bool:
    return (q.unit in v["units"] and q.exact and not q.is_percent and not q.in_table
            and not d.in_parentheses(q) and not is_delta(d, q) and not is_previous(d, q))


def _list_ending(d: _Doc, q: Quantity, v: dict) -> list[Quantity]:
    """The items joined to ``q`` before it (``q`` the last), in its sentence."""
    run = [q]
    while run[0].index > 0:
        p = d.qs[run[0].index - 1]
        if p.sentence != q.sentence or not _item(d, p, v) or not _JOINED.fullmatch(d.s, p.end, run[0].start):
            break
        run.insert(0, p)
    return run


def _list_starting(d: _Doc, q: Quantity, v: dict) -> list[Quantity]:
    run = [q]
    while run[-1].index + 1 < len(d.qs):
        p = d.qs[run[-1].index + 1]
        if p.sentence != q.sentence or not _item(d, p, v) or not _JOINED.fullmatch(d.s, run[-1].end, p.start):
            break
        run.append(p)
    return run


def opinion_sums(d: _Doc) -> list[Relation]:
    """The opinions issued on a list of reviewed items, as the sum of the items (module doc)."""
    v = _vocabulary()
    out: list[Relation] = []
    for q in d.qs:
        if q.unit not in v["opinion_units"] or not _item(d, q, v):
            continue
        own = _CLAUSE.split(d.label(q))[-1]
        if not v["opinion"].search(_NOT_CJK.sub("", own)) or not v["issue"].search(own):
            continue
        parts: list[Quantity] = []
        if q.index > 0 and d.qs[q.index - 1].sentence == q.sentence:
            p = d.qs[q.index - 1]
            between = d.s[p.end : q.start]
            # the list's last item, then the review's own words, then the opinions' clause
            if _item(d, p, v) and between.count(",") <= 1 and ";" not in between:
                run = _list_ending(d, p, v)
                if len(run) >= 2 and v["review"].search(d.s, q.sentence[0], q.start):
                    parts = run
        if not parts and q.index + 1 < len(d.qs):
            nxt = d.qs[q.index + 1]
            cover = v["cover"].match(d.s, q.end)
            if cover and nxt.sentence == q.sentence and _item(d, nxt, v) \
                    and re.fullmatch(r"[\u4e00-\u9fff]{0,14}", d.s[cover.end() : nxt.start]):
                run = _list_starting(d, nxt, v)
                parts = run if len(run) >= 2 else []
        if parts:
            out.append(Relation("sum", "sum.opinions", {"total": q, "parts": parts}))
    return out
