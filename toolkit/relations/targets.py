"""An achieved figure and the target stated beside it: "调撤率达80.9%(市考核指标50%以上)".

A threshold is a figure whose aside or clause names a target (``catalog/targets.yaml``: 目标, 指标,
考核, 要求 …) and says which way it points (以上, 不低于 … or 以下, 不超过 …). The achieved figure is the
one printed just before that aside or clause, of the same unit, itself neither qualified (45%以上) nor
a forecast (有望, 力争 … in its clause). The achieved figure must lie on the threshold's side: a bound.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_delta, is_previous
from .structure import SEG_END, _Doc
from .vocab import Occurs, read_entries

_GAP = 2  # characters allowed between the achieved figure and the aside or clause naming the target


@lru_cache(maxsize=1)
def _marks() -> dict[str, re.Pattern]:
    return dict(read_entries("targets.yaml", "marks", lambda e: (str(e["id"]), re.compile(e["words"]))))


@lru_cache(maxsize=1)
def _target_occurs() -> Occurs:
    """Does a target word occur in a text: asked of the clause before every figure."""
    return Occurs(_marks()["target"])


@lru_cache(maxsize=1)
def _comparators() -> list[tuple[str, re.Pattern, re.Pattern]]:
    def entry(e: dict) -> tuple[str, re.Pattern, re.Pattern]:
        if e["achieved"] not in ("larger", "smaller"):
            raise ValueError("achieved is 'larger' or 'smaller'")
        return str(e["achieved"]), re.compile(e["before"]), re.compile(e["after"])

    return read_entries("targets.yaml", "comparators", entry)


def _side(before: str, after: str, qualifier: str | None) -> str | None:
    """Which side of the threshold the achieved figure must be on, when exactly one comparator says."""
    sides = {side for side, pre, post in _comparators()
             if pre.search(before) or post.search(after) or (qualifier and post.search(qualifier))}
    return sides.pop() if len(sides) == 1 else None


def _names_another_measure(d: _Doc, words: str, done: Quantity) -> bool:
    """"满意度96%(考核指标:回访率95%以上)": the target names a measure (a noun ending in 率, 度, 比值 …)
    that the achieved figure's own words do not ("重复来电率8.2%,满意率93%,考核要求重复来电率不高于
    10%": the 93 is no 重复来电率)."""
    name = re.search(r"[\u4e00-\u9fff]*(?:率|度|比值|比例|指数)", words)
    if name is None or len(name.group()) < 2:
        return False
    own = d.s[d.seg_start(done.start) : done.start]
    own = own[max(own.rfind(","), own.rfind("、")) + 1 :]  # the achieved figure's own clause
    if name.group() in ("比值", "比例"):  # "达到1.04:1(考核指标比值大于1)": the ratio is named before
        own = d.s[max(0, done.sentence[0] - 80) : done.start]
    return name.group()[-2:] not in own


def _span_start(d: _Doc, t: Quantity) -> int | None:
    """Where the aside or clause holding the threshold opens: its "(" when inside one, else the
    clause start after a comma."""
    s = d.s
    if d.in_parentheses(t):
        return s.rfind("(", t.sentence[0], t.start)
    start = s.rfind(",", t.sentence[0], t.start)
    return start if start > t.sentence[0] else None


def is_threshold(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` a target the text states, not a figure of the period: "(考核指标50%以上)",
    "考核指标(持证率95%以上)", "考核要求不低于90%"? Its aside (with the words just before it) or its
    clause names a target and says which way it points."""
    opened = _span_start(d, q)
    if opened is None:
        return False
    start = opened + 1
    if d.s[opened] == "(":
        start = max(d.seg_start(q.start), opened - 12)  # "考核指标(持证率95%以上)": named before its aside
    return _pointed(d, q, start) is not None


def _pointed(d: _Doc, t: Quantity, start: int) -> tuple[str, str] | None:
    """(the words after the last target word, the side the achieved figure must be on) when the
    words from ``start`` to ``t`` name a target and one comparator says which way it points."""
    words = d.s[start : t.start]
    if len(_PER.sub("", words)) <= _LEAD and (after := _named_after(d, t, words)) is not None:
        return after
    if not _target_occurs()(words):
        return None  # (most clauses: no target word, answered by one scan for its characters)
    named = next(reversed(list(_marks()["target"].finditer(words))), None)
    if named is None:
        return None
    side = _side(words[named.end() :], d.after(t, 6), t.qualifier)
    return (words[named.end() :], side) if side is not None else None


_LEAD = 8  # the most characters of a clause before a threshold whose target is named after it
# who set the target, between the comparator and the threshold ("低于市下达的2.85亿立方米…控制指标"), or
# whose level a benchmark is ("高于全省95.8%的平均水平")
_SETTER = re.compile(r"(?:(?:上级|国家|[省市县区镇乡])?(?:下达|确定|核定|规定|设定|制定)的|全[国省市县区州])$")
# what a threshold is counted per, between the comparator's words ("达到每人每年不少于30学时的要求")
_PER = re.compile(r"每(?:人|名|年|月|季|周|天|日|户|家|件|次)")
# the period the target was set for or in, between the comparator and the threshold ("高于全年8.5%的预期目标")
_SET_FOR = re.compile(r"(?:全年|年初|年度|本年度?|今年|当年)$")


def _named_after(d: _Doc, t: Quantity, words: str) -> tuple[str, str] | None:
    """A clause that opens with a comparator and names its target after the threshold ("…6.84万人,高于
    6万人的目标"), or keeps the figure within a ceiling ("…2.9%,控制在4%以内"): ("", the side)."""
    marks = _marks()
    after = d.after(t, 16)
    named = marks["named_after"].match(after) is not None
    if not named and not _WITHIN.match(after):
        return None  # (neither reading: the clause's words are not read)
    # (a comparator may be read into the figure: "超过6,200人" has the qualifier 超)
    lead = _SET_FOR.sub("", _SETTER.sub("", _PER.sub("", words + _PREFIX.match(t.printed).group()).strip()))  # type: ignore[union-attr]
    if not named and not marks["kept"].match(lead):
        return None
    sides = {side for side, pre, _ in _comparators() if pre.search(lead)}
    return ("", sides.pop()) if len(sides) == 1 else None


_WITHIN = re.compile(r"^(?:及以下|以下|以内)")
_PREFIX = re.compile(r"[^\d.]*")


def _ratio_value(d: _Doc, q: Quantity) -> Quantity:
    """"1.04:1" is one figure, the ratio 1.04: the second term with the first folded into it."""
    first = d.qs[q.index - 1] if q.index else None
    if first is None or first.end != q.start - 1 or d.s[first.end] not in ":∶" or not q.value:
        return q
    value = first.value / q.value
    return dataclasses.replace(first, value=value, low=value, high=value, end=q.end, printed=d.s[first.start : q.end])


def target_bounds(d: _Doc) -> list[Relation]:
    marks = _marks()
    target, forecast = marks["target"], marks["forecast"]
    out: list[Relation] = []
    s = d.s
    for t in d.qs:
        if t.index == 0:
            continue
        opened = _span_start(d, t)
        if opened is None:
            continue
        pointed = _pointed(d, t, opened + 1)
        if pointed is None or any(q.start > opened for q in d.qs[max(0, t.index - 1) : t.index]):
            continue  # no target and direction named, or another figure stands in the aside before it
        named_words, side = pointed
        done = _ratio_value(d, d.qs[t.index - 1])
        if not compatible(done, t) or done.qualifier or len(s[done.end : opened]) > _GAP:
            continue
        if done.sentence != t.sentence or d.in_parentheses(done):
            continue
        if _names_another_measure(d, named_words, done):
            continue
        # a target named after its threshold ("…,高于6万人的目标") is of what the clause before says was
        # achieved: the level a change there is of ("6.84万人,比上年增加0.5万人"), not the change; not a
        # 其中 part alone (below)
        after = not target.search(s[opened + 1 : t.start])
        if after and (is_delta(d, done) or is_previous(d, done)):
            level = d.qs[done.index - 1]
            if level.is_percent or level.sentence != done.sentence or not compatible(level, t) \
                    or is_delta(d, level) or is_previous(d, level):
                continue
            done = level
        if marks["missed" if side == "larger" else "exceeded"].search(s[done.start : d.next_end(t.end, SEG_END)]):
            continue  # "…42.5%(目标不低于60%),与目标仍有较大差距": the text reports the miss itself
        clause = s[d.seg_start(done.start) : done.start]
        clause = clause[max(clause.rfind(","), clause.rfind(","), clause.rfind("、")) + 1 :]
        if forecast.search(clause) or target.search(clause):
            continue  # "有望提升至45%以上", "目标完成率95%": a plan, not what was achieved
        threshold = dataclasses.replace(t, qualifier=None, low=t.value, high=t.value)  # 以上 is the comparator
        roles = {"smaller": threshold, "larger": done} if side == "larger" else {"smaller": done, "larger": threshold}
        whole = _whole_of_its_list(d, done) if side == "smaller" or after else None
        if whole is not None and compatible(whole, t):
            # "余额86.42亿元,其中一般债务…、专项债务55.15亿元,控制在限额92.36亿元以内": the ceiling is
            # the whole's or the last part's -- failing only if both exceed it (a floor alike: "造林1.2万
            # 亩,其中新造林0.8万亩,超过1万亩的年度计划")
            first = {"smaller": whole, "larger": threshold} if side == "smaller" else {"smaller": threshold, "larger": whole}
            out.append(Relation("bound", "bound.target", first, readings=[roles]))
            continue
        out.append(Relation("bound", "bound.target", roles))
    return out


def _whole_of_its_list(d: _Doc, q: Quantity) -> Quantity | None:
    """The figure a 其中 list holding ``q`` breaks down, in ``q``'s sentence (None: no such list)."""
    k = d.s.rfind("其中", q.sentence[0], q.start)
    wholes = [x for x in d.in_range(q.sentence[0], k) if not x.is_percent] if k >= 0 else []
    return wholes[-1] if wholes else None
