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
from .reading import phrase_words
from .structure import _Doc, _overlap

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


def within_one_slip(total: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts add up to the total once one slip of one figure -- a part or the total -- is
    undone? Only for a total printed with three digits or more: below that, one slip explains
    almost any gap, and so says nothing about whether the list is the total's."""
    if _digits(total) < 3:
        return False
    money = total.is_money

    def value(q: Quantity) -> Decimal:
        return money_value(q) if money else q.value

    s = sum((value(p) for p in parts), Decimal(0))
    # A slip of a last digit closes any gap under ten of that digit -- as a small part the list
    # leaves out, or a carried-over case it also holds, would: no evidence either way.
    if abs(s - value(total)) < 10 * _last_digit(total) * (value(total) / total.value if total.value else 1):
        return False
    if _as_round_as_the_figures(s - value(total), [(value(q), _last_digit(q) * (value(q) / q.value if q.value else 1))
                                                   for q in [total, *parts]]):
        return False
    factor = money_value(total) / total.value if money and total.value else Decimal(1)
    if any(v * factor == s for v in slips(total)):
        return True
    for p in parts:
        if _digits(p) < 3:
            continue  # a slip of a one- or two-digit part closes too many gaps to say anything
        f = money_value(p) / p.value if money and p.value else Decimal(1)
        if any(s - value(p) + v * f == value(total) for v in slips(p)):
            return True
    return False


def _as_round_as_the_figures(gap: Decimal, figures: list[tuple[Decimal, Decimal]]) -> bool:
    """Is the gap a figure as round as every figure printed ((value, worth of its last printed
    digit) each: 300, 120, 80, 40 and a gap of 60 all end in a printed 0 of the tens; 3.46万 is
    printed to its hundreds, not rounded to them)? Then a part the list leaves out, rounded like the rest, explains it as well as a
    slip does ("受理300件。从案件类型看,公安类120件,市场监管类80件,自然资源类40件" may leave out
    a kind of 60): no evidence the list is the total's."""
    gap = abs(gap)
    if not gap:
        return False
    place = Decimal(1)
    while gap % (place * 10) == 0:
        place *= 10
    while gap % place:  # a gap in fractions (亿元 read in 元 keeps it whole; this is a guard)
        place /= 10
    return place > 1 and all(v % place == 0 and unit < place for v, unit in figures)


def _digits(q: Quantity) -> int:
    return len(re.sub(r"\D", "", q.number).lstrip("0"))


def _last_digit(q: Quantity) -> Decimal:
    """What one unit of the last printed digit of ``q`` is worth, in the scale of ``q.value``."""
    printed = q.number.replace(",", "")
    try:
        scale = q.value / Decimal(printed) if Decimal(printed) else Decimal(1)
    except InvalidOperation:  # pragma: no cover - malformed digits
        return Decimal(1)
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    return scale / Decimal(10) ** decimals


def one_list_with_a_slip(d: _Doc, total: Quantity, parts: list[Quantity], run: list[Quantity],
                         run_adds_up: bool) -> bool:
    """Parts that overshoot their total and whose first items alone (``run``) repeat its noun are
    still the one list when the run does not add up, every item after it could be a part (none
    exceeds the total, each named like the run's items or the total) and one slip of one item
    makes the whole list add up ("信息136篇,其中微信平台信息89篇,网站信息28篇,新媒体平台推送64篇,…"
    with 64 for 14). A new statement after the run ("…,发布工作动态90条") is named like neither,
    and stays out."""
    if len(run) == len(parts) or not run or run_adds_up:
        return False
    money = total.is_money

    def value(q: Quantity) -> Decimal:
        return money_value(q) if money else q.value

    noun = _words(d, total)[-2:]
    for p in parts[len(run) :]:
        words = _words(d, p)
        if value(p) > value(total) or (noun not in words and max(_overlap(_words(d, r), words) for r in run) < 2):
            return False
    return one_slip_adds_up(total, parts)


def _words(d: _Doc, q: Quantity) -> str:
    """A figure's Chinese words, a leading 其中 dropped."""
    return re.sub(r"^其中|[^\u4e00-\u9fff]", "", d.label(q))


_FAR = Decimal("1.3")  # (made once: ``far_over`` is asked for every list's parts)


def far_over(total: Quantity, parts: list[Quantity]) -> bool:
    """Do the parts exceed the total by far (by more than 30%)? A typo moves a sum a little;
    parts of another total ("复议申请15件,诉讼案件6件,其中维持10件…") overshoot it."""
    def value(q: Quantity) -> Decimal:
        return money_value(q) if total.is_money else q.value

    tval = value(total)
    return tval > 0 and sum(value(p) for p in parts) > tval * _FAR


def scope_inside(d: _Doc, total: Quantity, parts: list[Quantity]) -> bool:
    """"调解结案30件。其中涉企案件41件,调解结案12件": a part over the total, named by another measure,
    beside a part named by the total's own (结案) -- the big part is a scope the later part narrows
    (12 of the 41), no sibling of it: the list is no breakdown of the total, mistyped or not."""
    tail = phrase_words(d, total)[-2:]
    if len(tail) < 2:
        return False
    value = money_value if total.is_money else (lambda q: q.value)
    big = [k for k, p in enumerate(parts) if value(p) > value(total)]
    # (the scope first, the part narrowing it after: a part over the total after one named by the total's
    # measure, "处分21人、组织处理71人" of "处理处分38人", is a sibling mistyped)
    return bool(big) and not any(phrase_words(d, parts[k]).endswith(tail) for k in big) \
        and any(phrase_words(d, p).endswith(tail) for p in parts[big[0] + 1 :] if value(p) <= value(total))
