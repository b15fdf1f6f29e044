"""One misprinted digit: what a printed figure may have been meant to be.

Typos in reports happen one digit at a time: a digit replaced ("14" printed "64") or two
neighbouring digits swapped ("136" printed "316"). When a list's sum misses its total by exactly
what one such slip of one figure makes, the list and its total belong together and the slip is
the error; a list that misses by an amount no single slip explains may as well be another list.
(``checks._misprint_shaped`` applies the same model to the size of a shortfall alone.)
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..quantities import Quantity
from .model import money_value

_DIGITS = re.compile(r"\d+(\.\d+)?")


def slips(q: Quantity) -> set[Decimal]:
    """The values ``q`` takes when one of its printed digits is replaced or two neighbouring ones
    are swapped (no new leading zero), in the scale of ``q.value``; empty when it is not printed
    in plain digits."""
    printed = q.number.replace(",", "")
    if not _DIGITS.fullmatch(printed):
        return set()
    try:
        scale = q.value / Decimal(printed) if Decimal(printed) else Decimal(0)
    except InvalidOperation:  # pragma: no cover - malformed digits
        return set()
    if not scale:
        return set()
    positions = [i for i, c in enumerate(printed) if c.isdigit()]
    out: set[str] = set()
    for k, i in enumerate(positions):
        for c in "0123456789":
            if c != printed[i] and not (c == "0" and k == 0 and len(positions) > 1):
                out.add(printed[:i] + c + printed[i + 1 :])
        if k + 1 < len(positions):
            j = positions[k + 1]
            if printed[i] != printed[j] and not (printed[j] == "0" and k == 0):
                out.add(printed[:i] + printed[j] + printed[i + 1 : j] + printed[i] + printed[j + 1 :])
    return {Decimal(v) * scale for v in out}


def one_slip_adds_up(total: Quantity, parts: list[Quantity]) -> bool:
    """Would one slip of one part make the parts add up to the total exactly?"""
    money = total.is_money

    def value(q: Quantity) -> Decimal:
        return money_value(q) if money else q.value

    target = value(total)
    s = sum((value(p) for p in parts), Decimal(0))
    for p in parts:
        factor = money_value(p) / p.value if money and p.value else Decimal(1)
        if any(s - value(p) + v * factor == target for v in slips(p)):
            return True
    return False
