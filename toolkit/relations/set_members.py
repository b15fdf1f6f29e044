"""Members of a counted set, each with a property: "全县14个乡镇中,已有11个乡镇建成专职消防队", "全局196名执法
人员中具有法律专业背景的仅23名", "168个住宅小区中,已成立业主大会的小区71个,实行物业服务的小区143个".

A sentence opened by <scope><N><counter><noun>中 speaks of those N things; a later figure of that sentence
counted by the same counter that names the same things -- the noun right after it ("11个乡镇"), the noun
ending its words ("…的小区71个"), or nothing but 有 ("中有4个", "仅有6个") -- counts the members that have a
property: no more than N (``bound.set_member``). Members with several properties are no partition of the set:
the properties may overlap and need not cover it (``by_property``), so such a list is summed only when it
adds up exactly (completeness)."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation
from .roles import is_delta, is_previous
from .structure import _Doc

# "全县" "全市范围内" before the count: a scope, no other figure's words
_SCOPE = re.compile(r"^(?:全|本|我)?[\u4e00-\u9fff]{0,5}$")
# the things counted, an aside naming their kinds, then 中 ("乡镇(街道)中", "养老机构(13个…)中", "项中")
# (an aside inside the name too: "23个乡镇(街道)医保服务站中")
_SET = re.compile(r"([\u4e00-\u9fff]{0,10}(?:\([^()]{1,10}\)[\u4e00-\u9fff]{1,8})?)(?:\([^()]{1,40}\))?(?:当)?中[,:]?")
_COUNTERS = frozenset("个家所名条项座户人处支")
_ASIDE = re.compile(r"\([^()]{1,10}\)")
# a member's words that name no noun: 有 and the adverbs before it ("已有", "仅有", "仍有", "中有")
_BARE = re.compile(r"^(?:其中|中)?(?:已经?|仅|只|仍|还|尚|均|共)?有$")
_ADVERBS = re.compile(r"(?:已经?|仅|只|仍|还|尚|均|共)+$")
_CLAUSE = re.compile(r"[,;:、]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def _opened_set(d: _Doc, q: Quantity) -> str | None:
    """The noun of the set ``q`` opens its sentence with ("乡镇" of "全县14个乡镇(街道)中,"), or None."""
    if q.is_percent or q.unit not in _COUNTERS or q.value != int(q.value) or d.in_parentheses(q):
        return None
    if not _SCOPE.match(_NOT_CJK.sub("", d.s[_clause_start(d, q) : q.start])):
        return None
    m = _SET.match(d.s, q.end, min(q.end + 60, q.sentence[1]))
    return m.group(1) if m else None


def _clause_start(d: _Doc, q: Quantity) -> int:
    """Where ``q``'s clause starts: a set opens its clause, after what the sentence says first ("一是
    力量薄弱,14个乡镇中有5个…")."""
    return max(q.sentence[0], d.s.rfind(",", q.sentence[0], q.start) + 1, d.s.rfind(";", q.sentence[0], q.start) + 1)


def _names(d: _Doc, p: Quantity, noun: str, elided: bool = True, words: str | None = None, aside: str = "") -> bool:
    """Does ``p`` count the set's things: the noun after it, the noun ending its words, or no noun at all
    (and, when ``elided``, a property with the noun left out: "…的仅23名")? ``words``: its own words when
    its label holds the set's ("乡镇(街道)中仅有6个": 仅有); ``aside``: the bracket after the set's noun."""
    own = _NOT_CJK.sub("", _CLAUSE.split(d.label(p) if words is None else words)[-1])
    if _BARE.fullmatch(own):
        return True
    own = _ADVERBS.sub("", own)
    if own.endswith("的"):
        # "…中具有法律专业背景的仅23名": those of the set who have it -- not "有11个乡镇的120个行政村": the
        # set's noun before 的 owns the figure, which counts other things
        return elided and not (len(noun) >= 2 and own[:-1].endswith(noun[-2:]))
    tail = noun[-2:]
    if len(tail) == 1 and aside:
        # "13个村(社区)中,…示范村(社区)11个": a one-character noun named with the set's own aside
        raw = _CLAUSE.split(d.label(p) if words is None else words)[-1]
        return raw.endswith(noun + aside) or d.s.startswith(noun + aside, p.end)
    return len(tail) == 2 and (d.s.startswith(tail, p.end) or own.endswith(tail))


def set_member_bounds(d: _Doc) -> list[Relation]:
    """Each member count of a set a sentence opens with, bounded by the set's count."""
    out: list[Relation] = []
    for q in d.qs:
        noun = _opened_set(d, q) if "中" in d.s[q.end : q.end + 30] else None
        if noun is None:
            continue
        m = _SET.match(d.s, q.end, min(q.end + 60, q.sentence[1]))
        set_end = m.end() if m else q.end  # (the first member's label runs from the set's count: "乡镇中有")
        aside = _ASIDE.match(d.s, q.end + len(noun)).group() if m and _ASIDE.match(d.s, q.end + len(noun)) else ""
        for p in d.from_index(q.index + 1):
            again = _SET.match(d.s, p.end, p.end + 60)
            if again and d.s.startswith(noun, p.end) and again.end() <= p.end + len(noun):
                again = None  # ("6个中队中仍有2个中队办公…": the member's noun, whose 中 opens no set)
            if p.sentence != q.sentence or ";" in d.s[q.end : p.start] or again:
                break  # (";186个社区中,…": another set's members from there on)
            if p.unit != q.unit or p.is_percent or d.in_parentheses(p) or is_delta(d, p) or is_previous(d, p):
                continue
            if _opened_set(d, p) is not None and p.index != q.index:
                break  # another set opened in the sentence: its members are its own
            if _names(d, p, noun, words=d.s[set_end : p.start] if p.index == q.index + 1 else None, aside=aside):
                out.append(Relation("bound", "bound.set_member", {"smaller": p, "larger": q}))
    return out


def by_property(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Are ``parts`` members of the set ``total`` opens its sentence with, each named by a property
    ("有7个县…达到100%,有3个县…零纠错")? The properties may overlap and leave members out. So are the
    members a 其中 lists of a count of things, each by a 的 clause of its noun ("在建项目218个,其中落实
    专用账户的项目212个、实行实名制管理的项目218个")."""
    # (the members named by a property with the noun left out, "已建成…的9个,在建的3个", may be the
    # stages of one process that part the set: a list of those is still summed)
    noun = _opened_set(d, total)
    if noun is None:
        return _listed_by_property(d, total, parts)
    return len(parts) >= 2 and all(
        p.sentence == total.sentence and p.unit == total.unit and _names(d, p, noun, elided=False) for p in parts)


_IN_WHICH = re.compile(r",?其中")
_NEGATED = re.compile(r"(?:尚)?(?:未|没有?|不|无)|其余|其他|其它")  # (matched at the property's start: 不动产, 无障碍 are words)
_OF_CLAUSE = 4  # CJK characters a property's 的 clause holds at least ("实行实名制管理的": no short "公办的")


def _listed_by_property(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """``total`` a count of things (个, 家, 所…) right before a 其中 whose every part is named by a 的
    clause of a verb and its object ending with the total's noun ("…的项目")."""
    if total.unit not in _COUNTERS or len(parts) < 2 or not _IN_WHICH.match(d.s, total.end):
        return False
    tail = _NOT_CJK.sub("", _CLAUSE.split(d.label(total))[-1])[-2:]
    if len(tail) < 2:
        return False
    # (the noun left out, "其中通硬化路的186个,通客车的182个" of 行政村186个: properties when one of them is
    # already all of the whole -- a partition would leave the others nothing)
    elided = any(p.value == total.value for p in parts)
    for p in parts:
        own = _NOT_CJK.sub("", _CLAUSE.split(d.label(p))[-1]).removeprefix("其中")
        full = own.endswith("的" + tail)
        named = full or (elided and own.endswith("的"))
        if p.unit != total.unit or not named or len(own) - 3 < (_OF_CLAUSE if full else 0) or _NEGATED.match(own):
            return False  # (one property and its negation, "落实…的" and "未落实…的", are a partition)
    return True


_OWNER = re.compile(r"[\u4e00-\u9fff]{1,6}的")


def owned_by_a_count(d: _Doc, p: Quantity, total: Quantity) -> bool:
    """Is ``p`` counted within the items the figure right before it counts, itself one of ``total``'s
    ("14个乡镇中,有11个乡镇的120个行政村": the 120 are villages of those towns) -- another measure, no item
    of the list? ("30家,其中5个部门的12家单位": the 5 departments are no items of 30 units: the 12 is one.)"""
    prev = d.qs[p.index - 1] if p.index else None
    return (prev is not None and prev.sentence == p.sentence and not prev.is_percent and prev.unit in _COUNTERS
            and prev.unit == total.unit and _OWNER.fullmatch(d.s, prev.end, p.start) is not None)
