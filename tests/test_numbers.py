"""Number parsing: unit cases and property tests (any supported spelling parses back)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit.numbers import (
    NumberError,
    chinese_to_int,
    decimals_of,
    interval,
    parse_expression,
    parse_number,
    parse_values,
    step_of,
)

DIGITS = "零一二三四五六七八九"


def to_chinese(n: int, two: bool = False) -> str:
    """Write ``n`` (< 10**12) the way reports do: 一百零五, 两万三千, 十二."""
    if n == 0:
        return "零"

    def section(x: int) -> str:  # x < 10000
        out = ""
        zero = False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            digit = "两" if (two and d == 2 and unit >= 100) else DIGITS[d]
            out += digit + name
        return out

    parts = []
    rest = n
    for unit, name in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk = rest // unit
        rest %= unit
        if chunk:
            text = section(chunk)
            if parts and chunk < 1000:
                text = "零" + text
            parts.append(text + name)
        elif parts and rest:
            parts.append("")
    text = "".join(parts)
    while "零零" in text:
        text = text.replace("零零", "零")
    if text.startswith("一十"):
        text = text[1:]  # 十二, not 一十二
    return text


@pytest.mark.parametrize(
    ("text", "value"),
    [("三", 3), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("两千三百", 2300),
     ("三万五千", 35000), ("一万零一", 10001), ("两", 2), ("二〇二二", 2022), ("一亿二千万", 120_000_000)],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十十", "万", "三三万"])
def test_bad_chinese_numerals(text: str) -> None:
    with pytest.raises(NumberError):
        chinese_to_int(text)


@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans())
def test_chinese_round_trip(n: int, two: bool) -> None:
    assert chinese_to_int(to_chinese(n, two)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_decimal_round_trip(d: Decimal) -> None:
    printed = f"{d:.2f}"
    assert parse_number(printed) == Decimal(printed)
    assert decimals_of(printed) == 2


@given(st.decimals(min_value=0, max_value=10**5, places=2, allow_nan=False, allow_infinity=False))
def test_wan_scale(d: Decimal) -> None:
    printed = f"{d:.2f}"
    assert parse_expression(printed, "万").value == Decimal(printed) * 10_000
    assert parse_expression(printed, "万", keep_scale=True).value == Decimal(printed)


def test_41_78_wan_is_exact() -> None:
    assert parse_expression("41.78", "万").value == 417_800


@pytest.mark.parametrize(
    ("number", "scale", "qualifier", "low", "high"),
    [("6.8", "万", "余", 68_000, 69_000), ("3000", "", "余", 3000, 4000), ("180", "", "余", 180, 190),
     ("12", "", "余", 12, 13), ("1000", "", "近", 0, 1000), ("200", "", "约", 150, 250),
     ("1.2", "万", "约", 11_500, 12_500), ("30", "", "多", 30, 40), ("96.5", "", None, Decimal("96.5"),
                                                                    Decimal("96.5"))],
)
def test_intervals(number, scale, qualifier, low, high) -> None:
    p = parse_expression(number, scale, qualifier)
    assert (p.low, p.high) == (Decimal(low), Decimal(high))


def test_step_and_unknown_qualifier() -> None:
    assert step_of("3,000") == 1000
    assert step_of("十二") == 1
    assert step_of("两万") == 10_000
    with pytest.raises(NumberError):
        interval(Decimal(1), "大概其", Decimal(1))


def _reference_parse(number: str, scale_word: str, qualifier: str | None, keep_scale: bool) -> tuple:
    """parse_expression as first written: parse_number, step_of and decimals_of, then interval."""
    scale = 1
    for c in scale_word:
        scale *= {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}[c]
    factor = 1 if keep_scale else scale
    value = parse_number(number) * factor
    step = step_of(number, factor)
    low, high = interval(value, qualifier, step)
    decimals = decimals_of(number) if number[:1].isdigit() else 0
    return value, low, high, decimals


@given(
    st.one_of(
        st.from_regex(r"\A(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,32})(?:\.\d{1,6})?\Z"),
        st.integers(min_value=0, max_value=10**11).map(to_chinese),
    ),
    st.sampled_from(["", "万", "亿", "十万", "万亿"]),
    st.sampled_from([None, "", "余", "多", "近", "约", "超", "逾", "左右", "以上"]),
    st.booleans(),
)
def test_parse_values_is_the_plain_computation(number: str, scale: str, qualifier: str | None, keep: bool) -> None:
    # The fast path reuses step Decimals and skips "* 1": same values, same exponents.
    got = parse_values(number, scale, qualifier, keep)
    want = _reference_parse(number, scale, qualifier, keep)
    assert got == want
    assert [str(x) for x in got[:3]] == [str(x) for x in want[:3]]
    p = parse_expression(number, scale, qualifier, keep_scale=keep)
    assert (p.value, p.low, p.high, p.decimals, p.qualifier) == (*got, qualifier)
