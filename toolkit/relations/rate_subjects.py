"""The subject a named rate's numerator is counted in, and its figures.

"企业诉求办结9,531件,办结率99.3%": the words of the numerator's clause other than the rate's own ("企业诉求")
name what was closed; the rate is over the figure named so ("其中企业诉求0.96万件"), wherever in the report
before it that figure is stated -- not over a wider whole stated nearer ("全年受理的8.27万件诉求").
"""

from __future__ import annotations

import dataclasses
import re

from ..quantities import Quantity
from .bases import cjk as _cjk
from .model import Relation, compatible
from .opened_sets import _NOUN_TAIL
from .opened_sets import _abbreviates as abbreviates
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc

_TIME_WORDS = re.compile(r"截至[^,;。]*|全年|上半年|下半年|本年度|本年|本月|全月|年内|当年|已经|已|共计|共|累计|其中")
_LEADS = re.compile(r"^(?:其中|全年|本年|共有|共|累计|受理|接到|收到|接收)+")


def own_noun(d: _Doc, numerator: Quantity, num_words: re.Pattern) -> str:
    """The words of the numerator's clause other than the rate's own and the time ("投诉办结" -> 投诉)."""
    own = _cjk(re.split(r"[,;:]", d.label(numerator))[-1])
    m = num_words.search(own)
    return _TIME_WORDS.sub("", own[: m.start()] + own[m.end() :]) if m else ""


def subject_named_far(d: _Doc, numerator: Quantity, noun: str, base: Quantity, reach: int) -> Quantity | None:
    """The one figure before the numerator (within ``reach`` figures) whose own words are the numerator's
    subject ``noun`` and nothing more ("其中企业诉求0.96万件" for "企业诉求办结"), when the base found does
    not name that subject: the set the rate is of. None when none, or several values."""
    if len(noun) < 2 or noun in _cjk(d.label(base)):
        return None
    cands = [q for q in d.qs[max(0, numerator.index - reach) : numerator.index]
             if q is not base and not q.is_percent and compatible(q, numerator) and q.value >= numerator.value
             and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q)]
    found = {q.value: q for q in cands if _LEADS.sub("", _cjk(d.own_words(q))) == noun}
    if not found:
        # the subject shortened ("转办件已办结…" of "转承办单位办理88,083件": 转办 keeps 转…办 in order)
        act = _NOUN_TAIL.sub("", noun)
        found = {q.value: q for q in cands if len(act) >= 2 and act not in _cjk(d.label(base))
                 and abbreviates(act, _LEADS.sub("", _cjk(d.own_words(q))))}
    return next(iter(found.values())) if len(found) == 1 else None


def sibling_count(d: _Doc, a: Quantity, b: Quantity) -> bool:
    """Are ``a``, ``b`` counts of two kinds in adjacent clauses (no 其中/分别): a rate's base together?"""
    wa, wb = _cjk(d.own_words(a)), _cjk(d.own_words(b))
    return (a.sentence == b.sentence and a.unit == b.unit and d.s[a.end : b.start].count(",") == 1
            and not re.search(r"其中|分别|包括|含", d.s[a.end : b.end]) and not is_delta(d, b)
            and len(wa) >= 2 and len(wb) >= 2 and wa not in wb and wb not in wa)


def visits_of(q: Quantity, numerator: Quantity) -> bool:
    """Is ``q`` counted in visits of what the numerator counts ("抽查市场主体2,846户次,…发现问题企业327户,
    问题发现率11.5%": firms found over firm-visits)? A base the rate's words name may be."""
    return bool(numerator.unit) and q.unit == numerator.unit + "次"


def object_of_the_rate(d: _Doc, numerator: Quantity, num_words: re.Pattern, den_words: re.Pattern) -> str:
    """The base's word the numerator's own object ends with, after the rate's act ("化解信访积案" -> 积案:
    what was resolved is of the 积案, the set the 化解率 is over); "" when its clause names none."""
    own = _cjk(d.own_words(numerator))
    m = num_words.search(own)
    obj = own[m.end() :] if m else ""
    hits = list(den_words.finditer(obj))
    # only a noun with words of its own before it ("信访积案", "矛盾纠纷"): a stage right after the act
    # is one verb with it ("调解结案", "调解和解结案", "出庭应诉"), no set named
    if not hits or hits[-1].end() != len(obj) or hits[-1].start() == 0 or _STAGE.fullmatch(hits[-1].group()):
        return ""
    return hits[-1].group()


_STAGE = re.compile(r"受理|办理|办结|审结|结案|应诉|开庭|登记|交办|接访|排查|梳理|申请|审理|处理|答复|回复|办件|诉讼|复议"
                    r"|调解|审查|核查|检查|立案|查处")


def over_its_object(d: _Doc, rel: Relation | None, num_words: re.Pattern, den_words: re.Pattern) -> Relation | None:
    """``rel`` keeping only the bases named by the numerator's object (``object_of_the_rate``): a rate of
    "化解信访积案48件" is over the 积案, not over the 信访事项 closed nor the 接访 sessions held; None when no
    base named so is left (the set's count is not printed)."""
    if rel is None:
        return None
    head = object_of_the_rate(d, rel.roles["numerator"], num_words, den_words)  # type: ignore[arg-type]
    if not head:
        return rel
    kept = [r for r in [rel.roles, *rel.readings] if getattr(r["denominator"], "index", -1) < 0
            or head in _cjk(d.label(r["denominator"]) + re.split(r"[,;。]", d.after(r["denominator"], 8))[0])]
    if not kept:
        return None
    return rel if kept[0] is rel.roles and len(kept) == 1 + len(rel.readings) else \
        dataclasses.replace(rel, roles=kept[0], readings=kept[1:])
