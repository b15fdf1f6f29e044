"""A set named at the head of a rate's sentence ("转派工单中,按时签收32,519件,签收率99.6%;已办结31,980件,
办结率98.0%"): every clause after it speaks of that set, so the figure it names, stated before the
sentence, is a base of the sentence's rates -- as a reading beside the base the rate's own words find
(the set's name may fit another figure only loosely: "执结案件中" names no "受理执行案件"), never instead
of it. A rate with no base of its own takes the set's."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible
from .structure import _Doc, _find_by_label, _overlap

# a set named before a list: "派单工单中,…", and with no comma a set named after 的 ("受理的投诉中已办结…";
# not 中心, 中央…) -- in a figure's words (named_rates) or at the sentence's head after 在 (here)
SET_OPENER = re.compile(r"([\u4e00-\u9fff]{2,8})中,|([\u4e00-\u9fff]{0,6}的[\u4e00-\u9fff]{2,6})中(?![心央间期旬国标等小型级学医止断])")
_HEAD_SET = re.compile(rf"在?(?:{SET_OPENER.pattern})")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_BACK_REFERENCE = re.compile(r"上述|以上|前述|这些|此类|该")  # ("上述工单中,…": the figure before, whatever its words)
_REACH = 40  # figures back the set's figure is looked for (linear in the text)
# the work's noun a set's name ends with ("转办件", "办结工单"): the act before it is what names the set
_NOUN_TAIL = re.compile(r"(?:工单|案件|事项|诉求|件|单)$")
_ABBREVIATION_SPAN = 8  # characters of a label an abbreviation's characters may spread over


def _abbreviates(act: str, label: str) -> bool:
    """Does ``act`` abbreviate a run of ``label`` -- its characters in order, the first and the last
    within a few characters ("转办" of "转交承办单位办理", "复议" of "行政复议申请")? Chinese shortens
    a term by keeping some of its characters in order (转交办理 -> 转办)."""
    start = label.find(act[0])
    while start >= 0:
        at = start
        for ch in act[1:]:
            at = label.find(ch, at + 1, start + _ABBREVIATION_SPAN)
            if at < 0:
                break
        else:
            return True
        start = label.find(act[0], start + 1)
    return False


def _by_abbreviation(d: _Doc, cands: list[Quantity], name: str) -> Quantity | None:
    """The latest candidate whose label the set's act abbreviates ("转办件中," of "转交承办单位办理88,217件")."""
    act = _NOUN_TAIL.sub("", _NOT_CJK.sub("", name))
    if len(act) < 2:
        return None
    for q in reversed(cands):
        if _abbreviates(act, _NOT_CJK.sub("", d.label(q))):
            return q
    return None


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
    name = m.group(1) or m.group(2)
    base = _find_by_label(d, cands, name, pct.start) or _by_abbreviation(d, cands, name)
    if base is None or base.value < numerator.value:
        if rel is not None and base is None and not _BACK_REFERENCE.match(name) and _overlap(_NOT_CJK.sub("", d.label(rel.roles["denominator"])),
                                                         _NOUN_TAIL.sub("", name)) < 2:
            # the rate is of the set its sentence names, which no figure before is named by: the base
            # its own words found is a guess the check cannot fail on
            rel.open_base = name
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


_SET_OPENING = re.compile(r"(?:所有|全部|在)?([\u4e00-\u9fff]{2,10}?)中[,:]")


def named_by_its_opener(d: _Doc, whole: Quantity, part: Quantity) -> bool:
    """Does the "X中," opening the part's sentence name ``whole`` by its own words ("答复98件。所有答复件中,
    …99件": a part over its named set is a misprint to flag, not another set)?"""
    m = _SET_OPENING.search(d.s, part.sentence[0], part.start)
    # (its own words open with the set's first word: "答复政府信息公开申请" for 答复件, not "注销执法证" for 执法人员)
    own = _LEAD.sub("", _NOT_CJK.sub("", d.own_words(whole)))
    return m is not None and own.startswith(m.group(1)[:2])


_LEAD = re.compile(r"^(?:其中|全年|共|已|累计|依法)+")
