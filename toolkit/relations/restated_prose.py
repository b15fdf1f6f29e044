"""A total stated in the report's summary and again in its chapter ("一、基本情况 全年共受理劳动人事
争议案件1,862件 … 二、案件受理 全年受理劳动人事争议案件1,826件"): one quantity stated twice, so
the two must agree.

Two prose figures restate one total when the words of their sentences up to them are the same once
the words naming the whole year and place are left out (``restated_prose.frame`` of
catalog/equalities.yaml: 全年, 共, 全区, the report's own year …) -- the same act, object, scope and
stage -- the words are long enough to name what is counted, and nothing else in them names a part,
a period or a change. The first figure stands in the report's opening section (before its second
top-level heading: the summary), the second after it, under a heading naming no place (a section
per district states each district's own figures in the same words). Exactly two figures with those
words: three leave open which restates which.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .vocab import catalog_yaml, gated, read_section

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_TOP = re.compile(r"(?:^|\n)[ \t\u3000#*]*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分])")
# the same after a line end: opening with a literal, the engine skips from line end to line end (``^|`` first
# made it try every character of the report; ``_tops``)
_TOP_LINE = re.compile(_TOP.pattern.replace("(?:^|\\n)", "\\n", 1))
_HEADING_LINE = re.compile(r"\n[ \t\u3000#*]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])([^\n]{0,30})")
_MIN_WORDS = 6
_MIN_IN_SECTION = 8  # a figure restated within its section: words naming one measure at length
_ANY_HEADING = re.compile(r"\n[ \t\u3000#*]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分]|#)")


@lru_cache(maxsize=1)
def _vocab() -> dict[str, re.Pattern]:
    period = catalog_yaml("stages.yaml")["period"]
    return read_section("equalities.yaml", "restated_prose", lambda v, _: {
        "frame": re.compile(str(v["frame"])), "stop": gated(re.compile(str(v["stop"]))),
        "place": re.compile(str(v["place"])), "period": gated(re.compile(period))})  # (searched in every figure's sentence)


def _year(d: _Doc) -> str | None:
    """The report's own year, from its first line."""
    m = _YEAR.search(d.s[: d.s.find("\n") if "\n" in d.s else 200])
    return m.group(1) if m else None


def _key(d: _Doc, q: Quantity, v: dict[str, re.Pattern], year: str | None) -> str | None:
    """The words of the figure's sentence up to it, less the whole's frame; None: a part, another
    period, a change or a list -- no total stated on its own."""
    if q.is_percent or q.in_table or is_delta(d, q) or is_previous(d, q) or is_per_n(d, q) or d.in_parentheses(q):
        return None
    text = d.s[q.sentence[0] : q.start]
    if any(p.start < q.start and not p.is_percent for p in d.in_range(q.sentence[0], q.start)):
        return None  # a figure after another in its sentence: maybe an item of a list, or a stage after
    if v["stop"].search(text) or v["period"].search(text):
        return None
    if year:
        text = text.replace(f"{year}年", "")
    if _DIGIT.search(text):
        return None  # another year, a date
    key = v["frame"].sub("", _NOT_CJK.sub("", text))
    # (and the words right after the figure: "受理的4,835件诉求" counts 诉求, "…件投诉" another thing)
    after = _NOT_CJK.sub("", _AFTER_END.split(d.after(q, 12))[0])
    return f"{key}|{after}" if len(key) >= _MIN_WORDS else None


_DIGIT = re.compile(r"\d")
_AFTER_END = re.compile(r"[,;:。、(]")


def _keys(d: _Doc) -> list[tuple[Quantity, str]]:
    """Every figure's ``_key`` that is not None, in order, read once per document: both families
    below walk the figures with the same words and year (each read every figure's sentence)."""
    found = d.cache.get("restated_prose_keys")
    if found is None:
        v, year = _vocab(), _year(d)
        found = d.cache["restated_prose_keys"] = []
        last = -1  # where the latest figure before this one that is no percent starts
        for q in d.qs:
            # (a figure after another in its sentence has no key, ``_key``'s test by position: asked
            # here first, it spares most figures the four role memos and the sentence's slices)
            if not q.sentence[0] <= last < q.start and (k := _key(d, q, v, year)) is not None:
                found.append((q, k))
            if not q.is_percent:
                last = max(last, q.start)
    return found  # type: ignore[return-value]


def _tops(s: str) -> list[int]:
    """Where each top-level heading starts (``_TOP.finditer``'s starts): the one at the text's start,
    then those after a line end (``^`` matches nowhere else, and no match holds a line end)."""
    first = _TOP.match(s)
    return ([0] if first else []) + [m.start() for m in _TOP_LINE.finditer(s, first.end() if first else 0)]


def restated_prose(d: _Doc, found: list[Relation]) -> list[Relation]:
    """The summary's total against the chapter's, when both say it in the same words."""
    v = _vocab()
    tops = _tops(d.s)
    if len(tops) < 2:
        return []
    summary_end = tops[1]
    keys: dict[tuple[str, str], list[Quantity]] = {}
    for q, k in _keys(d):
        keys.setdefault((k, q.unit), []).append(q)
    tied: set[frozenset[int]] | None = None  # the figures each equality ties: listed when first asked
    out = []
    for qs in keys.values():
        if len(qs) != 2 or not (qs[0].start < summary_end < qs[1].start):
            continue
        heads = list(_HEADING_LINE.finditer(d.s, summary_end, qs[1].start))
        if heads and v["place"].search(heads[-1].group(1)):
            continue  # "(二)东城区": a section of one place states its own figures in the same words
        if None not in (y := (_section_year(d, qs[0], tops), _section_year(d, qs[1], tops))) and y[0] != y[1]:
            continue  # "一、2020年预算执行情况 … 三、2021年预算草案": each year's budget in the same words
        if tied is None:
            tied = {frozenset(x.index for x in r.quantities()) for r in found if r.kind == "equal"}
        if frozenset(q.index for q in qs) not in tied:
            out.append(Relation("equal", "equal.restated_prose", {"values": list(qs)}))
    return out


_YEAR = re.compile(r"(20\d\d)年")


def _section_year(d: _Doc, q: Quantity, tops: list[int]) -> str | None:
    """The year the heading of the figure's top-level section names ("三、2021年预算草案"), else the
    report's own year: a chapter of another year (next year's plan, last year's account) states
    that year's figures."""
    start = max((t for t in tops if t < q.start), default=None)
    if start is not None:
        line = d.s[start : d.s.find("\n", start + 1) if "\n" in d.s[start + 1 :] else len(d.s)]
        if m := _YEAR.search(line):
            return m.group(1)
    return _year(d)


def restated_in_section(d: _Doc, found: list[Relation]) -> list[Relation]:
    """"按险种分:- 企业职工基本养老保险基金收入27.35亿元;… 企业职工基本养老保险基金收入27.35亿元,支出…":
    a figure of a list taken up again in its section, in the same words from its line's or
    sentence's start (eight characters or more, the key of ``_key``: no part, period, change or
    list before it), to say more of it: one quantity, so the two must agree. Only two figures with
    those words, and no heading of any level between them (a sub-section may be of another scope);
    the first an item of a list (``_item_line``), the second not."""
    keys: dict[tuple[str, str], list[Quantity]] = {}
    for q, k in _keys(d):
        if len(k.partition("|")[0]) >= _MIN_IN_SECTION:
            keys.setdefault((k, q.unit), []).append(q)
    tied: set[frozenset[int]] | None = None  # the figures each equality ties: listed when first asked
    out = []
    for qs in keys.values():
        if len(qs) != 2 or _ANY_HEADING.search(d.s, qs[0].end, qs[1].start):
            continue
        if not (_item_line(d, qs[0]) and not _item_line(d, qs[1])):
            continue  # two statements in prose: maybe two wholes ("全年收到…87件。\n全年收到…45件、诉讼12件")
        if tied is None:
            tied = {frozenset(x.index for x in r.quantities()) for r in found if r.kind == "equal"}
        if frozenset(q.index for q in qs) not in tied:
            out.append(Relation("equal", "equal.restated_prose", {"values": list(qs)}))
    return out


_ITEM = re.compile(r"[ \t\u3000]*(?:[-*·•▪●◆]|\d{1,2}[.、．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])")


def _item_line(d: _Doc, q: Quantity) -> bool:
    """Is the figure on a line of a list: opened by a bullet or an item's number, closed by a
    semicolon (an item of a list the converter printed without its bullets), or after a line that
    opens a list with a colon ("按险种分:")?"""
    start = d.s.rfind("\n", 0, q.start) + 1
    end = d.s.find("\n", q.end)
    line = d.s[start : len(d.s) if end < 0 else end].rstrip()
    before = d.s[d.s.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)].rstrip()
    return bool(_ITEM.match(line)) or line.endswith((";", "；")) or before.endswith((":", "："))
