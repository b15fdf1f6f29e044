"""A rate against last year's rate and the change in points between them.

"群众满意率为92.7%,较上年的90.8%提高1.9个百分点": this year's rate is last year's plus the
points it rose (minus those it fell). Both rates must be printed in the sentence before the
points, last year's named as such (上年, 去年, 同期, an earlier year); otherwise nothing is said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation
from .ref_years import current_year
from .roles import DOWN_WORDS, UP_WORDS, is_change_percent
from .structure import _Doc

_POINTS = ("个百分点", "百分点")
_UP = re.compile(rf"(?:{UP_WORDS}|提升|高出)了?$")
_DOWN = re.compile(rf"(?:{DOWN_WORDS}|下滑|低于)了?$")
_YEAR = re.compile(r"(\d{4})年")
_LAST_YEAR_FIRST = re.compile(r"^[,;]?(?:上年|去年|上一年)(?!度?[^,;。]{0,12}(?:增长|下降|提高|降低))")
_LAST_YEAR = re.compile(r"(?:上年|去年|上一年|上年同期|去年同期|同期)(?:度)?(?:的|为|是|达)?$")
# "由86.4%提高到91.7%", "从12.5%降至9.8%": the rate after 由/从 is the earlier one when the other
# follows a verb of change ending in 到/至.
_FROM = re.compile(r"(?:由|从)(?:上年的?|去年的?|\d{4}年的?)?$")
_TO = re.compile(rf"(?:{UP_WORDS}|{DOWN_WORDS}|提升|回落|降|升)(?:到|至)$")


def points_changes(d: _Doc) -> list[Relation]:
    out: list[Relation] = []
    for q in d.qs:
        if q.unit not in _POINTS:
            continue
        words = d.label(q).rstrip("了")
        growth = _growth_against_earlier(d, q)
        if growth is None and (later := _earlier_after(d, q)) is not None:
            # (each rate rounded on its own: "7.4%, 比9月份提高1.7个百分点(9月份增长5.8%)" holds within it)
            growth, q = (_rounded(later[0]), _rounded(later[1]), later[2]), _rounded(q)
        if growth is not None:  # "增长5.6%,比上半年(5.3%)加快0.5个百分点": this growth rate, the earlier one
            # (as printed: a bureau takes the points between the two rates it publishes)
            cur, prev, up = growth
            out.append(Relation("sum", "sum.points", {"total": cur, "parts": [prev, q]} if up > 0
                                else {"total": prev, "parts": [cur, q]}))
            continue
        sign = 1 if _UP.search(words) else -1 if _DOWN.search(words) else 0
        if not sign or _YEARLY.search(_CLAUSE_CUT.split(words)[-1]):
            continue  # ("由61.2%提高到64.8%,年均提高1.2个百分点": a yearly average, not the pair's difference)
        rates = [p for p in d.in_range(q.sentence[0], q.start) if p.is_percent and not is_change_percent(d, p)]
        if len(rates) != 2 and (semi := d.s.rfind(";", q.sentence[0], q.start)) >= 0:
            # "调解和解率为44.5%,比上年提高6.2个百分点;直接纠错率为11.3%,上年为12.0%,下降0.7个百分点":
            # a semicolon closes one item of a run; the points of the next are of its own two rates
            rates = [p for p in rates if p.start > semi]
        if len(rates) != 2:
            continue  # one rate (last year's not printed), or several: which two is not said
        previous = [p for p in rates if _earlier(d, p, rates)]
        if len(previous) != 1:
            continue
        prev = previous[0]
        cur = rates[0] if rates[1] is prev else rates[1]
        if len({n for n in (_rate_name(d.label(cur)), _rate_name(d.label(prev)), _rate_name(words)) if n}) > 1:
            continue  # "按期办结率98.6%,上年群众满意率为97.0%,群众满意率较上年提高…": two measures
        if not _points_of_the_pair(d, q, cur, prev):
            continue
        cur, prev, pts = _rounded(cur), _rounded(prev), _rounded(q)
        if sign > 0:
            out.append(Relation("sum", "sum.points", {"total": cur, "parts": [prev, pts]}))
        else:
            out.append(Relation("sum", "sum.points", {"total": prev, "parts": [cur, pts]}))
    return out


# what the points may be measured against instead of the earlier rate: an average, a target, a
# wider place ("比全省平均高出3.4个百分点", "低于控制目标1.1个百分点")
_OTHER_BASE = re.compile(r"平均|目标|控制|全省|全国|省定|国家|计划|预期|标准|要求|考核")
_REF_YEAR = re.compile(r"上年|去年|上一年|\d{4}年")
_FULL_RATE = re.compile(r"[\u4e00-\u9fff]*(?:率|比重|比例)")
_SCOPE_HEAD = re.compile(r"^(?:全市|全县|全区|全省|全年|本年度?|今年|年末|年内|同比|较上年|比上年)+")
_CLAUSE_CUT = re.compile(r"[,，;；:：、]")
_YEARLY = re.compile(r"年均|平均每年|每年平均")


def _points_of_the_pair(d: _Doc, q: Quantity, cur: Quantity, prev: Quantity) -> bool:
    """Are the points said of the two rates and nothing else: no other base (an average, a target:
    "由42.1%提高到43.5%,比全省平均高出3.4个百分点"), no year the earlier rate is not of ("由2023年的61.4%
    增加到68.0%,较2022年提高…"; "由86.4%提高到91.7%,较上年提高…" may span years), and no rate named in
    other words ("城镇化率由…提高到…,户籍人口城镇化率提高…", "其中按期办结率提高…")?"""
    words = d.label(q)
    if _OTHER_BASE.search(words):
        return False
    before_prev = d.s[prev.sentence[0] : prev.start]
    if any(y not in before_prev for y in _REF_YEAR.findall(words)):
        return False
    named = _FULL_RATE.findall(_CLAUSE_CUT.split(words)[-1])
    if not named:
        return True
    mine = _SCOPE_HEAD.sub("", named[-1])
    theirs = {_SCOPE_HEAD.sub("", n[-1]) for p in (prev, cur)
              if (n := _FULL_RATE.findall(_CLAUSE_CUT.split(d.s[p.sentence[0] : p.start])[-1]))}
    return mine in theirs


# The name of a rate: the two characters before its ending ("满意率", "办结率", "覆盖度").
_RATE_NAME = re.compile(r"[\u4e00-\u9fff]{2}(?:率|比重|比例|(?<!年)度)")


def _rate_name(words: str) -> str:
    """The last rate named in ``words`` ("" when none is)."""
    names = _RATE_NAME.findall(words)
    return names[-1] if names else ""


def _rounded(q: Quantity) -> Quantity:
    """The figure as the range it was rounded from: three rates rounded on their own may miss
    the sum by a unit of their last decimal (90.84 + 1.82 = 92.66: "90.8", "1.8", "92.7")."""
    half = Decimal(5).scaleb(-q.decimals - 1)
    return replace(q, low=q.value - half, high=q.value + half)


def _earlier(d: _Doc, p: Quantity, rates: list[Quantity]) -> bool:
    """Is ``p`` last year's rate: named as the previous period's, or by a year before the
    other rate's year?"""
    if _LAST_YEAR.search(d.label(p).rstrip("(")):
        return True  # ("比上年同期(67.1%)提高1.1个百分点": the earlier rate in brackets after its name)
    other = rates[0] if rates[1] is p else rates[1]
    if p.start < other.start and _FROM.search(d.s[p.sentence[0] : p.start]) and _TO.search(d.s[p.end : other.start]):
        return True
    if _LAST_YEAR_FIRST.match(d.label(p)):
        return True  # "上年结案率为90.2%"
    mine, theirs = _YEAR.findall(d.label(p)), _YEAR.findall(d.s[other.sentence[0] : other.start])
    if mine and not theirs:
        # "败诉率6.4%,较2023年的8.9%下降2.5个百分点": the other rate's sentence names no year, so it is of the
        # report's year (the title's); a year before that is the earlier rate's
        year = current_year(d, other)
        return year is not None and int(mine[-1]) < year
    return bool(mine and theirs) and int(mine[-1]) < int(theirs[-1])


_GROWTH = re.compile(r"(?:增长|增加|上涨|提高)$")
_VS_EARLIER = re.compile(r"[,;]?(?:增速|增幅)?(?:比|较)[^,;。\d()]{1,10}\($")
_SPEED = re.compile(r"^\)(?:增速|增幅)?(?:(加快|提高|提升|上升|扩大)|(回落|放缓|减缓|下降|降低|收窄))了?$")


def _growth_against_earlier(d: _Doc, q: Quantity) -> tuple[Quantity, Quantity, int] | None:
    """"按可比价格计算增长5.6%,比上半年(5.3%)加快0.5个百分点": a growth rate, then the earlier
    period's growth rate in brackets after 比/较 and the period, then the points the growth sped up
    (or slowed) by -- (this rate, the earlier one, the sign). Only a growth (增长…), the earlier rate
    a bare figure in its brackets, nothing else between."""
    inside = [p for p in d.in_range(q.sentence[0], q.start) if p.is_percent]
    if len(inside) < 2:
        return None
    cur, prev = inside[-2], inside[-1]
    if not _GROWTH.search(d.s[max(cur.sentence[0], cur.start - 4) : cur.start]) or d.in_parentheses(cur):
        return None
    if not _VS_EARLIER.search(d.s[cur.end : prev.start]) or _OTHER_BASE.search(d.s[cur.end : prev.start]):
        return None
    m = _SPEED.match(d.s[prev.end : q.start])
    if m is None:
        return None
    return cur, prev, 1 if m.group(1) else -1


# "…增长7.1%,增速比1-10月回落0.4个百分点(1-10月增长7.5%)", "…的70.2%,比上年同期下降2.8个百分点(上年同期为73.0%)":
# the period compared with, the verb of the points, and in brackets right after them that period's rate
_AGAINST = re.compile(r"^,?(?:增速|增幅|比重|占比)?(?:比|较)([^,;。%()]{1,12}?)(?:(加快|提高|提升|上升|扩大|增加)|"
                      r"(回落|放缓|减缓|下降|降低|收窄|减少))了?$")
_BRACKET = re.compile(r"^\(([^,;。%()]{1,12}?)(?:的|增长|为|是)?$")


def _earlier_after(d: _Doc, q: Quantity) -> tuple[Quantity, Quantity, int] | None:
    """A rate, the points it moved by against a period named after 比/较, and that period's rate in
    brackets right after the points, named by the same period ("上年同期为73.0%", "1-10月增长7.5%"):
    (this rate, the earlier one, the sign). A rate that fell (下降5.1%) or an earlier one named
    otherwise is no reading."""
    before = [p for p in d.in_range(q.sentence[0], q.start) if p.is_percent]
    after = d.in_range(q.end, q.sentence[1])
    if not before or not after or not after[0].is_percent or not d.s.startswith(")", after[0].end):
        return None
    cur, prev = before[-1], after[0]
    m, b = _AGAINST.match(d.s[cur.end : q.start]), _BRACKET.match(d.s[q.end : prev.start])
    if m is None or b is None or m.group(1) != b.group(1) or d.in_parentheses(cur) or cur.value < 0 or prev.value < 0:
        return None
    if _DOWN.search(d.s[max(cur.sentence[0], cur.start - 4) : cur.start]) or _OTHER_BASE.search(m.group(1)):
        return None  # ("下降5.1%": a negative growth printed bare; "比全省平均": another base)
    return cur, prev, 1 if m.group(2) else -1
