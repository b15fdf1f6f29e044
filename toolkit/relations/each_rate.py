"""One rate said of each pair of two respective lists: "受理建议52件、提案61件,分别办结52件、60件,
办结率均为100%" -- 均 applies the one percent to each position: 52 of 52, 60 of 61; and rates 分别
printed between their bases and their figures ("…分别为820件、640件,办结率分别为98.2%、97.5%,
分别办结805件、624件").

The percent closes a rate's name and 均 ("办结率均为", "按期办结率均达到"); right before it in its
sentence stands a list of two figures or more (joined by 、/和) whose clause names the rate's verb
(办结), and right before that list, in the clause before, a list of as many figures, each counted
like the figure in its place, whose clause does not name it: the bases. Each figure of the later
list over the figure in its place is the rate. Lists of different lengths, a figure between the
two lists, or a rate whose verb names neither list: nothing.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .reading import holding
from .roles import is_delta, is_previous
from .structure import _Doc

_EACH_RATE = re.compile(r"([\u4e00-\u9fff]{1,6})率均(?:为|达|达到|是|保持)?$")
_JOIN = re.compile(r"[、和及与][\u4e00-\u9fff]{0,8}")
_CLAUSE = re.compile(r"[,;:。]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def _run_ending(d: _Doc, last: Quantity) -> list[Quantity]:
    run = [last]
    while run[0].index > 0:
        p = d.qs[run[0].index - 1]
        if p.is_percent or p.sentence != last.sentence or not _JOIN.fullmatch(d.s, p.end, run[0].start):
            break
        run.insert(0, p)
    return run


def _clause_words(d: _Doc, first: Quantity) -> str:
    """The Chinese words of the clause up to a list's first figure."""
    start = d.last_before(",;:。\n", first.start) + 1
    return _NOT_CJK.sub("", d.s[start : first.start])


def _plain(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or q.in_table or d.in_parentheses(q) or is_delta(d, q) or is_previous(d, q))


def each_rates(d: _Doc) -> list[Relation]:
    """Ratios of each pair of two respective lists under one 均 rate (module doc)."""
    out: list[Relation] = []
    for pct in holding(d, "均"):  # (the figures whose words hold 均: read once for the document)
        if not pct.is_percent or pct.index < 4:
            continue
        m = _EACH_RATE.search(_NOT_CJK.sub("", _CLAUSE.split(d.label(pct))[-1]))
        pairs = _pairs_by_clause(d, pct, m.group(1)[-2:]) if m else []
        if pairs:  # (base and figure done clause by clause, the rate in a part of its own)
            out += [Relation("ratio", "ratio.each", {"numerator": n, "denominator": b, "percent": pct})
                    for b, n in pairs]
            continue
        if m is None or _CLAUSE.split(d.label(pct))[-1] == d.label(pct):
            continue  # (the rate opens a clause of its own, after the lists)
        stem = m.group(1)[-2:]
        last = d.qs[pct.index - 1]
        if last.sentence != pct.sentence or not _plain(d, last):
            continue
        nums = _run_ending(d, last)
        if len(nums) < 2 or stem not in _clause_words(d, nums[0]) or nums[0].index == 0:
            continue
        prev = d.qs[nums[0].index - 1]
        if prev.sentence != pct.sentence or not _plain(d, prev):
            continue
        bases = _run_ending(d, prev)
        if len(bases) != len(nums) or stem in _clause_words(d, bases[0]) \
                or not all(_plain(d, q) for q in bases + nums) \
                or not all(compatible(b, n) for b, n in zip(bases, nums, strict=True)):
            continue
        out += [Relation("ratio", "ratio.each", {"numerator": n, "denominator": b, "percent": pct})
                for b, n in zip(bases, nums, strict=True)]
    return out + _rates_before_their_figures(d)


def _pairs_by_clause(d: _Doc, pct: Quantity, stem: str) -> list[tuple[Quantity, Quantity]]:
    """"受理投诉120件,办结120件;受理举报80件,办结80件;办结率均为100%": each part of the sentence
    before the rate (split at ";") states a base and then the figure its rate's verb names, and
    nothing else; two parts or more, else []."""
    start = d.last_before("。\n", pct.start) + 1
    parts = d.s[start : pct.start].split(";")
    if len(parts) < 3 or d.in_range(pct.start - len(parts[-1]), pct.start):
        return []  # (the rate's own clause holds no figure)
    pairs, at = [], start
    for part in parts[:-1]:
        figs = d.in_range(at, at + len(part))
        at += len(part) + 1
        if len(figs) != 2 or not all(_plain(d, q) for q in figs) or not compatible(*figs) \
                or stem not in _clause_words(d, figs[1]) or stem in _clause_words(d, figs[0]):
            return []
        pairs.append((figs[0], figs[1]))
    return pairs


_RATES_FIRST = re.compile(r"([\u4e00-\u9fff]{1,6})率分别(?:为|是|达到|达)?$")


def _rates_before_their_figures(d: _Doc) -> list[Relation]:
    """"两县受理投诉分别为820件、640件,办结率分别为98.2%、97.5%,分别办结805件、624件": the rates
    printed before the figures they are of -- a list of k figures right before the k percents (the
    bases) and a list of k figures right after them whose clause names the rate's verb (the
    numerators), position by position."""
    out: list[Relation] = []
    for pct in holding(d, "分别"):  # (the figures whose words hold 分别: read once for the document)
        if not pct.is_percent or pct.index < 2:
            continue
        m = _RATES_FIRST.search(_NOT_CJK.sub("", _CLAUSE.split(d.label(pct))[-1]))
        if m is None:
            continue
        chain = [pct]
        while chain[-1].index + 1 < len(d.qs) and d.qs[chain[-1].index + 1].is_percent \
                and re.fullmatch(r"[、和及与]", d.s[chain[-1].end : d.qs[chain[-1].index + 1].start]):
            chain.append(d.qs[chain[-1].index + 1])
        k, stem = len(chain), m.group(1)[-2:]
        after = chain[-1].index + 1
        if k < 2 or after + k > len(d.qs):
            continue
        bases, nums = _run_ending(d, d.qs[pct.index - 1]), d.qs[after : after + k]
        if len(bases) != k or _run_ending(d, nums[-1]) != nums or stem in _clause_words(d, bases[0]) \
                or stem not in _clause_words(d, nums[0]) \
                or any(q.sentence != pct.sentence or not _plain(d, q) for q in bases + nums) \
                or not all(compatible(b, n) for b, n in zip(bases, nums, strict=True)) \
                or (after + k < len(d.qs) and d.qs[after + k].sentence == pct.sentence
                    and _JOIN.fullmatch(d.s, nums[-1].end, d.qs[after + k].start)):
            continue
        out += [Relation("ratio", "ratio.each", {"numerator": n, "denominator": b, "percent": c})
                for b, n, c in zip(bases, nums, chain, strict=True)]
    return out
