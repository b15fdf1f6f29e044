"""A set named again as the object of an act over all of it: "违法图斑87个……对87个违法图斑全部下达
整改通知书", "全市共有定点医药机构2,364家……全年对2,364家定点医药机构开展检查,实现全覆盖".

The later figure is the object of 对/为/向 with nothing else before it in its clause, its noun
follows it, and an 'all' word in its clause or the next says the act covered every one of them;
the noun then names a set the text counted before, and the figure restates that count. The set is
the one earlier figure, counted alike, whose own words (less frame words such as 全市共有, 其中)
are exactly the noun -- a figure named by more words ("检查企业200家") may be another set, and a
subset ("对15家企业均处以罚款") is then never taken for the whole. Several such figures of
different counts, a figure of the later count between the two (it may be the one restated), a
narrower scope or another year in the later clause: nothing. Where no earlier figure is named
exactly, only one printed alike whose words end with the noun is read (it cannot fail).
Vocabulary: ``objects_again`` of ``catalog/equalities.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .named_again import narrower_or_period
from .reading import piece_words
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .vocab import read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[,;:、。()\n]")
_OTHER_YEAR = re.compile(r"\d{4}年|上年|去年|上一年|前年|同期")
_BACK_CHARS = 4000
_BACK = 80


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    return read_section("equalities.yaml", "objects_again", lambda v, _: {
        "lead": re.compile(v["lead"]), "noun_end": re.compile(v["noun_end"]), "all": re.compile(v["all"]),
        "frame": re.compile(v["frame"]), "generic": frozenset(v["generic"])})


def _plain(d: _Doc, r: Quantity) -> bool:
    return not (r.is_percent or r.in_table or d.in_parentheses(r) or not r.unit
                or is_delta(d, r) or is_previous(d, r) or is_per_n(d, r))


def _object(d: _Doc, q: Quantity, v: dict) -> str | None:
    """The noun of a figure that is the object of an act over all of it, else None."""
    if not v["lead"].fullmatch(piece_words(d, q, ",:、()")):
        return None
    clause = _CLAUSE.split(d.s[q.end : q.end + 40])[0]
    noun = _NOT_CJK.sub("", v["noun_end"].split(clause)[0])
    if len(noun) < 2 or noun == clause:
        return None  # (no act after the noun: "对12家企业" closing its clause names no act)
    rest = clause[len(noun):]
    nxt = d.s[q.end + len(clause) + 1 : q.end + len(clause) + 20]
    if not (v["all"].search(rest) or v["all"].search(_CLAUSE.split(nxt)[0])):
        return None
    if narrower_or_period(d.s[q.sentence[0] : q.start]) or _OTHER_YEAR.search(d.s[q.sentence[0] : q.start]):
        return None
    return noun


def objects_again(d: _Doc, found: list[Relation]) -> list[Relation]:
    """Figures restating a set as the object of an act over all of it (``equal.object_again``)."""
    v = _vocabulary()
    tied = {q.index for r in found if r.kind == "equal" for q in r.quantities()}
    out: list[Relation] = []
    # (only the figures whose label holds a character of the lead -- 对, 为, 向, 给 --: the others'
    # piece words cannot match it, ``_object`` would say None)
    for q in may_hold(d, v["lead"]):
        if q.index in tied or not _plain(d, q) or q.value == 0:
            continue
        noun = _object(d, q, v)
        if noun is None:
            continue
        lo = max(d.before(q.start - _BACK_CHARS), q.index - _BACK)
        exact: list[Quantity] = []
        loose: list[Quantity] = []
        for r in d.qs[lo : q.index]:
            if not compatible(r, q) or not _plain(d, r) or r.value == 0:
                continue
            own = d.own_words(r)
            if _OTHER_YEAR.search(own):
                continue
            bare = v["frame"].sub("", own)
            if bare == noun:
                exact.append(r)
            elif own.endswith(noun):
                loose.append(r)
        if exact:
            if len({r.value for r in exact}) != 1:
                continue
            r = exact[-1]
            between = d.qs[r.index + 1 : q.index]
            if r.value != q.value and (noun in v["generic"] or len(noun) < 3
                                       or any(x.value == q.value and x.unit == q.unit for x in between)):
                continue  # (a figure of the later count between: it may be the one restated)
        elif loose and loose[-1].value == q.value:
            r = loose[-1]
        else:
            continue
        if r.index in tied:
            continue
        out.append(Relation("equal", "equal.object_again", {"values": [r, q]}))
        tied.update((r.index, q.index))
    return out
