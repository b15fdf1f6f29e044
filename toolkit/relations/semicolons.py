"""A 其中 list that goes on past a ";" of its sentence.

"全年完成营业收入500亿元,其中工业200亿元,增长4.5%;建筑业180亿元,增长3.8%;服务业120亿元,增长3.0%。":
a 其中 in mid-sentence breaks down the figure before it up to the end of its clause (``sums``), but a
statistical release goes on item by item, one ";" piece each. A piece continues the list when it opens
with a name and a figure counted like the whole, and nothing but a name: no verb of another stage
(办结), no total (共, 合计), no comparison. Nothing but the figures says where such a list ends, so the
sum is emitted only when the parts of every piece add up to the whole: a piece after ";" may as well be
an attribute of the whole's members ("其中持证的298人,持证率95.5%;具有法律职业资格的24人"), and a
list that does not add up says nothing.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .model import Relation, compatible, money_value
from .scopes import is_scope_count
from .sections import _fits
from .structure import SENT_END, _Doc

# what a piece's opening words may not say to be an item: a total, a stage of work, a comparison
_NOT_AN_ITEM = re.compile(r"共|合计|总计|全年|累计|办结|审结|受理|立案|处罚|同比|比上年|较上年|其中|以上|以下|\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_NAME = 12  # characters of an item's name


def semicolon_lists(d: _Doc, found: list[Relation]) -> list[Relation]:
    """The 其中 lists found so far that stop short of their whole at a ";", with the pieces after it."""
    s = d.s
    out: list[Relation] = []
    for r in short_lists(found):
        total, parts = r
        last = parts[-1]
        if "其中" not in s[total.end : parts[0].start] or len({p.sentence for p in parts}) != 1:
            continue
        sent_end = d.next_end(last.end, SENT_END)
        pos = s.find(";", last.end, sent_end)
        if pos < 0 or any(not q.is_percent for q in d.in_range(last.end, pos)):
            continue
        items: list[Quantity] = []
        while pos >= 0:
            nxt = s.find(";", pos + 1, sent_end)
            piece_end = nxt if nxt >= 0 else sent_end
            figures = [q for q in d.in_range(pos + 1, piece_end) if not q.is_percent]
            if not figures:
                break
            first = figures[0]
            name = s[pos + 1 : first.start]
            if (not compatible(first, total) or first.unit != parts[0].unit or len(name) > _MAX_NAME
                    or not _CJK.search(name) or _NOT_AN_ITEM.search(name)
                    or d.in_parentheses(first) or is_scope_count(d, first)):
                break
            items.append(first)
            pos = nxt
        # a list that adds up after fewer pieces ends there: the pieces after it are another breakdown
        # ("其中工业投资180亿元,…;民间投资320亿元,…;基础设施投资100亿元": 180 + 320 = 500)
        items = next((items[:k] for k in range(1, len(items)) if _exactly(total, parts + items[:k])), items)
        if items and _fits(total, parts + items):
            out.append(Relation("sum", "sum.breakdown", {"total": total, "parts": parts + items}, exhaustive=True))
    return out


def _exactly(total: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts add up to the whole to the last printed digit?"""
    value = money_value if total.is_money else (lambda q: q.value)
    return sum(value(p) for p in parts) == value(total)


def short_lists(found: list[Relation]) -> list[tuple[Quantity, list[Quantity]]]:
    """(whole, parts in order) of every list found so far that does not add up to its whole."""
    lists: dict[int, tuple[Quantity, list[Quantity]]] = {}
    for r in found:
        if r.rule == "bound.part":
            t, p = r.roles["larger"], r.roles["smaller"]
            lists.setdefault(t.index, (t, []))[1].append(p)  # type: ignore[union-attr,index]
        elif r.rule == "sum.breakdown" and not _fits(r.roles["total"], r.roles["parts"]):  # type: ignore[arg-type]
            lists[r.roles["total"].index] = (r.roles["total"], list(r.roles["parts"]))  # type: ignore[union-attr,arg-type]
    return [(t, sorted(ps, key=lambda q: q.index)) for t, ps in lists.values()]
