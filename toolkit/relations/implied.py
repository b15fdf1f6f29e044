"""The whole a list of shares implies when the report does not print it.

"咨询类1,800件,占45.0%;投诉类1,200件,占30.0%;求助类1,000件,占25.0%" states no total, but each
part and its share say what the whole is: 1,800 / 45.0% is 3,998 to 4,002, 1,200 / 30.0% is 3,993
to 4,007 … Every pair gives an interval for the whole (the share printed to its last digit), and
the parts of a list that partitions one whole agree on it. The model:

* all pairs agree and the parts' sum lies in their interval: the list is the whole, each share
  is of the sum;
* all pairs but one agree (three pairs or more, so two at least agree) and one misprinted digit
  of the odd figure explains it (``misprints.slips``): the odd figure is the slip. A slip of the
  odd *share* leaves the sum as the whole (one failing check, the others pass); a slip of the
  odd *part* makes the sum wrong too, so the whole is the sum with the slip undone (the shares
  must add up to 100%, or nothing says the list is complete);
* anything else (two odd pairs, a difference no slip explains, a list that is not the whole)
  implies no whole, and the list is left to the other readings or unchecked.

One typo gives one failing check; the shares that agree stay passing.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..quantities import Quantity
from .misprints import slips

Interval = tuple[Decimal, Decimal]


def _half(q: Quantity) -> Decimal:
    """Half a unit of a percent's last printed digit (37.1% covers 37.05 to 37.15)."""
    return Decimal(5) / Decimal(10) ** (q.decimals + 1)


def _whole_of(part_lo: Decimal, part_hi: Decimal, share: Decimal, half: Decimal, per: int) -> Interval | None:
    """The wholes a part makes ``share`` of (per ``per``), the share read to its printed digit."""
    lo, hi = share - half, share + half
    if lo <= 0:
        return None
    return part_lo * per / hi, part_hi * per / lo


def _meet(intervals: list[Interval]) -> Interval | None:
    lo = max(i[0] for i in intervals)
    hi = min(i[1] for i in intervals)
    return (lo, hi) if lo <= hi else None


def _inside(x: Decimal, i: Interval) -> bool:
    return i[0] <= x <= i[1]


def agrees_with(pairs: list[tuple[Quantity, Quantity]], whole: Decimal, per: int = 100) -> bool:
    """Is one share at least of ``whole`` (its part over it rounds to the printed share)?"""
    return any((w := _whole_of(p.low, p.high, s.value, _half(s), per)) is not None and _inside(whole, w)
               for p, s in pairs)


def implied_whole(pairs: list[tuple[Quantity, Quantity]], per: int = 100,
                  adds_up: bool = False) -> Quantity | None:
    """The whole of a list of (part, share) pairs whose total is not printed, as an unprinted
    figure (the parts' sum, or the sum with one slipped part undone); None when the pairs do not
    imply one. ``adds_up``: the shares add up to 100% (required to undo a slipped part)."""
    from .equalities import _sum_of  # the figure a list adds up to, unprinted (one constructor)

    if len(pairs) < 3 or any(not p.exact or p.is_percent for p, _ in pairs):
        return None
    wholes = [_whole_of(p.value, p.value, s.value, _half(s), per) for p, s in pairs]
    if any(w is None for w in wholes):
        return None
    spans: list[Interval] = wholes  # type: ignore[assignment]
    parts = [p for p, _ in pairs]
    total = sum((p.value for p in parts), Decimal(0))
    agreed = _meet(spans)
    if agreed is not None:
        return _sum_of(parts) if _inside(total, agreed) else None
    odd = [i for i in range(len(pairs)) if _meet(spans[:i] + spans[i + 1 :]) is not None]
    if len(odd) != 1:
        return None
    i = odd[0]
    others = _meet(spans[:i] + spans[i + 1 :])
    assert others is not None
    part, share = pairs[i]
    if _inside(total, others) and any(
            (w := _whole_of(part.value, part.value, v, _half(share), per)) is not None and _meet([w, others])
            for v in slips(share)):
        return _sum_of(parts)  # the share is the slip: the parts are right, so is their sum
    if not adds_up:
        return None
    for v in sorted(slips(part), key=lambda v: abs(v - part.value)):
        fixed = total - part.value + v
        w = _whole_of(v, v, share.value, _half(share), per)
        if w is not None and _meet([w, others]) and _inside(fixed, others):
            # The part is the slip: the whole is the sum it would have made, printed nowhere.
            whole = _sum_of(parts)
            return replace(whole, value=fixed, low=fixed, high=fixed, printed=f"{fixed}{part.unit}",
                           number=str(fixed), attrs={"implied_by_shares": [q.index for q in parts]})
    return None


def printed_whole(before: list[Quantity], pairs: list[tuple[Quantity, Quantity]], per: int = 100) -> Quantity | None:
    """The one figure of ``before`` (figures printed earlier, nearest last) that the pairs' shares
    say is their whole, when the list is not the whole ("咨询类80,162件、投诉类61,518件、求助类
    27,963件,分别占43.0%、33.0%、15.0%": 91% of a whole of about 186,420 -- the 186,420 received,
    printed sentences before). Every pair must agree on the whole, or every pair but one (three
    pairs or more: the odd share is a slip, which its check then shows); exactly one value printed
    before must lie where they agree."""
    if len(pairs) < 2 or any(not p.exact or p.is_percent for p, _ in pairs):
        return None
    spans = [_whole_of(p.value, p.value, s.value, _half(s), per) for p, s in pairs]
    if any(w is None for w in spans):
        return None
    agreed = _meet(spans)  # type: ignore[arg-type]
    if agreed is None and len(pairs) >= 3:
        meets = [m for i in range(len(spans)) if (m := _meet(spans[:i] + spans[i + 1 :])) is not None]  # type: ignore[operator]
        agreed = meets[0] if len(meets) == 1 else None
    if agreed is None:
        return None
    biggest = max(p.value for p, _ in pairs)
    fits = [q for q in before if not q.is_percent and q.value >= biggest and _inside(q.value, agreed)]
    return fits[-1] if len({q.value for q in fits}) == 1 else None
