"""Items of a list as the funnels read them: lines of a list (marked, or short lines under a heading)
go on as the clauses of a sentence, and the items of a 、 list after a stage word are each of that stage."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .stages import _Named
from .structure import _Doc

# (compiled once: read per figure or per list)
_ITEM_LABEL = re.compile(r"、[\u4e00-\u9fff]{1,12}")  # the label of a 、 item after the first

_LISTED = re.compile(r"[、和及与]")  # a figure whose words open so is an item of a list


_ITEM = re.compile(r"[-*•·]|\d{1,2}[.、)]|\(\d{1,2}\)")  # a line of a list: "- ", "1.", "(1)"
_LINE_WORDS = re.compile(r"[^,;。!?、()]{2,30}")  # a line of a few words and no clause: "受理:298件"


_HEADING = re.compile(r"[^,;。!?]{2,30}")  # a line of words alone: "一、复议情况", "(二)办理情况"


def _under_a_heading(d: _Doc, start: int) -> bool:
    """Does the run of short lines holding the line at ``start`` open under a heading -- a line of
    words and no figure ("## 复议情况" bulleted "- **受理**:298件" lose their marks when read)?
    Lines with no heading above may be no list at all ("收到申请:156件\n审结:168件")."""
    for _ in range(12):
        if start < 2:
            return False
        above = d.s.rfind("\n", 0, start - 1) + 1
        if not d.in_range(above, start - 1):
            return bool(_HEADING.fullmatch(d.s, above, start - 1)) or d.s[start - 2] in ":"
        if not _short_line(d, above, start - 1):
            return False
        start = above
    return False


def _short_line(d: _Doc, start: int, end: int) -> bool:
    """Is ``start:end`` a line of a few words and one figure, no clause ("受理298件", unmarked items)?"""
    end = len(d.s) if end < 0 else end
    return bool(_LINE_WORDS.fullmatch(d.s, start, end)) and len(d.in_range(start, end)) == 1


def _item_before(d: _Doc, start: int) -> int | None:
    """Where the line before starts, when it and the line starting at ``start`` are items of one
    list ("-收到申请:156件\n-受理:142件"): the items of a list go on as the clauses of a sentence."""
    prev = d.s.rfind("\n", 0, start - 1) + 1
    if prev >= start - 1:
        return None
    if not (_ITEM.match(d.s, start) and _ITEM.match(d.s, prev)) and not (
            _bulleted(d, start) and _bulleted(d, prev)) and not (
            _short_line(d, prev, start - 1) and _short_line(d, start, d.s.find("\n", start))
            and _under_a_heading(d, prev)):
        return None
    return prev if any(not r.is_percent for r in d.in_range(prev, start)) else None


_BULLET = re.compile(r"[ \t]{0,3}[-*+][ \t]+(?:\*\*|__)?")  # a Markdown list item's mark, before its words


def _bulleted(d: _Doc, start: int) -> bool:
    """Was the line starting at ``start`` a Markdown list item ("- 办结3,171件")? Reading drops the
    mark, so the original line says."""
    t = d.text
    at = t.original_offset(start)
    if at > len(t.original):
        return False
    line = t.original.rfind("\n", 0, at) + 1
    return bool(_BULLET.fullmatch(t.original, line, at))


def _list_lead(d: _Doc, q: Quantity, name) -> _Named | None:
    """The first item of the 、 list ``q`` is an item of, when ``q`` names no stage of its own and
    that item is named by a stage word of its clause ("确诊宫颈癌前病变318例、宫颈癌27例"); else None."""
    k = q.index
    while k > 0 and (lab := d.label(d.qs[k]))[:1] == "、" and _ITEM_LABEL.fullmatch(lab) \
            and d.qs[k - 1].unit == q.unit and not d.qs[k - 1].is_percent:
        k -= 1
        lead = name(d.qs[k])
        if lead is not None and lead.stages:
            return lead if "其中" not in lead.words and not d.in_parentheses(d.qs[k]) else None
    return None


def _an_item(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` an item of a 、 list (opened by 、 or followed by an item opened so)?"""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    return bool(_LISTED.match(d.label(q))) or (nxt is not None and d.label(nxt).startswith("、"))
