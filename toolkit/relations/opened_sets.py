"""A set named at the head of a rate's sentence ("转派工单中,按时签收32,519件,签收率99.6%;已办结31,980件,
办结率98.0%"): every clause after it speaks of that set, so the figure it names, stated before the
sentence, is a base of the sentence's rates -- as a reading beside the base the rate's own words find
(the set's name may fit another figure only loosely: "执结案件中" names no "受理执行案件"), never instead
of it. A rate with no base of its own takes the set's."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .structure import _Doc, _find_by_label

# a set named before a list: "派单工单中,…", and with no comma a set named after 的 ("受理的投诉中已办结…";
# not 中心, 中央…) -- in a figure's words (named_rates) or at the sentence's head after 在 (here)
SET_OPENER = re.compile(r"([\u4e00-\u9fff]{2,8})中,|([\u4e00-\u9fff]{0,6}的[\u4e00-\u9fff]{2,6})中(?![心央间期旬国标等小型级学医止断])")
_HEAD_SET = re.compile(rf"在?(?:{SET_OPENER.pattern})")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_REACH = 40  # figures back the set's figure is looked for (linear in the text)


def with_opened_set(d: _Doc, rel: Relation | None, numerator: Quantity, pct: Quantity, per: int) -> Relation | None:
    """``rel`` with the base the set opening the rate's sentence names as a reading (or as the base
    when ``rel`` is None)."""
    if rel is not None and rel.kind != "ratio":
        return rel
    m = _HEAD_SET.match(d.s, numerator.sentence[0], numerator.start)
    if m is None:
        return rel
    cands = [q for q in d.qs[max(0, numerator.index - _REACH) : numerator.index]
             if q.start < numerator.sentence[0] and not q.is_percent and compatible(q, numerator)]
    base = _find_by_label(d, cands, m.group(1) or m.group(2), pct.start)
    if base is None or base.value < numerator.value:
        return rel
    if rel is None:
        # ("差评中,实名差评118条,已全部回访核实,整改到位118条,整改率100%": a narrower set of it the clause
        # names before the numerator -- the valid ones -- may be the base as well: a reading)
        inner = [{"numerator": numerator, "denominator": q, "percent": pct} for q in d.qs[max(0, numerator.index - 3) : numerator.index]
                 if q.start >= m.end() and not q.is_percent and compatible(q, numerator)
                 and numerator.value <= q.value <= base.value]
        return Relation("ratio", "ratio.rate", {"numerator": numerator, "denominator": base, "percent": pct}, per=per,
                        readings=inner)
    if rel.roles.get("numerator") is not numerator or rel.roles.get("denominator") is base \
            or any(r.get("denominator") is base for r in rel.readings):
        return rel
    rel.readings.append({"numerator": numerator, "denominator": base, "percent": pct})
    return rel


# a sentence opening a breakdown of the figure before it ("从审结方式看,", "审结案件中,", "其中,")
_OPENED_LIST = re.compile(r"(?:从[\u4e00-\u9fff]{1,10}(?:看|分)|其中|在?[\u4e00-\u9fff]{2,10}中)[,:]")


def item_of_an_opened_list(d: _Doc, q: Quantity, later_words: str) -> bool:
    """Is ``q`` an item of a list its sentence opens ("从审结方式看,维持212件,…,调解结案35件"): one outcome
    among others, no stage total a figure after the sentence is bounded by -- unless that figure's words
    name the item ("受理的诉求中,直接办结…,转派办理25,516件。转派工单按期办结24,987件": of the 转派)?"""
    if _OPENED_LIST.match(d.s, q.sentence[0]) is None:
        return False
    item = _NOT_CJK.sub("", d.own_words(q))
    return not any(item[i : i + 2] in later_words for i in range(len(item) - 1))
