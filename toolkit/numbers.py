"""One number expression -> value and interval.

Handles Arabic numbers (thousands separators, decimals), Chinese numerals
(三, 十二, 一百零五, 两千三百, 三万五千), the scale words 万/亿, percentages
(%, ‰, 百分之…) and the approximation words that turn a figure into a range
(余, 多, 近, 约, 超, 逾, 左右, 以上 …). All arithmetic is in ``Decimal`` so that
41.78万 is exactly 417800.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
           "九": 9, "玖": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_BIG_UNITS)

ARABIC = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
ARABIC_RE = re.compile(ARABIC)
_PLAIN_DECIMAL = re.compile(r"\d+(?:\.\d+)?")

# Where a qualifier sits and what range it means. "step" is one unit of the
# last printed digit: 6.8万 -> 1000, 3000 -> 1000, 180 -> 10, 12 -> 1.
PREFIX_QUALIFIERS = {
    "将近": "近", "接近": "近", "近": "近", "不足": "近", "不到": "近",
    "大约": "约", "约": "约", "大概": "约",
    "超过": "超", "超": "超", "逾": "逾", "多于": "超",
    # a bound stated by a negated comparator: "不低于30%" is 30%以上, "不超过5%" 5%以下
    "不低于": "以上", "不少于": "以上", "不小于": "以上", "不高于": "以下", "不超过": "以下",
}
SUFFIX_QUALIFIERS = {"余": "余", "多": "多", "左右": "左右", "以上": "以上", "上下": "左右"}


class NumberError(ValueError):
    """Text that is not a number expression this module understands."""


def chinese_to_int(text: str) -> int:
    """Parse a Chinese numeral: 十二 -> 12, 一百零五 -> 105, 两万三千 -> 23000, 三五 -> 35."""
    if not text or any(c not in CHINESE_NUMERAL_CHARS for c in text):
        raise NumberError(f"not a Chinese numeral: {text!r}")
    # Digit-by-digit form without unit characters ("二〇二二", "三五").
    if all(c in _DIGITS for c in text):
        if len(text) == 1:
            return _DIGITS[text]
        return int("".join(str(_DIGITS[c]) for c in text))
    total = 0  # completed 亿/万 sections
    section = 0  # value below the current big unit
    number = None  # pending digit
    last_small = None
    last_big = None
    for c in text:
        if c in _DIGITS:
            if number is not None and _DIGITS[c] != 0:
                raise NumberError(f"two digits in a row: {text!r}")
            number = _DIGITS[c] if _DIGITS[c] != 0 else None
            if _DIGITS[c] == 0:
                last_small = None  # 零 resets: 一百零五
        elif c in _SMALL_UNITS:
            u = _SMALL_UNITS[c]
            if last_small is not None and u >= last_small:
                raise NumberError(f"units out of order: {text!r}")
            section += (1 if number is None else number) * u
            number = None
            last_small = u
        else:
            u = _BIG_UNITS[c]
            if last_big is not None and u >= last_big:
                # 万亿 style compounds are not used in reports; refuse rather than guess.
                raise NumberError(f"big units out of order: {text!r}")
            section += number or 0
            if section == 0:
                raise NumberError(f"unit without a number: {text!r}")
            total += section * u
            section = 0
            number = None
            last_small = None
            last_big = u
    section += number or 0
    return total + section


def parse_arabic(text: str) -> Decimal:
    """"1,234.5" -> Decimal('1234.5')."""
    if not ARABIC_RE.fullmatch(text):
        raise NumberError(f"not an Arabic number: {text!r}")
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex prevents it
        raise NumberError(str(exc)) from exc


def parse_number(text: str) -> Decimal:
    """An Arabic or Chinese number, without scale word or unit."""
    text = text.strip()
    if ARABIC_RE.fullmatch(text):
        return parse_arabic(text)
    return Decimal(chinese_to_int(text))


def decimals_of(printed: str) -> int:
    """Decimal places as printed: '96.52' -> 2, '1,200' -> 0."""
    printed = printed.replace(",", "")
    return len(printed.split(".", 1)[1]) if "." in printed else 0


def step_of(printed: str, scale: int = 1) -> Decimal:
    """One unit of the last significant printed digit, times the scale."""
    digits = printed.replace(",", "")
    if ARABIC_RE.fullmatch(printed) or _PLAIN_DECIMAL.fullmatch(digits):
        if "." in digits:
            return Decimal(1).scaleb(-decimals_of(digits)) * scale
        stripped = digits.rstrip("0")
        zeros = len(digits) - len(stripped) if stripped else 0
        return Decimal(10) ** zeros * scale
    value = chinese_to_int(printed)
    if value == 0:
        return Decimal(scale)
    zeros = 0
    while value % 10 == 0:
        value //= 10
        zeros += 1
    return Decimal(10) ** zeros * scale


def interval(value: Decimal, qualifier: str | None, step: Decimal) -> tuple[Decimal, Decimal]:
    """The range of values a qualified figure admits (closed; open ends are not modelled)."""
    if qualifier in (None, ""):
        return value, value
    if qualifier in ("余", "多", "以上"):
        return value, value + step
    if qualifier in ("超", "逾"):
        return value, value + step
    if qualifier in ("近", "以下"):
        return value - step, value
    if qualifier in ("约", "左右"):
        return value - step / 2, value + step / 2
    raise NumberError(f"unknown qualifier: {qualifier!r}")


@dataclass(frozen=True)
class Parsed:
    """A number expression, parsed: value already scaled (万 multiplied out)."""

    value: Decimal
    low: Decimal
    high: Decimal
    decimals: int
    qualifier: str | None


def parse_expression(number: str, scale_word: str = "", qualifier: str | None = None,
                     keep_scale: bool = False) -> Parsed:
    """Parse ``number`` with an optional scale word (万, 亿) and qualifier.

    ``keep_scale`` leaves the value in the printed scale (money: 74万元 stays 74).
    """
    return Parsed(*parse_values(number, scale_word, qualifier, keep_scale), qualifier)


# Decimals of the steps of unscaled numbers, by decimal places (0.1, 0.01, ...) and by
# trailing zeros (1, 10, 100, ...): the values the expressions below compute, made once.
_FRACTION_STEPS: dict[int, Decimal] = {}
_ZEROS_STEPS: dict[int, Decimal] = {}


def parse_values(number: str, scale_word: str = "", qualifier: str | None = None,
                 keep_scale: bool = False) -> tuple[Decimal, Decimal, Decimal, int]:
    """``parse_expression``'s (value, low, high, decimals), without building a ``Parsed``."""
    scale = 1
    for c in scale_word:
        scale *= _SCALE_WORDS[c]
    factor = 1 if keep_scale else scale
    if ARABIC_RE.fullmatch(number):
        # The common case, in one pass: what parse_number, step_of and decimals_of
        # compute for an Arabic number.
        digits = number.replace(",", "") if "," in number else number
        value = Decimal(digits)
        if factor != 1 or len(digits) > 28:  # "* 1" rounds to the context's 28 digits
            value = value * factor
        if "." in digits:
            decimals = len(digits) - digits.index(".") - 1
            if factor == 1:
                step = _FRACTION_STEPS.get(decimals)
                if step is None:
                    step = _FRACTION_STEPS[decimals] = Decimal(1).scaleb(-decimals) * 1
            else:
                step = Decimal(1).scaleb(-decimals) * factor
        else:
            decimals = 0
            stripped = digits.rstrip("0")
            zeros = len(digits) - len(stripped) if stripped else 0
            if factor == 1:
                step = _ZEROS_STEPS.get(zeros)
                if step is None:
                    step = _ZEROS_STEPS[zeros] = Decimal(10) ** zeros * 1
            else:
                step = Decimal(10) ** zeros * factor
    else:
        value = parse_number(number) * factor
        step = step_of(number, factor)
        decimals = 0
    if qualifier is None:
        return value, value, value, decimals
    low, high = interval(value, qualifier, step)
    return value, low, high, decimals


_SCALE_WORDS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


def to_plain(value: Decimal) -> int | float:
    """A JSON-friendly number: int when whole, float otherwise."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


_ORDINAL_NAME = re.compile(r"(第)?([一二三四五六七八九十]|\d{1,2})(.*)")
_FIRST_ORDINAL = re.compile(r"(.*?)(第)?([一二三四五六七八九十]|\d{1,2})")  # ("其中第一": words may open it)


def ordinal_names(names: list[str]) -> list[str]:
    """Names of a list of ordinals sharing the first's 第 and the last's noun, spelt out
    ("第一、二、三产业" -> 第一产业, 第二产业, 第三产业; "一、二类" -> 一类, 二类); other lists unchanged."""
    last = _ORDINAL_NAME.fullmatch(names[-1]) if len(names) > 1 else None
    first = _FIRST_ORDINAL.fullmatch(names[0])
    if last is None or first is None or not last.group(3) or not all(
            (m := _ORDINAL_NAME.fullmatch(n)) is not None and not m.group(3) for n in names[1:-1]):
        return names
    prefix = first.group(2) or ""
    noun = last.group(3)
    return ([names[0] + noun] + [prefix + n.removeprefix("第") + noun for n in names[1:-1]]
            + [prefix + names[-1].removeprefix("第")])
