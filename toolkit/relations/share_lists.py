"""A list whose items each carry a share that names no base, however the shares are printed.

"从诉求类型看,咨询类8,016件、投诉类6,152件,分别占43.0%、33.0%;建议类932件,占比5.0%;举报类518件,
所占比重为2.8%" mixes a 分别占 run with bare shares, and "从投诉领域看,预付式消费投诉2,041件、占比
20.7%,网络购物投诉1,838件、占比18.6%" states its base (the complaints) paragraphs before. Neither
form names the base, so the items themselves must say it:

* the items add up exactly to a figure stated before them (within a fixed reach, any section):
  that figure is the whole, the list partitions it (a sum, which can only pass) and each share
  is of it;
* else a figure before them that all the shares but one are of (three items at least, so two
  agree at the least): that figure is the base, the odd share is the slip.

Nothing else is a reading: no figure, or only a figure the items fall short of, leaves the shares
unchecked. Only shares no other family has read are added (``ratio.listed_share``), so a share
read with a named base keeps that reading alone.
"""

from __future__ import annotations

import re

from ..quantities import Quantity
from .bases import adds_to_whole, with_rest
from .implied import agrees_with
from .model import Relation, compatible
from .rates import _chain
from .roles import is_delta, is_per_n, is_previous
from .structure import _Doc
from .sums import CARRIED_OVER

# A share right after its part that names no base ("、占比20.7%", ",所占比重为2.8%", ",占1.2%").
_BARE = re.compile(r"^[,、;(]?(?:约)?(?:占|占比|所占比例|所占比重)(?:为|达到|达|是|约)?$")
_RESPECTIVE = re.compile(r"^[,、;]?(?:分别|依次)(?:占|占比)(?:为|是)?$|^[,、;]?占比分别为$")
_REACH = 60  # figures back the whole of a list is looked for (a fixed reach keeps the work linear)


def listed_shares(d: _Doc, read: list[Relation], found: list[Relation]) -> list[Relation]:
    """Ratios (and the sum) of each sentence's list of bare-share items, for the shares ``read``
    (the ratios found so far) leaves unread. ``found``: the relations before the ratios."""
    done = {r.roles["percent"].index for r in read if r.kind == "ratio"  # type: ignore[union-attr]
            and isinstance(r.roles.get("percent"), Quantity)}
    listed = {q.index for r in found if r.kind == "sum" for q in r.roles.get("parts") or []}  # type: ignore[union-attr]
    out: list[Relation] = []
    for _, _, qs in d.figure_sentences():
        if sum(1 for q in qs if q.is_percent) < 2:
            continue  # two items at least, each with its share (most sentences have fewer percents)
        pairs, subs = _sub_items(d, _pairs(d, qs))
        if len(pairs) < 2 or all(s.index in done for _, s in pairs):
            continue
        base, exact = _base(d, pairs)
        if base is None:
            continue
        per = 1000 if pairs[0][1].unit == "‰" else 100
        out += [Relation("ratio", "ratio.listed_share", {"numerator": p, "denominator": base, "percent": s}, per=per)
                for p, s in pairs if s.index not in done]
        if exact:
            _of_the_lists_base(read, subs, base, per, done, out)
        parts = [p for p, _ in pairs]
        if exact and not any(p.index in listed for p in parts):
            out.append(Relation("sum", "sum.share_partition", {"total": base, "parts": parts}))
    return out


def _pairs(d: _Doc, qs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The (part, share) items of one sentence: bare shares right after their part and 分别占 runs
    over as many parts before them; empty unless every figure of the parts' unit from the first
    part to the last share is an item (a figure without a share makes the list no partition)."""
    pairs: dict[int, tuple[Quantity, Quantity]] = {}
    i = 0
    while i < len(qs):
        q = qs[i]
        i += 1
        if not q.is_percent or not q.index:
            continue
        lab = d.label(q)
        if _RESPECTIVE.match(lab):
            chain = _chain(d, q)
            k = len(chain)
            parts = d.qs[q.index - k : q.index] if q.index >= k else []
            if k < 2 or any(p.is_percent or p.sentence != q.sentence for p in parts):
                return []
            pairs.update({p.index: (p, c) for p, c in zip(parts, chain, strict=True)})
            i += k - 1
        elif _BARE.match(lab):
            part = d.qs[q.index - 1]
            if part.is_percent or d.s[part.end : q.start] != lab:
                return []
            pairs[part.index] = (part, q)
    items = sorted(pairs.values(), key=lambda pc: pc[0].index)
    if len(items) < 2:
        return []
    first = items[0][0]
    if any(not compatible(first, p) or is_delta(d, p) or is_per_n(d, p) or is_previous(d, p) or not p.exact
           for p, _ in items):
        return []
    span = d.qs[first.index : items[-1][1].index]
    if any(not q.is_percent and q.index not in pairs and compatible(q, first) for q in span):
        return []
    return items


def _sub_items(d: _Doc, pairs: list[tuple[Quantity, Quantity]]
               ) -> tuple[list[tuple[Quantity, Quantity]], list[tuple[Quantity, Quantity, Quantity]]]:
    """The items of the list, and the items 其中 opens right after an item (a part of that item, no
    sibling: "60岁及以上人口为107,769人,占21.03%,其中65岁及以上人口为79,834人,占15.85%") with their item."""
    items: list[tuple[Quantity, Quantity]] = []
    subs: list[tuple[Quantity, Quantity, Quantity]] = []
    for p, s in pairs:
        if items and "其中" in d.s[items[-1][1].end : p.start] and p.value <= items[-1][0].value:
            subs.append((p, s, items[-1][0]))
        else:
            items.append((p, s))
    return (items, subs) if subs and len(items) >= 2 else (pairs, [])


def _of_the_lists_base(read: list[Relation], subs: list[tuple[Quantity, Quantity, Quantity]], base: Quantity,
                       per: int, done: set[int], out: list[Relation]) -> None:
    """A 其中 item's share in a list whose items add up to ``base``: of the base, as its siblings' are,
    or of its own item -- both readings, the list's base first (a share read of its item alone is
    replaced)."""
    for p, s, item in subs:
        rel = Relation("ratio", "ratio.listed_share", {"numerator": p, "denominator": base, "percent": s}, per=per,
                       readings=[{"numerator": p, "denominator": item, "percent": s}])
        if s.index not in done:
            out.append(rel)
            continue
        k = next((k for k, r in enumerate(read) if r.kind == "ratio" and r.roles.get("percent") is s
                  and r.roles.get("numerator") is p and r.roles.get("denominator") is item and not r.readings), None)
        if k is not None:
            read[k] = rel


def _base(d: _Doc, pairs: list[tuple[Quantity, Quantity]]) -> tuple[Quantity | None, bool]:
    """The whole the list is of, and whether its items add up to it exactly."""
    first = pairs[0][0]
    big = max(p.value for p, _ in pairs)
    total = sum(p.value for p, _ in pairs)
    cands = [q for q in reversed(d.qs[max(0, first.index - _REACH) : first.index])
             if not q.is_percent and compatible(q, first) and q.value >= big and not d.in_parentheses(q)
             and not is_delta(d, q) and not is_previous(d, q) and not is_per_n(d, q)
             and not CARRIED_OVER.search(d.label(q)) and not _has_share(d, q)]
    exact = next((q for q in cands if q.value == total), None)
    if exact is not None and (adds_to_whole([s for _, s in pairs]) or agrees_with(pairs, exact.value)):
        # Parts adding up exactly to the figure confirm it as their whole (the sum only passes),
        # whatever other figure stands nearer ("收到640件,答复620件。…544件、96件,分别占85%、15%").
        return exact, True
    if len(pairs) < 3:
        return None, False
    whole = with_rest(d, pairs)
    if whole is not None and all(agrees_with([pc], whole) for pc in pairs) and not any(q.value == whole for q in cands):
        # "…卫生健康类2,651件,占11.4%;其余5,622件涉及其他领域": the shares are of the list with its
        # rest (unprinted), not of a far figure near that sum
        return None, False
    agreed = next((q for q in cands if q.value > total
                   and sum(agrees_with([pc], q.value) for pc in pairs) >= len(pairs) - 1), None)
    return agreed, False


def _has_share(d: _Doc, q: Quantity) -> bool:
    """Is ``q`` followed by a share of its own (an item of another list, not a whole)?"""
    nxt = d.qs[q.index + 1] if q.index + 1 < len(d.qs) else None
    return nxt is not None and nxt.is_percent and "占" in d.label(nxt) and nxt.sentence == q.sentence


_ITEM_GAP = re.compile(r"[,、;][\u4e00-\u9fff]{1,12}")  # the joint to the next item of a list and its name


def list_goes_on(d: _Doc, parts: list[Quantity]) -> bool:
    """Does the list a part is an item of hold, right after it or between parts, a figure of its unit
    that is no part ("个体工商户4,128件,中小微企业3,846件,规上企业650件": shares of the first two and of
    an item of another list add to 100 by chance)? Then the parts are not all of the whole."""
    ids = {p.index for p in parts}
    for p in parts:
        nxt = d.qs[p.index + 1] if p.index + 1 < len(d.qs) else None
        if (nxt is not None and nxt.index not in ids and not nxt.is_percent and nxt.unit == p.unit
                and nxt.sentence == p.sentence and _ITEM_GAP.fullmatch(d.s, p.end, nxt.start)):
            return True
    return False
