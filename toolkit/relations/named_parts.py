"""Parts of several totals under one 其中, each paired with the total its name names.

"本局涉及行政复议案件4件、行政诉讼案件6件,其中复议维持3件、终止1件,诉讼驳回4件、撤诉2件": the
复议 parts are of the 4, the 诉讼 parts of the 6; "办理人大代表建议86件、政协委员提案124件,其中重点
建议5件、重点提案8件": 5 of the 86, 8 of the 124. A part names its total by a word (two characters)
that total's name has and no other total's name has; a part naming none goes on with the total
of the part before it ("终止1件" after "复议维持3件"). Each total with its parts is then a sum or
bounds as any 其中 list (``sums._sum_or_bounds``). Nothing is read unless the totals are one list
and every one of them is named by its parts (else the 其中 is of the nearest: "受理1265件,办结1258件,
其中准予许可1236件" shares 许可 with the 受理 but breaks down the 办结), nor when a part names two.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .completeness import _sum_or_bounds
from .model import Relation, compatible
from .nested_lists import involved_value_of_another
from .roles import is_delta, is_previous
from .structure import SEG_END, SENT_END, _Doc

_OPENER = re.compile(r"其中[,:]?")
# A sentence opened as a breakdown ("分领域看," "按行业分,"): its clauses are the breakdown's items.
_ITEM_OF = re.compile(r"按[^,;。]{1,12}(分|划分)[,:]|从[^,;。]{1,12}(看|来看|上看)[,:]|分[^,;。]{1,6}看[,:]")
_CLAUSE = re.compile(r"[,;:、。()\n|]")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def _name(d: _Doc, q: Quantity) -> str:
    return _NOT_CJK.sub("", _CLAUSE.split(d.label(q))[-1])


def _words(name: str) -> set[str]:
    return {name[i : i + 2] for i in range(len(name) - 1)}


def _plain(d: _Doc, q: Quantity) -> bool:
    return not (q.is_percent or q.in_table or d.in_parentheses(q) or is_delta(d, q) or is_previous(d, q))


def _a_list(d: _Doc, totals: list[Quantity], marker: int) -> bool:
    """Are the totals one list ("建议86件、提案124件,其中"): each closed by a separator, the last by
    the 其中, with no more than a name between two of them?"""
    for a, b in zip(totals, [*totals[1:], None], strict=True):
        stop = b.start if b is not None else marker
        if d.s[a.end : a.end + 1] not in "、,;和及与":
            return False
        if stop - a.end > (_NAME_REACH if b is not None else 2) and not (b is None and _rates_between(d, a.end, stop)):
            return False
    return True


def _rates_between(d: _Doc, start: int, stop: int) -> bool:
    """Is the text from the last total to the 其中 one short clause of rates of the list ("建议126件、
    提案184件,办复率均为100%,其中…"), naming no other figure?"""
    inner = d.in_range(start, stop)
    return stop - start <= _NAME_REACH + 8 and bool(inner) and all(q.is_percent for q in inner) \
        and ("均" in d.s[start:stop] or "分别" in d.s[start:stop])


_NAME_REACH = 16  # characters from one total to the next: a separator and a name


def _closing_list(d: _Doc, end: int) -> list[Quantity]:
    """"受理申请1320件、仲裁案件2850件,结案率分别为96.2%、94.8%。其中…": a 其中 opening its sentence
    may break down the list of the sentence before -- its plain figures when they are one list and
    nothing but percents follows them (a rate of each is no other total)."""
    start = d.last_before(SENT_END, end - 1) + 1
    totals = [q for q in d.in_range(start, end) if _plain(d, q)]
    if len(totals) < 2 or any(not q.is_percent for q in d.in_range(totals[-1].end, end)):
        return []
    stop = totals[-1].end + 1
    return totals if _a_list(d, totals, stop) else []


def named_parts(d: _Doc, found: list[Relation]) -> list[Relation]:
    """``found`` without the sums and bounds that put a part under a total its name does not name,
    and with the sums and bounds of the totals before a 其中 whose parts name them (module doc)."""
    owner: dict[int, int] = {}  # part -> the total its name names
    out = _named(d, owner)
    return [r for r in found if not _misread(r, owner)] + out


def _misread(r: Relation, owner: dict[int, int]) -> bool:
    """Does ``r`` put a part under another total than the one the part's name names?"""
    if r.kind == "sum" and isinstance(r.roles.get("total"), Quantity) and isinstance(r.roles.get("parts"), list):
        total = r.roles["total"]
        return any(owner.get(p.index, total.index) != total.index for p in r.roles["parts"])  # type: ignore[union-attr]
    if r.rule == "bound.part":
        small, large = r.roles.get("smaller"), r.roles.get("larger")
        return isinstance(small, Quantity) and isinstance(large, Quantity) and owner.get(small.index, large.index) != large.index
    return False


def _named(d: _Doc, owner: dict[int, int]) -> list[Relation]:
    out: list[Relation] = []
    for m in _OPENER.finditer(d.s):
        sent_start = d.last_before(SENT_END, m.start()) + 1
        totals = [q for q in d.in_range(sent_start, m.start()) if _plain(d, q)]
        if not totals and sent_start > 0 and not d.s[sent_start : m.start()].strip(",: "):
            totals = _closing_list(d, sent_start - 1)
        elif len(totals) < 2 or len(totals) > 4 or not _a_list(d, totals, m.start()):
            continue
        if len(totals) < 2 or len(totals) > 4:
            continue
        end = d.next_end(m.end(), SENT_END)
        if _ITEM_OF.search(d.s, sent_start, totals[0].start):
            # "分领域看,道路交通事故14起、死亡10人,其中较大事故1起、死亡3人;建筑施工事故4起…": the
            # totals are one item of a breakdown; its 其中 ends with the item, the next are siblings.
            end = d.next_end(m.end(), SEG_END)
        parts = [p for p in d.in_range(m.end(), end) if _plain(d, p)]
        if not parts:
            continue
        own = {}
        for t in totals:
            others = set().union(*(_words(_name(d, o)) for o in totals if o is not t))
            own[t.index] = _words(_name(d, t)) - others  # the words only this total's name has
        groups: dict[int, tuple[Quantity, list[Quantity]]] = {}
        current: Quantity | None = None
        for p in parts:
            named = _words(_name(d, p))
            hits = [t for t in totals if own[t.index] & named]
            if len(hits) > 1:
                current = None
                break
            if hits:
                current = hits[0]
            if current is not None and involved_value_of_another(d, p, current):
                continue  # "罚没款…,其中…案件12件,涉案金额3.36亿元": no part of the 罚没款
            if current is None or current.unit != p.unit or not compatible(current, p):
                current = None
                break
            groups.setdefault(current.index, (current, []))[1].append(p)
        if current is None or len(groups) < len(totals):
            continue  # every total named by its parts, or the nearest is theirs ("受理1265件,办结1258件,其中准予许可…")
        for total, ps in groups.values():
            ps = _before_a_new_clause(d, total, ps)
            owner.update((p.index, total.index) for p in ps)
            out.extend(_sum_or_bounds(d, total, ps, d.s[m.start() : end]))
    return out


def _before_a_new_clause(d: _Doc, total: Quantity, parts: list[Quantity]) -> list[Quantity]:
    """The parts before a ";" past which the list would overshoot its total ("实施项目128个,完成投资…,
    其中新开工项目52个、续建项目76个;亿元以上项目64个,…"): the list stops at its own stop, and what
    follows is a new statement (an overlapping kind), not one more part. A list over the total before
    the ";" already is kept whole (a misprint in it is the list's)."""
    def stop(k: int) -> int:  # the strongest stop between part k-1 and part k (、 < , < ;)
        between = d.s[parts[k - 1].end : parts[k].start]
        return max((i for i, c in enumerate("、,;", 1) if c in between), default=0)

    running = 0
    for k, p in enumerate(parts):
        # (a ";" that is the list's own stop, "…8起、死亡6人;…3起、死亡3人;…", ends nothing)
        if k >= 2 and stop(k) == 3 and max(stop(i) for i in range(1, k)) < 3 and running <= total.value < running + p.value:
            return parts[:k]
        running += p.value
    return parts
