"""The shares of the parts of a breakdown, printed in a sentence of their own.

"地区生产总值248.63亿元。其中第一产业增加值31.27亿元,第二产业…96.85亿元,第三产业…120.51亿元。第一、
二、三产业增加值占地区生产总值的比重分别为12.6%、39.0%和48.5%": k shares of a named whole after a
breakdown of that whole into exactly k parts are the parts' shares, in the order printed. The whole
must be named by the share's words (占X的比重分别为) and be the total of a breakdown found before,
within the paragraph or the one before; the breakdown must have as many parts as there are shares.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from ..quantities import Quantity
from .model import Relation, money_value
from .rates import _chain
from .reading import label_words
from .structure import _Doc, _overlap, _paragraph_start

_NAMED_BASE = re.compile(r"占(?:全[^\d,;。]{0,2})?([\u4e00-\u9fff()]{2,16}?)(?:的)?(?:比重|比例|份额)?(?:分别)(?:为|是|达到|达)?$")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")


def shares_of_a_named_breakdown(d: _Doc, pct: Quantity, lab: str, per: int, found: list[Relation]) -> list[Relation]:
    """One share per part of the breakdown of the whole the words name, position by position."""
    m = _NAMED_BASE.search(lab)
    if m is None:
        return []
    chain = _chain(d, pct)
    k = len(chain)
    if k < 2:
        return []
    words = _NOT_CJK.sub("", m.group(1))
    reach = _paragraph_start(d, max(0, _paragraph_start(d, pct.start) - 2))
    cands = []
    starts, sums = _sums_by_start(d, found)
    for r in sums[bisect.bisect_left(starts, reach) : bisect.bisect_left(starts, pct.start)]:
        total, parts = r.roles["total"], r.roles["parts"]
        if len(parts) != k or any(p.start > pct.start or p.is_percent for p in parts):  # type: ignore[union-attr, arg-type]
            continue
        if _overlap(label_words(d, total), words) >= max(2, len(words) - 2):
            cands.append(r)
    if len({r.roles["total"].index for r in cands}) != 1:  # type: ignore[union-attr]
        return []  # none, or two wholes the words name alike
    parts = sorted(cands[-1].roles["parts"], key=lambda q: q.index)  # type: ignore[arg-type, union-attr]
    total = cands[-1].roles["total"]
    subject = _NOT_CJK.sub("", re.split(r"[,;:。]", lab[: m.start()])[-1])
    if _names_other_items(d, subject, parts, total) or _another_order_fits(parts, chain, total):  # type: ignore[arg-type]
        return []
    return [Relation("ratio", "ratio.share", {"numerator": p, "denominator": total, "percent": s}, per=per)
            for p, s in zip(parts, chain, strict=True)]


def _sums_by_start(d: _Doc, found: list[Relation]) -> tuple[list[int], list[Relation]]:
    """The sums found, by where their total starts (listed once for the relations found: a walk over
    every relation per share grew with the square of the report)."""
    key = ("sums_by_start", id(found), len(found))
    cached = d.cache.get("sums_by_start")
    if cached is None or cached[0] != key:  # type: ignore[index]
        sums = sorted((r for r in found if r.kind == "sum" and isinstance(r.roles.get("total"), Quantity)
                       and isinstance(r.roles.get("parts"), list)), key=lambda r: r.roles["total"].start)  # type: ignore[union-attr]
        cached = d.cache["sums_by_start"] = (key, [r.roles["total"].start for r in sums], sums)  # type: ignore[union-attr]
    return cached[1], cached[2]  # type: ignore[index]


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _names_other_items(d: _Doc, subject: str, parts: list[Quantity], whole: Quantity) -> bool:
    """Do the words before 占 name items that are not the breakdown's parts ("…其中税收收入60亿元,非税收入
    20亿元;其中增值税25亿元…。增值税和企业所得税占一般公共预算收入的比重分别为…": shares of a list
    inside a part)? A part is named when a pair of its own characters is in the words, beyond the
    pairs its whole shares with it (收入, 人口); words naming no item ("其") say nothing."""
    if len(subject) < 2:
        return False
    shared = _bigrams(label_words(d, whole))
    said = _bigrams(subject) - shared
    for p in parts:
        own = _bigrams(_NOT_CJK.sub("", re.split(r"[,;:、]", d.label(p))[-1].replace("其中", ""))) - shared
        if own and not own & said:
            return True
    return False


def _another_order_fits(parts: list[Quantity], shares: list[Quantity], total: Quantity) -> bool:
    """Do the shares fit the parts in another order but not in the printed one ("其中乡村人口40万人,
    城镇人口60万人。城镇人口和乡村人口占总人口的比重分别为60.0%、40.0%": the shares name the parts in
    their own order)? Then which share is of which part is the names', not the positions'."""
    def value(q: Quantity) -> Decimal:
        return money_value(q) if q.is_money else q.value

    whole = value(total)
    if not whole:
        return False

    def fits(p: Quantity, s: Quantity) -> bool:
        return abs(100 * value(p) / whole - s.value) <= Decimal(5).scaleb(-s.decimals - 1)

    if all(fits(p, s) for p, s in zip(parts, shares, strict=True)):
        return False
    by_size = sorted(parts, key=value)
    return all(fits(p, s) for p, s in zip(by_size, sorted(shares, key=lambda q: q.value), strict=True))
