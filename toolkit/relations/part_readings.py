"""How a listed figure counts in its list's sum when it is not one part of it.

Breakdowns are found by many families; three ways of printing a list item change what it adds:

- "其中县档案馆、县图书馆各1个,乡镇政务服务中心21个": a figure after 各 following several names
  joined by "、" (or 和/与/及) is each one's: it counts once per name (2 x 1 + 21 = 23).
- "通过新闻发布会公开9次、涉及信息185条": an item's count of occasions (次, 场, 期) followed by
  "涉及" and the figure of the list's own unit is how often, not how much: the 185条 is the part.
- "最高额度50万元,其中,单缴存职工最高额度30万元,双缴存职工最高额度50万元": limits (最高, 最低,
  上限, 下限, 封顶) of kinds are each kind's ceiling, never pieces of the whole's ceiling.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from ..quantities import Quantity
from .model import Relation
from .structure import _Doc

# Names joined before 各, the figure right after it: "县档案馆、县图书馆各" (two to six names).
_EACH_OF = re.compile(r"((?:[\u4e00-\u9fff]{2,14}、){1,5}[\u4e00-\u9fff]{2,14}|[\u4e00-\u9fff]{2,14}[和与及][\u4e00-\u9fff]{2,14})各$")
_LEAD = re.compile(r"^(?:其中|包括|含)")
# Between an item's count of occasions and the figure of what they carried.
_INVOLVING = re.compile(r"^[、,]?(?:共|累计)?(?:涉及|发布|公开|包含)")
# A limit's words: a ceiling or a floor is no amount that adds up.
_LIMIT = re.compile(r"最高|最低|上限|下限|封顶|限额")


def _names_before_each(d: _Doc, q: Quantity) -> int:
    """How many names a figure after "A、B各" stands for each (1 when it is no such figure)."""
    s = d.s
    start = d.last_before(",;:。()\n", q.start) + 1  # (as ``max(s.rfind(c, 0, …))``: by bisect, no scan back)
    m = _EACH_OF.search(_LEAD.sub("", s[start : q.start]))
    if m is None:
        return 1
    names = m.group(1).split("、") if "、" in m.group(1) else re.split(r"[和与及]", m.group(1), maxsplit=1)
    return len(names) if all(len(n) >= 2 for n in names) else 1


def _occasions(d: _Doc, total: Quantity, parts: list[Quantity]) -> set[int]:
    """Parts that count an item's occasions beside the figure of the list's unit it involved."""
    out = set()
    for p, nxt in pairwise(parts):
        if (p.unit != total.unit and nxt.unit == total.unit and not p.is_money
                and _INVOLVING.match(d.s[p.end : nxt.start])):
            out.add(p.index)
    return out


def _limits(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """Are the whole and every part named as a ceiling or a floor?"""
    return all(_LIMIT.search(d.own_words(q)) for q in [total, *parts])


def read_parts(d: _Doc, rels: list[Relation]) -> list[Relation]:
    """The sums with each part counted as the text counts it: limits dropped, occasions left out,
    a figure each of several names counted once per name."""
    out: list[Relation] = []
    for r in rels:
        if r.kind != "sum" or r.enumerated is not None or not isinstance(r.roles.get("parts"), list):
            out.append(r)
            continue
        total = r.roles["total"]
        parts: list[Quantity] = r.roles["parts"]  # type: ignore[assignment]
        if not isinstance(total, Quantity) or not parts:
            out.append(r)
            continue
        if _limits(d, total, parts):
            continue
        dropped = _occasions(d, total, parts)
        if dropped:
            r.roles["parts"] = parts = [p for p in parts if p.index not in dropped]
        times = [_names_before_each(d, p) for p in parts]
        if any(t > 1 for t in times):
            if total.is_money or any(p.unit != total.unit for p in parts):
                continue  # (a figure each in another unit: counted apart, no reading of the sum)
            r.enumerated = [p.value * Decimal(t) for p, t in zip(parts, times, strict=True)]
        out.append(r)
    return out
