"""Shares of figures named again before 分别占 ("维持、撤销、确认违法分别占审结案件的61.7%、13.6%、4.9%",
"网上信访和来信分别占53.4%和11.3%"): each name is a figure stated before it in the paragraph (or the
one before), each percent the share of that figure in the base the words after 占 name -- or, naming
none, the whole the named figures were listed under (the figure a 其中 list breaks down).

Each name must name exactly one value (a figure whose own clause is that name, less frame words:
"其中来信412件次" is 来信), the base one value, and the shares confirm the reading: all hold but one
at most, and one holds at least (with two readings of a name or of the base, or shares that do not
fit, nothing is read: a failing check needs one reading).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, compatible
from .roles import is_plain_level
from .structure import _Doc
from .table_totals import in_order

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
_NAMES = re.compile(r"([\u4e00-\u9fff、和及与]{2,40}?)分别占([\u4e00-\u9fff]{0,14}?)(?:的|总数的|总量的)?(?=\d)")
_FRAME = re.compile(r"^(?:其中|另有|另|共|共计|全年|全县|全区|全市|全镇|本年度?|已|依法)+")
_GENERIC_END = re.compile(r"(?:案件|件数|件|总数|总量|数量|数|总|量)$")
_JOINT = re.compile(r"^[、和及与,]$")
_NEGATED = re.compile(r"^(?:尚未|未|不|没有|无)")


def _prose_level(d: _Doc, q: Quantity) -> bool:
    return is_plain_level(d, q) and not q.in_table


def _window(d: _Doc, at: int) -> list[Quantity]:
    """The levels of the paragraph before ``at`` and of the paragraph before it."""
    para = d.last_before("\n", at) + 1
    start = d.last_before("\n", max(0, para - 2)) + 1 if para > 1 else 0
    return [q for q in d.in_range(start, at) if _prose_level(d, q)]


def _named(d: _Doc, window: list[Quantity], name: str) -> Quantity | None:
    hits = [q for q in window if _FRAME.sub("", _NOT_CJK.sub("", d.clause(q))) == name]
    return hits[-1] if hits and len({q.value for q in hits}) == 1 else None


def _base(d: _Doc, window: list[Quantity], words: str, items: list[Quantity]) -> Quantity | None:
    if words:
        core = _GENERIC_END.sub("", words)
        if len(core) < 2:
            return None
        hits = [q for q in window if q not in items and in_order(core, words := _FRAME.sub("", _NOT_CJK.sub("", d.clause(q)))) >= 0
                and not _NEGATED.match(words)]  # ("尚未审结44件" is none of 审结案件: their complement)
    else:
        # the whole the items were listed under: the level right before the 其中 that opens their list
        first = min(items, key=lambda q: q.start)
        opener = d.s.rfind("其中", max(0, first.start - 80), first.start)
        if opener < 0 or d.s.find("。", opener, first.start) >= 0:
            return None
        hits = [q for q in window if q.end <= opener][-1:]
    hits = [q for q in hits if compatible(q, items[0]) and all(q.value >= i.value for i in items)]
    return hits[-1] if hits and len({q.value for q in hits}) == 1 else None


def _holds(num: Quantity, den: Quantity, pct: Quantity) -> bool:
    if den.value == 0:
        return False
    half = Decimal(5).scaleb(-pct.decimals - 1)
    return abs(num.value / den.value * 100 - pct.value) <= half


def named_shares(d: _Doc) -> list[Relation]:
    """One ratio per name of a 分别占 list naming figures stated before it."""
    if "分别占" not in d.s:
        return []
    out: list[Relation] = []
    for m in _NAMES.finditer(d.s):
        head = re.split(r"[,;:。\n]", m.group(1))[-1]
        names = [n for n in re.split(r"[、和及与]", head) if n]
        if len(names) < 2 or any(not 2 <= len(n) <= 10 for n in names):
            continue
        k = d.before(m.end())
        pcts = d.qs[k : k + len(names)]
        if len(pcts) != len(names) or not all(p.is_percent and p.sentence == pcts[0].sentence for p in pcts) \
                or not all(_JOINT.match(d.s[a.end : b.start]) for a, b in itertools.pairwise(pcts)):
            continue
        if k + len(names) < len(d.qs) and d.qs[k + len(names)].is_percent \
                and _JOINT.match(d.s[pcts[-1].end : d.qs[k + len(names)].start]):
            continue  # more percents than names
        window = _window(d, m.start() + len(m.group(1)) - len(head))
        items = [_named(d, window, n) for n in names]
        if any(q is None for q in items) or len({q.index for q in items}) != len(items):  # type: ignore[union-attr]
            continue
        found: list[Quantity] = [q for q in items if q is not None]
        if not all(compatible(q, found[0]) for q in found):
            continue
        base = _base(d, window, m.group(2), found)
        if base is None:
            continue
        holding = sum(_holds(q, base, p) for q, p in zip(found, pcts, strict=True))
        if holding == 0 or len(found) - holding > 1:
            continue  # the shares do not confirm the reading
        out += [Relation("ratio", "ratio.share", {"numerator": q, "denominator": base, "percent": p})
                for q, p in zip(found, pcts, strict=True)]
    return out
