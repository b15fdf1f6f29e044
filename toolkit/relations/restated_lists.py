"""Figures that restate a list or a set stated before them: "…建议65件、提案88件。上述153件建议提案
已全部办结" (the sum of the list closing the sentence before), "排查隐患2316处。截至年底,2316处隐患
已全部整改" (the one earlier figure its noun names)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .label_index import may_hold
from .model import Relation, compatible
from .reading import label_words
from .scopes import is_scope_count
from .structure import _Doc, _overlap

# "上述153件建议提案", "以上两类案件共86件": a figure that restates what the text listed before it.
_ABOVE = re.compile(r"(?:上述|以上|前述)(?:[一二两三四五六七八九十]+[类项种个])?(?:共|合计|共计)?$")
_JOINS = ("、", "和", "及", "与", ",")
_NOUN_AT = re.compile(r"[\u4e00-\u9fff]{2,10}")


def restated_above(d: _Doc) -> list[Relation]:
    """"全年共办理人大代表建议65件、政协提案88件。上述153件建议提案已全部办结": the figure after 上述
    opens a sentence and restates the list that closes the sentence before -- a run of figures of its
    unit joined by 、/和/,, each counting a thing the words after the figure name (建议, 提案). A
    list of one figure is restated equal; two or more add up to it."""
    s = d.s
    out: list[Relation] = []
    for q in may_hold(d, _ABOVE):  # (the figures whose label holds a character every match needs)
        if q.is_percent or q.index == 0 or not _ABOVE.search(d.label(q)):
            continue
        if any(p.index < q.index for p in d.in_range(q.sentence[0], q.start)):
            continue  # a figure before it in its own sentence: not the opening restatement
        noun = _NOUN_AT.match(s, q.end)  # (at q.end: a slice of the rest of the text was O(text))
        if noun is None:
            continue
        run = _closing_run(d, q)
        if not run or not all(_names(d, p, noun.group()) and p.unit == q.unit for p in run):
            continue  # ("…生态环境部门208件。以上4个部门共承办…": 4个 counts the departments, not cases)
        if len(run) == 1:
            out.append(Relation("equal", "equal.back_reference", {"values": [run[0], q]}))
        else:
            out.append(Relation("sum", "sum.breakdown", {"total": q, "parts": run}, exhaustive=True))
    return out


_HEADING_LINE = re.compile(r"[ \t]*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、])[^\n]{0,20}\n")


def _end_before(d: _Doc, end: int) -> int:
    """The end of the sentence before ``end``'s sentence: over line breaks and one heading line with
    no figure ("…186件。\n二、办理情况\n上述186件…": 上述 looks back over the heading)."""
    s = d.s
    while end > 0 and s[end] in " \t\n":
        end -= 1
    if s[end] != "。":
        line = s.rfind("\n", 0, end + 1)
        if line > 0 and _HEADING_LINE.fullmatch(s, line + 1, end + 2) and not d.in_range(line + 1, end + 1):
            end = line - 1
            while end > 0 and s[end] in " \t\n":
                end -= 1
    return end


def _closing_run(d: _Doc, q: Quantity) -> list[Quantity]:
    """The figures of ``q``'s unit that close the sentence before it, joined by list words only."""
    s = d.s
    end = _end_before(d, q.sentence[0] - 1)
    if end <= 0 or s[end] != "。":
        return []
    prior = [p for p in d.in_range(d.last_before("。\n", end - 1) + 1, end) if not p.is_percent]
    if not prior or not compatible(prior[-1], q) or len(s[prior[-1].end : end]) > 2:
        return []
    run = [prior[-1]]
    for p in reversed(prior[:-1]):
        gap = s[p.end : run[0].start]
        joined = re.fullmatch(r"[、和及与,][\u4e00-\u9fff]{0,12}", gap)
        if not joined or not compatible(p, q) or d.in_parentheses(p):
            break
        run.insert(0, p)
    if any(p.is_money != q.is_money or is_scope_count(d, p) for p in run):
        return []
    return run


def _names(d: _Doc, p: Quantity, noun: str) -> bool:
    """Do the words of ``p`` name something the restating noun names (two characters in common)?"""

    words = d.own_words(p)
    return _overlap(words, noun) >= 2


_ALL_AFTER = re.compile(r"(?:已|均已|已经)?(?:全部|均|全数|一律|都)(?:已|已经)?")
# (compiled once: asked of every figure)
_NOUN_THEN_ALL = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?=(?:已|均已|已经)?(?:全部|均|全数|一律|都))")
_LEAD = re.compile(r"^(对|上述|以上|这|该|此)")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def restated_with_all(d: _Doc) -> list[Relation]:
    """"排查整治隐患2316处。截至年底,2316处隐患已全部整改": a figure opening its clause, followed by
    the noun it counts and an 'all' word, restates the set stated before -- the one earlier figure
    of its unit, in its paragraph, whose words end with that noun (two such figures: none). Not
    when its sentence counts another figure of its unit ("56件均已答复,2件正在办理": all of a part)."""
    s = d.s
    out: list[Relation] = []
    for q in d.qs:
        if q.is_percent or q.in_table or not q.exact:
            continue
        m = _NOUN_THEN_ALL.match(s[q.end : q.end + 12])
        if m is None:
            continue  # (most figures: read no further)
        lab = d.phrase(q)
        if _LEAD.sub("", lab) or not _ALL_AFTER.match(s, q.end + m.end()):
            continue
        noun = m.group(1)
        if any(p.index != q.index and not p.is_percent and compatible(p, q) for p in d.in_range(*q.sentence)):
            continue  # "56件申请均已答复,2件正在办理": all of a part, the rest named beside it
        para = d.last_before("\n", q.start) + 1
        cands = [p for p in d.in_range(para, q.sentence[0]) if not p.is_percent and compatible(p, q)
                 and p.unit == q.unit and not d.in_parentheses(p)
                 and label_words(d, p).endswith(noun)]
        if len({p.value for p in cands}) == 1 and len(cands) == 1 and not _restates_between(d, cands[0], q):
            out.append(Relation("equal", "equal.back_reference", {"values": [cands[0], q]}))
    return out


def _restates_between(d: _Doc, p: Quantity, q: Quantity) -> bool:
    """A figure of ``q``'s count between a differing ``p`` and ``q`` ("在建工地58个,其中重点工地21个。
    对21个在建工地均…"): ``q`` may restate that one, a part of ``p``, not ``p``."""
    return p.value != q.value and any(x.value == q.value and compatible(x, q) and not x.is_percent
                                      for x in d.qs[p.index + 1 : q.index])
