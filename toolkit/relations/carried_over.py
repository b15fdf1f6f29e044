"""Carried-over work between two figures of a funnel: does the text speak of older work (上年结转,
积案…) where the later stage may hold it, so that the later figure may exceed the earlier one?
Read by every funnel family (bounds, distant, respective, equalities)."""

from __future__ import annotations

import bisect
import re

from ..quantities import Quantity
from .structure import SEG_END, _Doc

_PARAGRAPH = 1500  # characters looked back for the start of a paragraph


def _carried_over(d: _Doc, carried: list[int], larger: Quantity, smaller: Quantity) -> bool:
    """Does the text from the start of the larger figure's paragraph (at most ``_PARAGRAPH``
    characters back) to the end of the smaller figure's sentence speak of carried-over or
    cumulative work -- other than in an aside of the larger figure itself ("收到642件(含上年
    结转25件)": the larger holds it, the bound stands)?"""
    if due_whole(d, larger):
        return False  # "加上上年结转138件,应审结1,242件,已审结1,071件": the work due holds the older work
    head = larger.sentence[0]
    lo = max(0, head - _PARAGRAPH)
    start = max(d.s.rfind("\n", lo, head), lo - 1) + 1
    end = max(smaller.sentence[1], d.next_end(smaller.end, SEG_END))
    aside = (larger.end, d.s.find(")", larger.end)) if d.s.startswith("(", larger.end) else (0, -1)
    i = bisect.bisect_left(carried, start)
    while i < len(carried) and carried[i] < end:
        if not aside[0] < carried[i] < aside[1] and not _aside_of_a_later_figure(d, carried[i], smaller) \
                and not _names_a_later_rate(d, carried[i], smaller) \
                and not _names_its_backlog(d, carried[i], larger) and not listed_in_the_larger(d, carried[i], larger, smaller):
            return True
        i += 1
    return False


# Words naming what was due this year ("全年应审理373件", "需办理27件"): all the work of the year, the work
# carried in with it -- what was closed of it is among it, whatever came in before.
_DUE = re.compile(r"(?:应当?|需要?)(?:审理|审结|办结|办理|处理|答复)[^,;。\d]{0,8}$")


def due_whole(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` named as the work due this year ("共需办理66件" after "新收58件,上年结转8件"): the whole
    of the figures of its stage before it, not one more item of a list of them?"""
    return _DUE.search(d.label(q)) is not None


# Words naming a backlog as what a figure counts ("排查信访积案85件"): the older work is the set itself.
_BACKLOG = re.compile(r"积案|积存|存量")


def _names_its_backlog(d: _Doc, pos: int, larger: Quantity) -> bool:
    """Is the carry-over word at ``pos`` a backlog word naming the larger figure (in its sentence, no
    figure between: "排查信访积案85件,已化解79件", "信访积案化解方面,排查积案85件,…")? Then the larger counts the older work itself, and what a later stage did
    to it is among it: the word voids nothing."""
    if not larger.sentence[0] <= pos < larger.start or d.in_range(pos, larger.start):
        return False
    # (or the larger counts what earlier years left undone: "以前年度审计查出尚未整改到位的17个问题,本年已整改
    # 14个" -- the older work is the set itself, as a backlog's is)
    return _BACKLOG.match(d.s, pos) is not None or _LEFT_OPEN.search(d.s, pos, larger.start) is not None


_LEFT_OPEN = re.compile(r"(?:尚未|仍未|未)(?:整改|办结|化解|审结|结案)(?:到位|完成|完毕)?的?$")


_RATE_NAME = re.compile(r"[^,;。\d]{0,8}率(?:为|达到?|是)?$")


def _names_a_later_rate(d: _Doc, pos: int, smaller: Quantity) -> bool:
    """Is the carry-over word at ``pos`` the name of a rate right after the smaller, in its sentence
    ("…本年又整改了9个,累计整改率为96.2%")? The rate counts the years together; the two figures before it
    are this year's and what was left: the word voids nothing."""
    k = d.before(pos)
    return smaller.end <= pos < smaller.sentence[1] and k < len(d.qs) and d.qs[k].is_percent \
        and d.qs[k].sentence == smaller.sentence and _RATE_NAME.match(d.s, pos, d.qs[k].start) is not None


# a 其中 list right after the larger figure, in its clause run (no stop before the carried-over word)
_ITS_LIST = re.compile(r"[,:]?其中[,:]?[^;。\n]*$")


def listed_in_the_larger(d: _Doc, pos: int, larger: Quantity, smaller: Quantity) -> bool:
    """Is the carry-over word at ``pos`` one item of the 其中 list breaking the larger figure down, before
    the smaller ("复议案件38件,其中新收34件、上年结转4件;审结35件")? The larger holds the older work, so
    what a later stage closed of it is among it: the word voids nothing (as an aside of the larger)."""
    return larger.end < pos < smaller.start and pos < larger.sentence[1] \
        and _ITS_LIST.match(d.s, larger.end, pos) is not None


def _aside_of_a_later_figure(d: _Doc, pos: int, smaller: Quantity) -> bool:
    """Is ``pos`` inside the aside of a figure after ``smaller`` ("…受理452件,审结431件(含上年结转
    21件)": the older work is in the 431, not in the 452 received before it)?"""
    opened = d.s.rfind("(", smaller.end, pos)
    if opened < 0 or d.s.find(")", opened, pos) >= 0:
        return False
    k = d.before(opened) - 1
    return k > smaller.index and d.qs[k].end == opened


_NOT_YET = re.compile(r"未|正在|仍在")


def closed_of_the_due(d: _Doc, q: Quantity) -> Quantity | None:
    """The work due this year that ``q`` is the closed part of ("应审结1,390件,实际审结1,268件,尚未审结
    122件": the 1,268 of the 1,390), else None. The due work counts what is still open: a rate of how
    cases ended is over those closed, never over the due when the closed are stated with it."""
    whole = d.cache.get("partition", {}).get(q.index)  # type: ignore[union-attr]
    if whole is None or not due_whole(d, whole) or _NOT_YET.search(d.label(q)):
        return None
    return whole
