"""A heading over lines, with no word that opens a breakdown: "(三)各季度受理量\n第一季度:41236件\n
第二季度:46875件\n…". The heading names what the lines count; the whole is a figure stated before
the heading whose words share that name ("全年共受理群众诉求186452件").

Nothing but the heading's words ties the lines to the whole, so the reading is narrow: the lines
are short, one figure of one unit each (a percent may follow it), two lines or more; the heading
holds no figure and no opener (按…分 and 从…看 are ``classified``'s); the whole is the figure of the
lines' unit named as a whole (全年, 全市, 共…) in the lines of the section before the heading whose
words share the most with the heading's (two characters or more; two such figures are two
readings). The list is summed when it reaches three quarters of the whole (a
shortfall that one misprinted digit does not explain is left unverifiable by the checks), else
each line is a bound of the whole."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .classified import _sum_or_bounds_of
from .model import Relation, compatible
from .scopes import figure_words, is_additive, is_scope_count, unit_class, words
from .structure import SENT_END, _Doc, _overlap

_LINE_MAX = 30  # an item line is short: "第一季度:41236件", "电话渠道61235件,占70.9%"
_HEAD_MAX = 20
_LOOKBACK = 6  # sentences (lines) before the heading, up to the heading before it
_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))")
# Heading markers and words that name no measure ("情况", "各季度"); what is left names the count.
_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])")
_GENERIC = re.compile(r"情况|分布|统计|构成|结构|明细|一览|类型|类别|种类|各|分|按|及|和|的|[^\u4e00-\u9fff]")
_OPENS = re.compile(r"其中|包括|按照?|从|分[\u4e00-\u9fff]{1,6}看")


def headed_lists(d: _Doc) -> list[Relation]:
    """One relation per heading over a list of figure lines whose whole the heading names."""

    out: list[Relation] = []
    s = d.s
    pos = 0
    while True:
        nl = s.find("\n", pos)
        if nl < 0:
            break
        start, pos = pos, nl + 1
        head = s[start:nl].strip()
        # A colon may close a heading ("申请渠道:"); no other stop does.
        if not (2 <= len(head) <= _HEAD_MAX) or head[-1] in "。;!?,、" or d.in_range(start, nl):
            continue
        name = _GENERIC.sub("", _MARKER.sub("", head.rstrip(":")))
        if len(name) < 2 or _OPENS.search(head):
            continue
        parts = _item_lines(d, nl + 1)
        if len(parts) < 2:
            continue
        wholes = _named_wholes(d, start, parts, name)
        if wholes:
            # "主要案件类型": the main kinds only -- each line is a bound of the whole.
            highlights = bool(words()["highlights"].search(head))
            out.extend(_sum_or_bounds_of(d, wholes[0], parts, highlights=highlights, others=wholes[1:]))
    return out


def _item_lines(d: _Doc, pos: int) -> list[Quantity]:
    """The one figure of each short line from ``pos``, while the lines are items of one unit."""
    s = d.s
    parts: list[Quantity] = []
    while pos < len(s):
        end = s.find("\n", pos)
        end = len(s) if end < 0 else end
        line = s[pos:end].strip()
        figs = [q for q in d.in_range(pos, end) if not q.is_percent]
        if not line or len(line) > _LINE_MAX or len(figs) != 1:
            break
        q = figs[0]
        if re.search(r"[,;、。]", s[pos : q.start]):
            break  # "第三季度受降雨影响,单日最高…1126件": a sentence, not an item of the list
        if _OPENS.search(line):
            break  # "全年共办理行政许可事项3862件。其中:": a whole opening its own list, no item
        if (not is_additive(d, q) or is_scope_count(d, q) or d.in_parentheses(q)
                or (parts and (unit_class(q) != unit_class(parts[0]) or not compatible(q, parts[0])))):
            break
        parts.append(q)
        pos = end + 1
    return parts


def _named_wholes(d: _Doc, head: int, parts: list[Quantity], name: str) -> list[Quantity]:
    """The figures of the parts' unit, in the sentences before the heading, that the heading's
    name names best (two characters in common or more), one per value, the nearest first; up to
    two (readings of the whole), else none."""
    s = d.s
    end = head - 1
    found: dict = {}
    named: dict = {}  # every figure named as a whole, one per value
    looked = 0
    while looked < _LOOKBACK and end > 0:
        start = d.last_before(SENT_END, end - 1) + 1
        if s[start:end].strip():
            looked += 1
            for q in d.in_range(start, end):
                if (not q.is_percent and unit_class(q) == unit_class(parts[0]) and compatible(q, parts[0])
                        and is_additive(d, q) and not is_scope_count(d, q) and not d.in_parentheses(q)
                        and words()["wholes"].search(s, q.sentence[0], q.start)
                        and all(q.value >= p.value for p in parts)):
                    named.setdefault(q.value, q)
                    score = _overlap(figure_words(d, q), name)
                    if score >= 2 and score >= found.get(q.value, (0, q))[0]:
                        found[q.value] = (score, q)
        if _HEADING.match(s, start) and named:
            break  # the section the whole can be stated in begins here (a heading over no whole
            # of the unit, "二、办理情况\n(一)办理方式\n…", heads a section whose whole is further up)
        end = start - 1
    best = max((sc for sc, _ in found.values()), default=0)
    top = [q for sc, q in found.values() if sc == best]
    if not top:
        # The heading names the kinds ("各渠道受理情况", "办理方式"), not the measure: the one whole
        # the lines add up to exactly (nothing but the figures ties them to it).
        fits = [q for q in named.values() if sum(p.value for p in parts) == q.value]
        return fits if len(fits) == 1 and len(named) <= 2 else []
    return top if len(top) <= 2 else []

