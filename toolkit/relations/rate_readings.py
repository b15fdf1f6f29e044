"""Readings of a rate whose base was found far from it, and the bases a rate may leave items out of.

A base found past the rate's paragraph is believed only when the rate holds over it, or would but
for one misprinted digit of the rate, the numerator or the base (``_explained``); several such bases
are readings of one check (``explained_readings``). catalog/rates.yaml's ``base_excludes`` names the
items a rate's base may leave out (纠错率 over the cases decided, without those 终止): the base less
that item is a reading too (``_less_excluded``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..quantities import Quantity
from .bases import size
from .misprints import slips
from .model import Relation, compatible
from .refused_bases import less_part
from .structure import _Doc, _paragraph_start
from .vocab import read_entries


def _explained(numerator: Quantity, base: Quantity, pct: Quantity, per: int, base_slips: bool = True,
               numerator_slips: bool = True) -> bool:
    """Does the rate hold over ``base`` -- or would it, but for one misprinted digit of the rate,
    the numerator or the base (``base_slips``)? A base found far from its rate is believed only then."""
    half = Decimal(5) / Decimal(10) ** (pct.decimals + 1) + Decimal("0.0001")
    n, b = numerator.value, base.value
    if not b:
        return False
    if numerator.unit != base.unit and (numerator.is_money or base.is_money):
        n, b = size(numerator), size(base)  # 万元 over 亿元: the rate itself only
        return bool(b) and abs(n * per / b - pct.value) <= half

    def near(n: Decimal, b: Decimal, p: Decimal) -> bool:
        return bool(b) and abs(n * per / b - p) <= half

    return (near(n, b, pct.value) or any(near(n, b, v) for v in slips(pct))
            or (numerator_slips and any(near(v, b, pct.value) for v in slips(numerator)))
            or (base_slips and any(near(n, v, pct.value) for v in slips(base))))


@lru_cache(maxsize=1)
def base_exclusions() -> dict[str, re.Pattern]:
    """catalog/rates.yaml ``base_excludes``: the items a rate's base may leave out (纠错率 over the
    cases decided, without those 终止), by the rate's pattern."""
    return dict(read_entries("rates.yaml", "rates", lambda e: (e["rate"], re.compile(e.get("base_excludes") or "(?!)"))))


def _less_excluded(d: _Doc, base: Quantity, numerator: Quantity, excluded: re.Pattern) -> Quantity | None:
    """The base without the item its list names as left out ("审结1,655件…终止289件": 1,366), an
    unprinted figure; None when the list names none."""
    end = d.s.find("\n", base.end)  # (the base's paragraph only: a base far back is walked no further)
    item = next((q for q in d.qs[base.index + 1 : min(numerator.index, d.before(len(d.s) if end < 0 else end))]
                 if compatible(q, base) and not q.is_percent and q.value < base.value
                 and _paragraph_start(d, q.start) == _paragraph_start(d, base.start)
                 and excluded.search(re.split(r"[,;、]", d.label(q))[-1])), None)
    if item is None:
        return None
    return less_part(base, item, offset=1_000_000)


_PARAGRAPH_END = re.compile(r"[。!?:]\s*\n")
# A rate stated as a bound ("联合抽查占比不低于30%", "占比30%以上"): any rate past it holds, so a far
# figure whose slip would make it hold is no sign it is the base -- a far base is not believed.
# (达到 is no bound: "办结率达到98.5%" states the rate.)
_BOUND_BEFORE = re.compile(r"(?:不(?:得|应|能|宜|可)?(?:低于|少于|小于|高于|超过|大于|多于)"
                           r"|(?<![不得应能宜可])(?:大于|高于|超过|低于|小于|少于))$")
_BOUND_AFTER = re.compile(r"\s*(?:及以上|以上|及以下|以下|以内)")


def _stated_as_a_bound(text: str, pct: Quantity) -> bool:
    return (pct.qualifier in ("以上", "超", "逾") or _BOUND_BEFORE.search(text, max(0, pct.start - 6), pct.start) is not None
            or _BOUND_AFTER.match(text, pct.end) is not None)


def explained_readings(rule: str, numerator: Quantity, bases: list[Quantity], pct: Quantity, per: int,
                       most: int, text: str | None = None, slips_of: str = "all") -> Relation | None:
    """The ratio over ``bases`` as readings, when there are at most ``most`` and the printed rate
    holds over one of them, or would but for one slip (``_explained``); else None (no check).
    Given the ``text``, a slip of a base's own digits explains only a base of the numerator's
    paragraph (no line ending a sentence between: a PDF copy breaks lines inside sentences, "…;\n其中"):
    from another paragraph, a population or a total of another scope is a slip away from a rate more
    often than it is its base."""
    def explains(b: Quantity) -> bool:
        near = text is None or _PARAGRAPH_END.search(text, min(b.end, numerator.start), max(b.start, numerator.end)) is None
        if slips_of == "rate":
            return _explained(numerator, b, pct, per, base_slips=False, numerator_slips=False)
        return _explained(numerator, b, pct, per, base_slips=near)

    if not bases or len(bases) > most or not any(explains(b) for b in bases):
        return None
    if text is not None and _stated_as_a_bound(text, pct):
        return None  # (see _BOUND_BEFORE)
    roles = [{"numerator": numerator, "denominator": b, "percent": pct} for b in bases]
    return Relation("ratio", rule, roles[0], per=per, readings=roles[1:])


def held_across_a_heading(d: _Doc, found: dict, numerator: Quantity, pct: Quantity, per: int) -> dict:
    """Bases found in the sentence before a rate, kept only when the rate holds over them as printed if a
    heading stands between: the section before may state the base ("转交办理12,490件。\n二、办理情况\n…办结
    12,332件,办结率98.7%"), but another topic's figure is often one slip away ("…补充资金52.18亿元。\n四、资产
    风险状况\n…逾期额0.16亿元,逾期率0.37‰")."""
    if not found or d.same_section([next(iter(found.values())), numerator]):
        return found
    half = Decimal(5) / Decimal(10) ** (pct.decimals + 1) + Decimal("0.0001")
    return {v: q for v, q in found.items() if q.value and numerator.unit == q.unit
            and abs(numerator.value * per / q.value - pct.value) <= half}


def counts_alike(a: Quantity, b: Quantity) -> bool:
    """Are both counts of things, in counters the rate's words pair ("接访146批次…化解97件")? A rate
    named by meaning may count its numerator in another counter than its base."""
    return all(q.unit and not q.is_money and not q.is_percent and q.unit != "倍" for q in (a, b))


# a rate of cutting ("精简率", "压减率"), and the words of what the cut leaves ("保留", "剩余", "压减至")
_CUT_RATE = re.compile(r"(?:精简|精减|压减|削减|压缩|减少|取消|撤并|撤销|清理|淘汰)$")
_KEPT = re.compile(r"保留|剩余|留存|余下|尚余|[降减缩]至")


def kept_of_a_cut(words: str, name: str) -> bool:
    """"梳理事项4,126项…保留3,864项,精简262项,精简率6.3%": a rate of cutting is over what there was
    before the cut; the figure of what it left (保留, 剩余) is the rest beside the cut, not its base."""
    return bool(_CUT_RATE.search(name)) and bool(_KEPT.search(words))


def short_of_the_numerator(d: _Doc, numerator: Quantity, named_as_base) -> Quantity | None:
    """The figure right before the numerator, in its sentence, that the rate's base words name
    (``named_as_base``) and that is smaller than the numerator ("开庭审理118件,负责人出庭121件,出庭应诉率
    100%"): a rate of 100% is over it, and a figure is misprinted -- not over a wider one further back."""
    if not numerator.index or d.qs[numerator.index] is not numerator:
        return None  # (a sum of figures: "主要负责人出庭3件,其他负责人出庭5件")
    prev = d.qs[numerator.index - 1]
    return prev if (not prev.is_percent and prev.sentence == numerator.sentence and compatible(prev, numerator)
                    and prev.value < numerator.value and named_as_base(prev)) else None


def exceeded_bound(before: list[Quantity], numerator: Quantity, base: Quantity) -> list[Quantity]:
    """"合理载畜量142.6万…,实际载畜量151.3万…,超载8.7万…,超载率6.1%": a numerator that is the base less a
    figure of its sentence before it is the excess over that figure, whose rate may be over that bound
    as well (a reading): the last such figure, or none."""
    return [q for q in before if q.sentence == numerator.sentence and compatible(q, numerator)
            and q.unit == numerator.unit and q.value + numerator.value == base.value][-1:]


# another outcome of one set, base words or not ("受理142件,不予受理21件,告知向其他机关申请15件"): no new set
_OTHER_OUTCOME = re.compile(r"^(?:依法|决定|经审查)?(?:告知|不予|未予|转送|退回|移送)")


def other_outcome(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` named as the intake's other outcome (告知…, 不予…): of the set a rate's numerator is of, never
    the base of a new set ("受理142件,不予受理21件,告知向其他机关申请15件。受理率76.3%": 申请 names no base here)?"""
    return _OTHER_OUTCOME.match(d.own_words(q)) is not None


# (the rate's name and nothing more: not a bar, "对出庭率低于80%的单位…")
_RATE_LINE = re.compile(r"[\u4e00-\u9fff]{1,9}率(?:为|达|达到|是)?")


def rate_paragraph_start(d: _Doc, pct: Quantity) -> int:
    """Where the figures a named rate is read over begin: its paragraph -- or, for a rate opening a line of its
    own with nothing but its name ("…告知向有权机关申请23件。\n受理率87.9%。", a wrapped report's line break),
    the line before."""
    start = d.last_before("\n", pct.start) + 1
    if start > 1 and _RATE_LINE.fullmatch(d.s, start, pct.start):
        return d.last_before("\n", start - 2) + 1
    return start
