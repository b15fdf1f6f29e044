"""The base of a bare share whose clause opens with the set its part is taken from.

Reports name the whole a part is counted in right before the part, with 中: by its figure ("整改完成的
391条中属实的有126条,占32.5%", "抽查的120家企业中,合格108家,占90.0%") or by the name of a figure
stated before ("现有教职工2,386人,其中专任教师1,574人…。专任教师中具有博士学位的1,009人,占64.1%").
A bare 占 after such a part is of that set -- not of the paragraph's first figure, nor of the figure
printed right before the part when that one opened another list. The set's figure must be of the
part's kind and no smaller; a set named by words that name no figure, or name two of different
values, decides nothing here (the other readings apply).
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import compatible
from .reading import cjk
from .structure import _Doc, _paragraph_start

# "…391条中", "…120家企业中", "…的86件案件中": a figure, a few words naming what it counts, then 中
# (not 中心/中央/中学/中级/中等/中型/中期…: words that only begin with 中)
_FIGURE_SET = re.compile(r"[\u4e00-\u9fff]{0,6}?(?<!其)中(?![心国央小学华部级等型期间旬]),?")
# "专任教师中具有…", "在来访群众中,": the clause opens with the set's name
_NAMED_SET = re.compile(r"\s*(?:在|所有|全部)?([\u4e00-\u9fff]{2,10}?)(?<!其)中(?![心国央小学华部级等型期间旬])")
_NAME_LEADS = re.compile(r"^(?:其中|全年|本年|年末|现有|共有|共|累计|已|有)+")
_CLAUSE_BREAK = re.compile(r"[,;:。\n]")
_STOPS = re.compile(r"[;。]")
_SET_CLAUSE = re.compile(r"\s*(?:在|所有|全部)?[\u4e00-\u9fff]{2,10}中\s*")  # (``fullmatch``: a clause naming a set)
# the thing a set's name may end with after the figure's own words ("办结件", "准予许可的申请")
_SET_THING = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:的[\u4e00-\u9fff]{1,4}|案件|申请|事项|件)$")


def _figure_set(d: _Doc, part: Quantity, start: int) -> Quantity | None:
    """The figure right before the part, after ``start``, followed by its noun and 中 ("…391条中属实的…")."""
    prev = d.qs[part.index - 1] if part.index else None
    if prev is not None and prev.start >= start and not prev.is_percent and compatible(prev, part) \
            and prev.value >= part.value and (m := _FIGURE_SET.match(d.s, prev.end, part.start)) is not None \
            and not _CLAUSE_BREAK.search(d.s, m.end(), part.start):
        return prev
    return None


_BASE_GENERIC = re.compile(r"总数|总量|总额|总计|全部|所有|数量|的|数|量")


def figure_set_named(d: _Doc, base_words: str, part: Quantity) -> Quantity | None:
    """"审结复议案件181件中纠错79件,占审结总数的43.6%": a share whose words name the set the part's
    clause counts it in by its figure (N件中) is of that figure -- not of another figure the words name
    further back (another process's 已审结248件). The set's own words must hold the base's words."""
    start = max(part.sentence[0], d.last_before(",;:", part.start) + 1)
    prev = _figure_set(d, part, start)
    key = cjk(_BASE_GENERIC.sub("", base_words))
    return prev if prev is not None and len(key) >= 2 and key in cjk(d.own_words(prev)) else None


def clause_set_base(d: _Doc, part: Quantity) -> Quantity | None:
    """The figure of the set ``part``'s clause opens with (see the module), None when there is none."""
    start = part.sentence[0]
    before = d.s[start : part.start]
    if _STOPS.search(before):
        start += before.rfind(";") + 1 if ";" in before else before.rfind("。") + 1
    # (the figure right before the part, in its sentence, followed by its noun and 中)
    prev = _figure_set(d, part, start)
    if prev is not None:
        return prev
    # (the clause of the part opens with a name and 中, the clause before it may: "在审结案件中,维持…")
    clauses = _CLAUSE_BREAK.split(d.s[start : part.start])
    m = _NAMED_SET.match(clauses[-1])
    opened = part.start - len(clauses[-1])  # where the clause naming the set begins
    if m is None and len(clauses) >= 2 and _SET_CLAUSE.fullmatch(clauses[-2]):
        m = _NAMED_SET.match(clauses[-2])
        opened -= len(clauses[-2]) + 1
    if m is None and start > part.sentence[0] and len(clauses) == 1:
        # "专任教师中具有高级职称的1,103人,占56.4%;具有博士学位的1,218人,占62.3%": a ";" clause that
        # names no set of its own continues the set the clause before it opened
        group = d.s[d.last_before(";", start - 1) + 1 if d.last_before(";", start - 1) >= part.sentence[0]
                    else part.sentence[0] : start - 1]
        sets = [c for c in _CLAUSE_BREAK.split(group) if _NAMED_SET.match(c) and not _NAMED_SET.fullmatch(c)]
        m = _NAMED_SET.match(sets[-1]) if sets else None
        opened = start
    if m is None:
        return None
    name = cjk(m.group(1)).removeprefix("的")
    if len(name) < 2:
        return None
    # (the set's figure may be stated earlier in the part's own sentence: "准予5,806件,不予66件,准予的
    # 申请中当场办结3,417件")
    # (named with the thing it counts after it, "办结件中", "准予的申请中": the figure named 办结, 准予)
    names = {name, _SET_THING.sub("", name)}
    found = {q.value: q for q in d.in_range(_paragraph_start(d, part.start), opened)
             if not q.is_percent and compatible(q, part) and q.value >= part.value
             and _NAME_LEADS.sub("", cjk(d.own_words(q))) in names}
    return next(iter(found.values())) if len(found) == 1 else None


# "34个县直单位和12个乡镇": two counts of units of one measure word, each followed by its noun, joined
_PAIR_JOINT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:和|及|与|以及)")


def one_of_a_pair(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` one of two counts joined as kinds of one set ("全县34个县直单位和12个乡镇全部参加自评")? A
    share or rate over the set ("抽查单位9个,抽查比例19.6%") is over their sum, which is not printed:
    neither count is its base."""
    for a, b in ((d.qs[q.index - 1] if q.index else None, q), (q, d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None)):
        if a is not None and b is not None and not a.is_percent and not b.is_percent and a.unit == b.unit \
                and _PAIR_JOINT.fullmatch(d.s, a.end, b.start):
            return True
    return False
