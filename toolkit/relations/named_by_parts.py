"""A total whose words list the names of figures stated before it is their sum: "…确认违法57件、撤销86件、
变更4件、责令履行21件。通过确认违法、撤销、变更、责令履行直接纠错168件", "上述确认违法、撤销和责令履行三类…
共41件", "…部分公开19件…;予以公开和部分公开合计70件". The figures of a list that names them all before
分别 are named by position ("维持、驳回、撤销、确认违法分别为25件、6件、4件、2件。撤销和确认违法共6件")."""

from __future__ import annotations

import re

from ..quantities import Quantity
from .label_index import holding_any, merged
from .model import Relation, compatible
from .outcomes import names_an_outcome
from .roles import is_delta, is_previous
from .structure import _Doc
from .vocab import Occurs

# (the last name may go on with the total's own words: "…和责令履行三类直接纠错的案件共")
_NAMED_LIST = re.compile(r"([\u4e00-\u9fff]{2,12}(?:[、和及与][\u4e00-\u9fff]{1,12})*[、和及与][\u4e00-\u9fff]{1,20})$")
_NAMED_LIST_OCCURS = Occurs(_NAMED_LIST)  # most clauses hold none of 、和及与: no search
_NAMES = re.compile(r"[、和及与]")
_OPENS = re.compile(r"^(?:\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)?(?:其中|包括|含)?")  # (and a line's number)
_SET_LEAD = re.compile(r"[^其]中|的")
_ITEM_COUNT = re.compile(r"[两二三四五六七八九十]+(?:类|项|种)")


def named_by_its_parts(d: _Doc) -> list[Relation]:
    """"…确认违法57件、撤销86件、变更4件、责令履行21件。通过确认违法、撤销、变更、责令履行直接纠错
    168件": a figure whose words list the names of figures stated before it is their sum. Every
    name must be the name of exactly one earlier figure of its unit in the paragraph (the first
    name may carry a lead word, 通过; the last the verb of the total, 直接纠错); a list closed by
    等 may leave items out, so nothing is asserted of it."""
    out: list[Relation] = []
    for q in _may_name_parts(d):
        if q.is_percent or q.index < 2:
            continue
        clause, counted = d.phrase(q), None  # (counted: how many names the words list, 三类)
        if q.index and d.qs[q.index - 1].end > d.last_before(",;:。\n", q.start) and _ITEM_COUNT.fullmatch(
                d.s, d.qs[q.index - 1].start, d.qs[q.index - 1].end):
            counted = d.qs[q.index - 1].value
            # "上述确认违法、撤销和责令履行三类直接纠错的案件共41件": the count of the names (三类) is
            # no figure of the list; the clause runs on over it
            clause = _ITEM_COUNT.sub("", d.s[d.last_before(",;:。\n", q.start) + 1 : q.start])
        m = _NAMED_LIST.search(clause) if _NAMED_LIST_OCCURS(clause) else None
        if m is None or "等" in clause or "分别" in clause or is_delta(d, q) or is_previous(d, q):
            continue  # (not "食品类、价格类案件分别比上年增加41件、9件": each kind's own change)
        names = _NAMES.split(m.group(1))
        if _SET_LEAD.search(names[0][:-2]) or (counted is not None and counted != len(names)):
            continue  # a lead naming another set (上年结转的申请中…); a count of names that disagrees (两类 over three)
        para = d.last_before("\n", q.start) + 1
        # (the names may be items of its own sentence: "…部分公开19件…;予以公开和部分公开合计70件")
        earlier = [p for p in d.in_range(para, q.start) if p.index < q.index and not p.is_percent and compatible(p, q)]
        if not earlier and d.s[para - 2 : para] in ("\n\n", "。\n", ";\n"):
            # a paragraph of its own after item lines ("(一)予以公开25件;\n(二)部分公开5件;…\n予以公开和部分公开
            #的申请共30件"): the names are of the lines just above, in reach
            earlier = [p for p in d.in_range(max(0, para - _LINES_REACH), para) if not p.is_percent and compatible(p, q)]
        named = _respective_names(d, earlier)
        tails = [(p, named.get(p.index) or _OPENS.sub("", d.clause(p))) for p in earlier]  # (not 其中: "其中解决到位312件")
        parts = []
        for i, name in enumerate(names):
            hits = [p for p, tail in tails if _is_item(tail, name, i == 0, i == len(names) - 1)]
            if len(hits) != 1:
                break
            parts.append(hits[0])
        else:
            if _another_measure(d, names[-1], parts):
                continue
            if len({p.index for p in parts}) == len(parts) >= 2:
                out.append(Relation("sum", "sum.breakdown", {"total": q, "parts": parts}, exhaustive=True))
    return out


# "维持、驳回、撤销分别为": the names a 分别 list gives its figures in order (the clause before 分别)
_RESPECTIVE = re.compile(r"([\u4e00-\u9fff]{1,12}(?:[、和及与][\u4e00-\u9fff]{1,12})+)分别(?:为|是|有)?$")
_RUN_JOINS = ("、", "和", "及", "与")


def _respective_names(d: _Doc, earlier: list[Quantity]) -> dict[int, str]:
    """The name each figure of a 分别 list among ``earlier`` takes from the names before 分别, by position,
    when the list has as many figures as names ("维持、驳回分别为25件、6件": 维持 25, 驳回 6)."""
    out: dict[int, str] = {}
    for p in earlier:
        if p.index in out or "分别" not in d.clause(p):
            continue
        m = _RESPECTIVE.search(d.phrase(p))  # (the phrase: the clause stops at each 、 of the names)
        if m is None:
            continue
        names = _NAMES.split(m.group(1))
        run = [p]
        while run[-1].index + 1 < len(d.qs) and len(run) < len(names):
            nxt = d.qs[run[-1].index + 1]
            if d.s[run[-1].end : nxt.start] not in _RUN_JOINS or not compatible(nxt, p):
                break
            run.append(nxt)
        if len(run) == len(names) and (run[-1].index + 1 >= len(d.qs)
                                       or d.s[run[-1].end : d.qs[run[-1].index + 1].start] not in _RUN_JOINS):
            out.update((r.index, name) for r, name in zip(run, names, strict=True))
    return out


_LINES_REACH = 400  # characters of item lines above a total's own paragraph its names may be found in
# the words a total's last name may run on with that name no measure: tallies, 直接, the counted noun
_TALLY = re.compile(r"共计|合计|总计|累计|共|计|达到|达|为|有|的|直接|案件|件数|数量|总数")


def _another_measure(d: _Doc, last: str, parts: list[Quantity]) -> bool:
    """Does the total's last name run on with a measure its parts' sentence never names ("区直部门507人、
    镇街208人…。区直部门和镇街聘请法律顾问46名": the places' 法律顾问, not their 执法人员)? Names of places
    or units may count any measure; names of outcomes (撤销、变更…直接纠错) are the measure themselves."""
    tail = _OPENS.sub("", d.clause(parts[-1]))
    rest = _TALLY.sub("", last[len(tail):] if last.startswith(tail) else "")
    if len(rest) < 2 or all(names_an_outcome(d, p) for p in parts):
        return False
    return rest[-2:] not in d.s[parts[0].sentence[0] : parts[-1].end]


def _may_name_parts(d: _Doc) -> list[Quantity]:
    """The figures whose clause can hold a list of names, in reading order: a list needs one of 、和及与,
    so the clause -- a piece of the figure's label -- holds one, unless a count of the names (三类) stands
    right before the figure and the clause runs on over it into the words before (then a figure ending
    in 类/项/种, as every count does, is right before it). Most figures are neither: their clauses and
    their roles are not read."""
    qs, s = d.qs, d.s
    counted = [qs[i + 1] for i in range(len(qs) - 1) if qs[i].end > qs[i].start and s[qs[i].end - 1] in "类项种"]
    return merged(holding_any(d, "、和及与"), counted) if counted else holding_any(d, "、和及与")


def _is_item(tail: str, name: str, first: bool, last: bool) -> bool:
    """Is ``tail`` (an earlier figure's name) the item ``name`` of a list: the first item may carry
    a lead word before it (通过), the last the total's verb after it (直接纠错)?"""
    if len(tail) < 2:
        return False
    if first and last:
        return tail in name
    if first:
        return name.endswith(tail)
    if last:
        return name.startswith(tail)
    return name == tail


