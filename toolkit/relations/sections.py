"""Sibling sections, each headed by one category ("――小学。…", "――初中。…"), restate the measures of
the paragraph before them: each measure the whole states and every section states again is a sum,
emitted only when the figures confirm the reading (no word says "breakdown")."""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, money_value
from .scopes import figure_words as _words
from .scopes import is_additive, is_scope_count, unit_class
from .structure import _Doc, _overlap
from .sums import _drop_derived

# "――小学。校数507所…", "(一)小学:…", "1.初中", a name alone on its line: a section of one category.
_SECTION_HEAD = re.compile(
    r"(?P<mark>――|——|—|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、])?\s*"
    r"(?P<name>[\u4e00-\u9fff]{1,8})(?P<end>[。:]|$)")


_HEADING_MAX = 20  # a heading line over the sections, with no figure
# "(二)分行业情况", "按领域分", "分类型情况": a heading that says what follows are classes.
_CLASSIFYING = re.compile(r"(?:^|[)、.])\s*(?:分|按照?)[\u4e00-\u9fff]{1,6}(?:情况|分布|统计|看|分)?\s*$")
_DIGITS = re.compile(r"\d+")
_NUMERALS = re.compile(r"[一二三四五六七八九十]+")


def _kind(mark: str) -> str:
    """The kind of a section mark: "1." and "2." alike, "(一)" and "(二)" alike, "――"."""
    return _DIGITS.sub("0", _NUMERALS.sub("一", mark))


def _lines(s: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in s.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _sections(d: _Doc) -> list[Relation]:
    """"全市中小学812所…" then "――小学。校数507所…" and "――初中。校数305所…": sibling sections, each
    headed by one category, state the same measures as the paragraph before them (or before the
    heading over them, "(二)分行业情况"). Each measure the
    whole states and every section states again is a sum; the sums are emitted only when the
    text confirms the reading (two or more measures add up, at most one does not)."""
    out: list[Relation] = []
    lines = _lines(d.s)
    i = 0
    while i < len(lines):
        run = []
        while i < len(lines):
            m = _SECTION_HEAD.match(d.s, *lines[i])
            if not m or not (m.group("mark") or m.group("end") == ":") or not d.in_range(*lines[i]):
                break
            kind = _kind(m.group("mark") or "")
            if run and kind != run[0][0]:
                break
            run.append((kind, lines[i]))
            i += 1
        if len(run) < 2:  # (most lines: no run of sections, nothing to read above it)
            i += 1 if not run else 0
            continue
        first = i - len(run)  # the index of the run's first line
        w = first - 1
        worded = False
        if w > 0 and not d.in_range(*lines[w]) and lines[w][1] - lines[w][0] <= _HEADING_MAX:
            # "(二)分行业情况" heads the sections: the whole is the paragraph above it, and the
            # heading's words say the sections are its classes.
            worded = bool(_CLASSIFYING.search(d.s, *lines[w]))
            w -= 1
        if w >= 0 and d.in_range(*lines[w]):
            out.extend(_section_sums(d, lines[w], [span for _, span in run], worded))
    return out


def _section_sums(d: _Doc, whole: tuple[int, int], sections: list[tuple[int, int]], worded: bool = False
                  ) -> list[Relation]:
    """One sum per measure of the whole that every section states again, when the figures confirm
    it: two measures add up and at most one does not -- or, under a heading that says the sections
    are classes (``worded``), one adds up and at most one does not."""
    def usable(q: Quantity) -> bool:
        return not q.is_percent and is_additive(d, q) and not d.in_parentheses(q) and not is_scope_count(d, q)

    sums = []
    head = [q for q in d.in_range(*whole) if usable(q)]
    for total in head:
        derived = _is_derived(d, total)
        parts = []
        for a, b in sections:
            found = _same_measure(d, total, [q for q in d.in_range(a, b) if usable(q)], derived,
                                  alone=sum(unit_class(q) == unit_class(total)
                                            and _is_derived(d, q) == derived for q in head) == 1)
            if found is None:
                break
            parts.append(found)
        else:
            sums.append((total, parts))
    # Two figures above taking the same section figures ("出庭应诉81件…其中主要负责人出庭3件"): one
    # whole of them, the one they add up to (the nearest: a slip leaves it nearest), not its 其中 part.
    near = {}
    for t, ps in sums:
        key, gap = tuple(p.index for p in ps), abs(sum(p.value for p in ps) - t.value)
        if key not in near or gap < near[key][0]:
            near[key] = (gap, t.index)
    sums = [(t, ps) for t, ps in sums if near[tuple(p.index for p in ps)][1] == t.index]
    fits = [_fits(t, ps) for t, ps in sums]
    if len(sums) < 2 or sum(fits) < (1 if worded else 2) or len(fits) - sum(fits) > 1:
        return []
    return [Relation("sum", "sum.breakdown", {"total": t, "parts": ps}) for t, ps in sums]


def _is_derived(d: _Doc, q: Quantity) -> bool:
    """A difference from last year ("比上年增加14所"), not a level."""
    return not _drop_derived(d, [q])


def _falls(d: _Doc, q: Quantity) -> bool:
    return bool(re.search(r"减少|下降|少|降", d.label(q)))


def _same_measure(d: _Doc, total: Quantity, cands: list[Quantity], derived: bool, alone: bool
                  ) -> Quantity | None:
    """The section's figure of the whole's measure: of its unit and kind (a level, or a difference
    from last year), the one whose words the whole's repeat, else the only one when the whole has
    no other figure of that unit."""
    cands = [q for q in cands if unit_class(q) == unit_class(total) and _is_derived(d, q) == derived
             and (not derived or _falls(d, q) == _falls(d, total))]
    words_t = _words(d, total)
    scored = [(_overlap(_words(d, q), words_t), q) for q in cands]
    named = [q for sc, q in scored if sc >= 2 and sc == max(s for s, _ in scored)]
    if len(named) == 1:
        return named[0]
    return cands[0] if len(cands) == 1 and alone and not named else None


def _fits(total: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts add up to the total within the rounding of the figures?"""
    money = total.is_money

    def bounds(q: Quantity) -> tuple[Decimal, Decimal]:
        scale = money_value(q) / q.value if money and q.value else Decimal(1)
        return q.low * scale, q.high * scale

    lo = sum(bounds(p)[0] for p in parts)
    hi = sum(bounds(p)[1] for p in parts)
    tlo, thi = bounds(total)
    return lo <= thi and tlo <= hi
